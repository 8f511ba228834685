// A small, tolerant tokenizer for HTML and XML. DOMParser does not exist in a Web Worker, and
// the saved web pages and OFD parts read here only need tags, attributes and text in order.

export type MarkupToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; raw: string }
  | { kind: 'close'; name: string; raw: string }
  | { kind: 'text'; text: string };

/** Elements whose content is not markup: skipped whole, never read as text. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);
const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Tag names are lower-cased with any namespace prefix kept (`ofd:textcode`). */
export function tokenize(markup: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  let at = 0;
  while (at < markup.length) {
    const lt = markup.indexOf('<', at);
    if (lt < 0) {
      tokens.push({ kind: 'text', text: markup.slice(at) });
      break;
    }
    if (lt > at) tokens.push({ kind: 'text', text: markup.slice(at, lt) });
    at = readTag(markup, lt, tokens);
  }
  return tokens;
}

/** Reads the construct starting at `lt`, returns where the text resumes. */
function readTag(markup: string, lt: number, tokens: MarkupToken[]): number {
  if (markup.startsWith('<!--', lt)) return skipPast(markup, lt, '-->');
  if (markup.startsWith('<![CDATA[', lt)) {
    const end = markup.indexOf(']]>', lt);
    const stop = end < 0 ? markup.length : end;
    tokens.push({ kind: 'text', text: markup.slice(lt + 9, stop) });
    return stop + 3;
  }
  if (markup[lt + 1] === '!' || markup[lt + 1] === '?') return skipPast(markup, lt, '>');
  TAG.lastIndex = lt;
  const match = TAG.exec(markup);
  if (!match) {
    tokens.push({ kind: 'text', text: '<' });
    return lt + 1;
  }
  const [raw, slash, rawName, rest] = match;
  const name = rawName.toLowerCase();
  const end = lt + raw.length;
  if (slash) {
    tokens.push({ kind: 'close', name, raw });
    return end;
  }
  const selfClosing = /\/\s*$/.test(rest);
  tokens.push({ kind: 'open', name, attrs: attributes(rest), selfClosing, raw });
  if (!RAW_TEXT.has(name) || selfClosing) return end;
  const closing = new RegExp(`</${name}`, 'gi');
  closing.lastIndex = end;
  const close = closing.exec(markup);
  return close ? skipPast(markup, close.index, '>') : markup.length;
}

function skipPast(markup: string, from: number, marker: string): number {
  const end = markup.indexOf(marker, from);
  return end < 0 ? markup.length : end + marker.length;
}

function attributes(rest: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, double, single, bare] of rest.replace(/\/\s*$/, '').matchAll(ATTRIBUTE)) {
    attrs[name.toLowerCase()] = double ?? single ?? bare ?? '';
  }
  return attrs;
}
