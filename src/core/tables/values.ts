// The values of a table as they stand in text: numbers (full-width digits, thousands
// separators, decimals, a minus), blanks ("-", "无", an empty pipe cell), each with its offsets.
// A value may carry one glued character from a vertical group label ("16年": 16, not a year).

export interface ValueToken {
  /** null for a printed blank. */
  value: number | null;
  text: string;
  start: number;
  end: number;
}

/** What a table prints for "nothing here": counted as 0, and reported as blank. */
const BLANKS = new Set(['-', '－', '—', '——', '–', '/', '／', '无', '不适用', 'N/A', '&nbsp;']);
const NUMBER = /^([-－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\p{Script=Han}?$/u;
/** A token: an empty cell between two pipes, or a run of characters without space or pipe. */
const TOKEN = /\|[ \t\u3000\u00a0]*(?=\|)|[^\s|]+/gu;

/** Tokens of original[start, end), each a value or null for a word. */
export function valueTokens(original: string, start: number, end: number): (ValueToken | null)[] {
  const tokens: (ValueToken | null)[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(original); m && m.index < end; m = TOKEN.exec(original)) {
    if (m.index + m[0].length > end) break;
    tokens.push(toValue(m[0], m.index));
  }
  return tokens;
}

function toValue(token: string, start: number): ValueToken | null {
  if (token.startsWith('|')) return { value: null, text: '', start, end: start };
  if (BLANKS.has(token)) return { value: null, text: token, start, end: start + token.length };
  const number = NUMBER.exec(halfWidth(token));
  if (!number) return null;
  const text = token.slice(0, number[1].length);
  return { value: Number(number[1].replace(/,/g, '').replace('－', '-')), text, start, end: start + text.length };
}

/** Full-width digits and signs as ASCII, one for one (offsets stay valid). */
function halfWidth(s: string): string {
  return s.replace(/[０-９，．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Runs of consecutive values: the cells of one row stand together. */
export function runsOf(tokens: (ValueToken | null)[]): ValueToken[][] {
  const runs: ValueToken[][] = [];
  let run: ValueToken[] = [];
  for (const t of tokens) {
    if (t) run.push(t);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
