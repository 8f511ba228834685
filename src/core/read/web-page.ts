// A report saved from a government website (.html/.htm, or the HTML part of an .mht): only the
// article counts. The page around it — menus, breadcrumbs, scripts, styles, share buttons,
// footers — would otherwise reach the text and be quoted as evidence.

import { fromParagraphs, type DocumentText, type Format } from '../document.ts';
import { htmlBlocks, type Block } from './html-blocks.ts';
import { tokenize, type MarkupToken } from './markup-tokens.ts';
import { readError } from './messages.ts';
import { detectEncoding, encodingFromBom } from './text.ts';

/** Never the article: the page's own chrome. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'select', 'button', 'iframe', 'svg', 'head', 'map', 'object']);
const CHROME_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|breadcrumb|crumbs?|sidebar|share|copyright|toolbar|pagination|pager|topbar|search|login|links)(?:$|[\s_-])|(?:dqwz|bottom)/i;
/** Containers CMSs of Chinese government sites put the article in (TRS, 政务 CMS, common themes). */
const CONTENT_NAMES = /TRS_Editor|UnionStyle|TRS_UEDITOR|zoom|article|content|zwnr|detail|wzzw|news_?(?:txt|text|con)|main_?text|text_?con|artcon|contxt|zw_?con|pages_content|mainText/i;
const HEADING = /^h[1-3]$/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** The innermost container still holding this share of the largest one's text is the article. */
const INNER_SHARE = 0.8;

interface Element {
  name: string;
  attrs: Record<string, string>;
  open: number;
  close: number;
  chrome: boolean;
}

export function readWebPage(bytes: Uint8Array, format: Format, charset: string | null = null): DocumentText {
  const html = decodeHtml(bytes, charset);
  const blocks = articleBlocks(html);
  if (blocks.every((b) => b.emptyCell)) throw readError('corrupt-web-page');
  return fromParagraphs(format, blocks);
}

/** The charset from the BOM, the transport (an .mht part's header), the page's meta, or the bytes. */
export function decodeHtml(bytes: Uint8Array, charset: string | null): string {
  const bom = encodingFromBom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = charset ?? metaCharset(bytes);
  const label = declared ? normaliseCharset(declared) : detectEncoding(bytes) ?? 'gb18030';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder(detectEncoding(bytes) ?? 'gb18030').decode(bytes);
  }
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}

/** GB2312 and GBK pages use characters only their superset GB18030 maps right. */
function normaliseCharset(label: string): string {
  return /^(?:gb2312|gbk|x-gbk|gb18030|cp936|euc-cn|hz-gb-2312)$/i.test(label.trim()) ? 'gb18030' : label.trim();
}

export function articleBlocks(html: string): Block[] {
  const tokens = tokenize(joinCjkLines(html));
  const elements = buildElements(tokens);
  const inChrome = chromeMask(tokens.length, elements);
  const article = findArticle(elements, tokens, inChrome);
  const range = article ? [article.open + 1, article.close] : [0, tokens.length];
  const title = article ? titleBefore(article, elements, inChrome) : null;
  const body = blocksOf(tokens, range[0], range[1], inChrome);
  const titleBlocks = title ? blocksOf(tokens, title.open, title.close + 1, inChrome) : [];
  const missingTitle = titleBlocks.filter((t) => !body.some((b) => b.text === t.text));
  return [...missingTitle.map((b) => ({ ...b, headingHint: true })), ...body];
}

/** A line break in the source between two Chinese characters is no space in the text. */
function joinCjkLines(html: string): string {
  return html.replace(/([\u3000-\u9fff\uff00-\uffef])[ \t]*\r?\n\s*(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1');
}

/** Pairs open and close tags; an unclosed element ends where its parent does. */
function buildElements(tokens: MarkupToken[]): Element[] {
  const elements: Element[] = [];
  const stack: Element[] = [];
  tokens.forEach((token, i) => {
    if (token.kind === 'open' && !token.selfClosing && !VOID.has(token.name)) {
      const chrome = CHROME_TAGS.has(token.name) || CHROME_NAMES.test(`${token.attrs.id ?? ''} ${token.attrs.class ?? ''}`);
      const element = { name: token.name, attrs: token.attrs, open: i, close: tokens.length, chrome };
      elements.push(element);
      stack.push(element);
    } else if (token.kind === 'close') {
      const at = stack.map((e) => e.name).lastIndexOf(token.name);
      if (at < 0) return;
      for (const element of stack.splice(at)) element.close = i;
    }
  });
  return elements;
}

function chromeMask(length: number, elements: Element[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const e of elements) if (e.chrome) mask.fill(1, e.open, e.close + 1);
  return mask;
}

function textLength(tokens: MarkupToken[], from: number, to: number, inChrome: Uint8Array): number {
  let length = 0;
  for (let i = from; i < to && i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'text' && !inChrome[i]) length += token.text.replace(/\s|&nbsp;/g, '').length;
  }
  return length;
}

/** A named CMS container, else <article> or <main>; the innermost one that holds the text. */
function findArticle(elements: Element[], tokens: MarkupToken[], inChrome: Uint8Array): Element | null {
  const named = elements.filter((e) => !inChrome[e.open] && CONTENT_NAMES.test(`${e.attrs.id ?? ''} ${e.attrs.class ?? ''}`));
  const semantic = elements.filter((e) => !inChrome[e.open] && (e.name === 'article' || e.name === 'main'));
  for (const candidates of [named, semantic]) {
    const sized = candidates.map((e) => ({ e, length: textLength(tokens, e.open, e.close, inChrome) })).filter((c) => c.length > 0);
    if (sized.length === 0) continue;
    const largest = Math.max(...sized.map((c) => c.length));
    const holding = sized.filter((c) => c.length >= INNER_SHARE * largest);
    return holding.reduce((inner, c) => (c.e.open >= inner.e.open && c.e.close <= inner.e.close ? c : inner)).e;
  }
  return null;
}

/** CMSs set the article's title above its container: the last heading before it. */
function titleBefore(article: Element, elements: Element[], inChrome: Uint8Array): Element | null {
  const before = elements.filter((e) => e.close < article.open && !inChrome[e.open] && (HEADING.test(e.name) || /title|bt\b/i.test(e.attrs.class ?? '')));
  return before[before.length - 1] ?? null;
}

function blocksOf(tokens: MarkupToken[], from: number, to: number, inChrome: Uint8Array): Block[] {
  let html = '';
  for (let i = from; i < to && i < tokens.length; i++) {
    if (inChrome[i]) continue;
    const token = tokens[i];
    html += token.kind === 'text' ? token.text.replace(/</g, '&lt;') : token.kind === 'open' ? `<${token.name}>` : `</${token.name}>`;
  }
  return htmlBlocks(html)
    .map((b) => ({ ...b, text: b.text.replace(/[ \t\r\n\f]+/g, ' ').trim() }))
    .filter((b) => b.text !== '' || b.emptyCell);
}
