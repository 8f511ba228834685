// Headings from the numbering Chinese reports use (一、 （一） 1. （1） 第一部分). Word's own
// numbering is lost by mammoth and web copies run everything into one line, so headings are
// found from the text: at a line start, or inline right after a sentence ends.

export interface HeadingMark {
  /** Offsets into the searched text (the matching view). */
  start: number;
  end: number;
  level: number;
  /** The heading's words, number included. */
  text: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MARKS: { level: number; re: string }[] = [
  { level: 0, re: `第${CN}(?:部分|章)|附[件表][0-9一二三四五六七八九十]*[:：、]?` },
  { level: 1, re: `${CN}、` },
  { level: 2, re: `\\(${CN}\\)` },
  { level: 3, re: `\\d{1,2}[.、](?!\\d)` },
  { level: 4, re: `\\(\\d{1,2}\\)` },
];
const MARK = new RegExp(`(?:${MARKS.map((m) => `(${m.re})`).join('|')})`, 'gu');
/** Where an inline heading may start: the text start, a line start, a sentence end, or right
 * after another heading ("一、主要举措和成效(一)……" in a one-line copy). */
const BEFORE = /(^|[\n。；;:!?！？])\s*$/u;
const MAX_TITLE = 40;
const MAX_LINE_HEADING = 60;

export function findHeadingMarks(text: string): HeadingMark[] {
  const out: HeadingMark[] = [];
  for (const m of text.matchAll(MARK)) {
    const start = m.index!;
    const afterHeading = out.length > 0 && out[out.length - 1].end === start;
    if (start !== 0 && !afterHeading && !BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
    const level = MARKS[m.slice(1).findIndex((g) => g !== undefined)].level;
    const end = titleEnd(text, start, start + m[0].length);
    if (end - start - m[0].length < 2) continue;
    out.push({ start, end, level, text: text.slice(start, end) });
  }
  return out;
}

/** A heading runs to the end of its line when the line is short, else to its first full stop. */
function titleEnd(text: string, start: number, afterMark: number): number {
  const lineEnd = indexOrEnd(text, '\n', start);
  if (lineEnd - start <= MAX_LINE_HEADING && !/[。;；]./u.test(text.slice(afterMark, lineEnd))) {
    return trimEnd(text, start, lineEnd);
  }
  const limit = Math.min(lineEnd, afterMark + MAX_TITLE);
  const stop = text.slice(afterMark, limit).search(/[。;；:!?！？\n]|[一二三四五六七八九十]是|\([一二三四五六七八九十]{1,3}\)/u);
  return trimEnd(text, start, stop < 0 ? limit : afterMark + stop);
}

function indexOrEnd(text: string, what: string, from: number): number {
  const i = text.indexOf(what, from);
  return i < 0 ? text.length : i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s。.,，:：]/u.test(text[end - 1])) end--;
  return end;
}
