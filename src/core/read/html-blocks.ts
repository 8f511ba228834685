// mammoth turns a docx into simple, well-formed HTML, and a saved web page's article is cut
// down to the same (see web-page.ts). Walking its tags with a tokenizer is enough to recover
// paragraphs, table cells and list items in reading order, and keeps the core free of any DOM
// (it runs in a Web Worker and in Node).

export interface Block {
  text: string;
  headingHint: boolean;
  /** A table cell with nothing in it: kept (with empty text) so that the cells after it stay in
   * their columns. */
  emptyCell?: boolean;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'caption', 'blockquote', 'div', 'section', 'article', 'main', 'header', 'dd', 'dt', 'pre', 'hr']);
const HEADING_TAG = /^h[1-6]$/;
const TAG = /^<\s*(\/?)\s*([a-zA-Z0-9]+)[^>]*?(\/?)\s*>$/;

export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let headingDepth = 0;
  let strongDepth = 0;
  let strongChars = 0;
  let visibleChars = 0;
  /** A table cell is open and nothing of it has been kept yet. */
  let cellPending = false;

  const flush = (closesCell = false) => {
    const clean = text.replace(/[\r\n]+/g, ' ');
    if (clean.trim() !== '') {
      // A paragraph set entirely in bold is how most Chinese reports mark their headings.
      const allBold = strongChars > 0 && strongChars === visibleChars;
      blocks.push({ text: clean, headingHint: headingDepth > 0 || allBold });
      cellPending = false;
    } else if (closesCell && cellPending) {
      blocks.push({ text: '', headingHint: false, emptyCell: true });
      cellPending = false;
    }
    text = '';
    strongChars = 0;
    visibleChars = 0;
  };

  for (const token of html.split(/(<[^>]*>)/)) {
    if (token === '') continue;
    const tag = TAG.exec(token);
    if (!tag) {
      const decoded = decodeEntities(token);
      const visible = decoded.replace(/\s/g, '').length;
      text += decoded;
      visibleChars += visible;
      if (strongDepth > 0) strongChars += visible;
      continue;
    }
    const [, slash, rawName, selfClosing] = tag;
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    const isCell = name === 'td' || name === 'th';
    if (BLOCK_TAGS.has(name) || name === 'br') flush(isCell && closing);
    if (isCell && !closing && !selfClosing) cellPending = true;
    if (HEADING_TAG.test(name) && !selfClosing) headingDepth = Math.max(0, headingDepth + (closing ? -1 : 1));
    if ((name === 'strong' || name === 'b') && !selfClosing) strongDepth = Math.max(0, strongDepth + (closing ? -1 : 1));
  }
  flush();
  return blocks;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  // What Chinese CMS editors write for typographic punctuation.
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
  times: '×', divide: '÷', permil: '‰', deg: '°', plusmn: '±', copy: '©', reg: '®', emsp: '\u2003', ensp: '\u2002', thinsp: '\u2009',
};

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
