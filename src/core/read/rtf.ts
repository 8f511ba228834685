// RTF, which Word and WPS save under the name .doc too. Only the text is wanted: control words
// give paragraph and cell breaks, \uN and \'hh the characters (in the document's code page,
// GBK for Chinese), and the destinations that are not body text — font and colour tables,
// styles, pictures, headers, field instructions, anything marked \* — are skipped whole.
// Text marked \deleted (a tracked deletion) or \v (hidden) is dropped. A text box's text
// (\shptxt) is read although it sits inside the skipped shape instructions (\*\shpinst): boxes
// hold tables of figures and sidebars; the shape's fallback drawing (\shprslt) repeats it.

import { fromParagraphs, type DocumentText } from '../document.ts';
import { readError } from './messages.ts';

const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'fldinst', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'listtable', 'listoverridetable',
  'rsidtbl', 'generator', 'xmlnstbl', 'mmathpr', 'filetbl', 'revtbl', 'pgdsctbl', 'bkmkstart', 'bkmkend', 'template', 'userprops',
  'shprslt',
]);
const BREAK_WORDS = new Set(['par', 'line', 'sect', 'page', 'row', 'cell', 'nestcell', 'nestrow']);
const CODE_PAGES: Record<string, string> = { '936': 'gb18030', '54936': 'gb18030', '950': 'big5', '65001': 'utf-8' };

interface State {
  skip: boolean;
  hidden: boolean;
  uc: number;
}

export function readRtf(bytes: Uint8Array): DocumentText {
  const paragraphs = rtfParagraphs(bytes);
  if (paragraphs.length === 0) throw readError('empty');
  return fromParagraphs('doc', paragraphs.map((text) => ({ text })));
}

export function rtfParagraphs(bytes: Uint8Array): string[] {
  const src = new TextDecoder('latin1').decode(bytes);
  const codePage = CODE_PAGES[/\\ansicpg(\d+)/.exec(src.slice(0, 4096))?.[1] ?? ''] ?? 'windows-1252';
  const decoder = new TextDecoder(codePage);
  const paragraphs: string[] = [];
  const stack: State[] = [];
  let state: State = { skip: false, hidden: false, uc: 1 };
  let current = '';
  let pending: number[] = [];
  let skipChars = 0;
  const emitBytes = () => {
    if (pending.length) current += decoder.decode(new Uint8Array(pending));
    pending = [];
  };
  const emit = (text: string) => {
    emitBytes();
    if (!state.skip && !state.hidden) current += text;
  };
  const flush = () => {
    emitBytes();
    // List numbers arrive as "1.\t"; the tab left alone is no part of the text.
    if (current.trim() !== '') paragraphs.push(current.trim());
    current = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '{' || ch === '}') {
      emitBytes();
      if (ch === '{') stack.push({ ...state });
      else state = stack.pop() ?? state;
      skipChars = 0;
    } else if (ch === '\\') {
      const word = /^\\(?:([a-zA-Z]+)(-?\d+)? ?|'([0-9a-fA-F]{2})|(.))/s.exec(src.slice(i, i + 40));
      if (!word) continue;
      i += word[0].length - 1;
      const [, name, param, hex, symbol] = word;
      if (hex !== undefined) {
        if (skipChars > 0) skipChars--;
        else if (!state.skip && !state.hidden) pending.push(parseInt(hex, 16));
      } else if (symbol !== undefined) {
        if (symbol === '*') state.skip = true;
        else if (symbol === '~') emit('\u00a0');
        else if (symbol === '_') emit('-');
        else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
        else if (symbol === '\n' || symbol === '\r') flush();
      } else if (name === 'bin') {
        i += Number(param) || 0;
      } else if (name === 'u') {
        emit(String.fromCharCode(((Number(param) % 65536) + 65536) % 65536));
        skipChars = state.uc;
      } else if (name === 'uc') state.uc = Number(param) || 0;
      else if (SKIPPED.has(name)) state.skip = true;
      else if (name === 'shptxt') state.skip = false;
      else if (name === 'deleted' || name === 'v') state.hidden = param !== '0';
      else if (name === 'plain') state.hidden = false;
      else if (BREAK_WORDS.has(name) && !state.skip) flush();
      else if (name === 'tab') emit('\t');
    } else if (ch === '\r' || ch === '\n') {
      continue;
    } else if (skipChars > 0) {
      skipChars--;
    } else if (!state.skip && !state.hidden) {
      const code = ch.charCodeAt(0);
      if (code >= 0x80) pending.push(code);
      else emit(ch);
    }
  }
  flush();
  return paragraphs;
}
