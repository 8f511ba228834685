// The values of a table as they stand in text: numbers (full-width digits, thousands
// separators, decimals, a minus), blanks ("-", "无", an empty pipe cell, an empty cell of a Word
// or web table), each with its offsets.
// A value may carry one glued character from a vertical group label ("16年": 16, not a year), or
// a header's last word before it.

export interface ValueToken {
  /** null for a printed blank. */
  value: number | null;
  text: string;
  start: number;
  end: number;
  /** It is the first token of its line. */
  lineStart: boolean;
  /** An empty cell of a Word or web table (an empty paragraph of the document), not printed text. */
  emptyCell: boolean;
}

/** What a table prints for "nothing here": counted as 0, and reported as blank. */
const BLANKS = new Set(['-', '－', '—', '——', '–', '/', '／', '无', '不适用', 'N/A', '&nbsp;']);
/** A sign is printed only in columns of changes (本年增/减: "-8", "−8", "+3"). The last word of a
 * header may be glued before the number ("总计1": a full header line run into the numbers). */
const NUMBER = /^(\p{Script=Han}*)([-－−+＋]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\p{Script=Han}?$/u;
/** A token: an empty cell between two pipes, or a run of characters without space or pipe. */
const TOKEN = /\|[ \t\u3000\u00a0]*(?=\|)|[^\s|]+/gu;

/** Tokens of original[start, end), each a value or null for a word, with a blank at each of the
 * emptyCells offsets (the starts of the document's empty-cell paragraphs, ascending) in [start, end]:
 * an empty cell that ends the document or a table stands at its end. */
export function valueTokens(original: string, start: number, end: number, emptyCells: number[]): (ValueToken | null)[] {
  const tokens: (ValueToken | null)[] = [];
  const empty = emptyCells.filter((at) => at >= start && at <= end);
  TOKEN.lastIndex = start;
  let previousEnd = start;
  for (let m = TOKEN.exec(original); m && m.index < end; m = TOKEN.exec(original)) {
    if (m.index + m[0].length > end) break;
    while (empty.length && empty[0] <= m.index) tokens.push(emptyCellToken(empty.shift()!));
    const lineStart = original.slice(previousEnd, m.index).includes('\n');
    tokens.push(toValue(m[0], m.index, lineStart));
    previousEnd = m.index + m[0].length;
  }
  tokens.push(...empty.map(emptyCellToken));
  return tokens;
}

const emptyCellToken = (at: number): ValueToken => ({ value: null, text: '', start: at, end: at, lineStart: true, emptyCell: true });

function toValue(token: string, start: number, lineStart: boolean): ValueToken | null {
  if (token.startsWith('|')) return { value: null, text: '', start, end: start, lineStart, emptyCell: false };
  if (BLANKS.has(token)) return { value: null, text: token, start, end: start + token.length, lineStart, emptyCell: false };
  const number = NUMBER.exec(halfWidth(token));
  if (!number) return null;
  const [, glued, digits] = number;
  const text = token.slice(glued.length, glued.length + digits.length);
  const at = start + glued.length;
  return { value: Number(digits.replace(/,/g, '').replace(/^[－−]/u, '-').replace(/^[+＋]/u, '')), text, start: at, end: at + text.length, lineStart, emptyCell: false };
}

/** An empty cell between pipes belongs to its own line's row: a web copy pads label lines and
 * short rows with them. */
const isPipeBlank = (t: ValueToken) => t.text === '' && t.value === null && !t.emptyCell;
/** Nothing at all in the cell: a pipe cell, or an empty cell of a Word or web table. */
const isEmpty = (t: ValueToken) => t.text === '' && t.value === null;

/** Full-width digits and signs as ASCII, one for one (offsets stay valid). */
function halfWidth(s: string): string {
  return s.replace(/[０-９，．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Runs of consecutive values: the cells of one row stand together. */
export function runsOf(tokens: (ValueToken | null)[]): ValueToken[][] {
  const runs: ValueToken[][] = [];
  let run: ValueToken[] = [];
  for (const t of tokens) {
    const last = run[run.length - 1];
    if (t && last && t.lineStart && (isPipeBlank(t) || isPipeBlank(last))) {
      runs.push(run);
      run = [t];
    } else if (t) run.push(t);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The run as a row of n cells: exactly n values, or n followed only by empty cells (the padding
 * of a web copy's wider rows, the empty group-label cell that opens the next row of a Word table). */
export function fitRun(run: ValueToken[], n: number): ValueToken[] | null {
  if (run.length === n) return run;
  return run.length > n && run.slice(n).every(isEmpty) ? run.slice(0, n) : null;
}
