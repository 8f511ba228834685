// Rebuilds paragraphs from a PDF's visual lines. Chinese text wraps mid-sentence with no space
// or hyphen, so a line break says nothing by itself; paragraph starts are recognised by layout:
// first-line indent, a short previous line, a heading number, a larger gap, a font change.

import { removeFurniture } from './page-furniture.ts';
import { isWordChar, pageLines, type Line, type PageText } from './pdf-lines.ts';

export interface PdfParagraph {
  text: string;
  /** Page where the paragraph starts. */
  page: number;
}

/** Indent beyond the left margin (× font size) that marks a first line; Chinese uses 2 em. */
const INDENT = 0.8;
/** A line ending this far (× font size) before the right margin is a paragraph's last line. */
const SHORT_LINE = 2;
/** A vertical gap this many times the usual leading separates paragraphs. */
const LARGE_GAP = 1.4;
/** Font sizes differing by more than this share belong to different paragraphs. */
const SIZE_CHANGE = 0.15;
/** Lines of one wrapped title are at most this many times the title's font size apart. */
const TITLE_LEADING = 2;
/** Share of the right edges treated as "full" when locating the right margin. */
const RIGHT_EDGE_PERCENTILE = 0.9;

/** Characters at a line's start that can hold its numbering. */
const HEADING_REACH = 12;
// 一、 （一） (一) 1. 1、 （1） 第一章 第二部分 — numbering that opens a heading or list item.
const HEADING_START =
  /^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十百零〇\d]+[章节部分条篇])/;

interface Margins {
  left: number;
  right: number;
}

export function rebuildParagraphs(pages: PageText[]): PdfParagraph[] {
  const all = pages.flatMap(pageLines);
  const lines = removeFurniture(
    all,
    pages.map((p) => ({ page: p.page, bottom: p.box[1], top: p.box[3] })),
  );
  if (lines.length === 0) return [];
  const bodySize = modeSize(lines);
  const margins = pageMargins(lines, bodySize);
  const leading = typicalLeading(lines, bodySize);
  const layout = { margins, leading, bodySize };
  const paragraphs: PdfParagraph[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const current: PdfParagraph | undefined = paragraphs[paragraphs.length - 1];
    if (!prev || !current || startsParagraph(prev, line, layout)) {
      paragraphs.push({ text: line.text.trim(), page: line.page });
    } else {
      current.text = joinLines(current.text, line.text.trim());
    }
    prev = line;
  }
  return paragraphs.filter((p) => p.text !== '');
}

interface Layout {
  margins: Map<number, Margins>;
  leading: number;
  bodySize: number;
}

function startsParagraph(prev: Line, line: Line, { margins, leading, bodySize }: Layout): boolean {
  const here = margins.get(line.page)!;
  const there = margins.get(prev.page)!;
  if (Math.abs(line.size - prev.size) > SIZE_CHANGE * Math.max(line.size, prev.size)) return true;
  // NFKC: fonts that map numerals to Kangxi radicals (⼀、⼆、) still number a heading or a table row.
  if (HEADING_START.test(line.text.slice(0, HEADING_REACH).normalize('NFKC'))) return true;
  if (continuesTitle(prev, line, bodySize)) return false;
  if (prev.x1 < there.right - SHORT_LINE * prev.size) return true;
  if (line.x0 > here.left + INDENT * line.size) return true;
  const samePage = prev.page === line.page;
  return samePage && leading > 0 && prev.y - line.y > LARGE_GAP * leading;
}

/**
 * A title set larger than the body and too long for one line wraps into centred lines, which
 * look like short, indented lines; consecutive close lines at the same title size are one title.
 */
function continuesTitle(prev: Line, line: Line, bodySize: number): boolean {
  const titleSize = prev.size > (1 + SIZE_CHANGE) * bodySize;
  const sameSize = Math.abs(line.size - prev.size) <= SIZE_CHANGE * prev.size;
  return titleSize && sameSize && prev.page === line.page && prev.y - line.y < TITLE_LEADING * prev.size;
}

/** Wrapped Chinese joins with nothing; only two Latin words or numbers need a space between. */
export function joinLines(a: string, b: string): string {
  return isWordChar(a.slice(-1)) && isWordChar(b[0]) ? `${a} ${b}` : a + b;
}

/** The size most of the characters are set in; titles have few characters, body text many. */
function modeSize(lines: Line[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  return [...weights].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * Margins per page, because odd and even pages may be mirrored. The left margin is the
 * smallest x where several body lines start; the right margin a high percentile of line ends.
 */
function pageMargins(lines: Line[], bodySize: number): Map<number, Margins> {
  const body = lines.filter((l) => Math.abs(l.size - bodySize) <= SIZE_CHANGE * bodySize);
  const overall = margins(body.length ? body : lines);
  const result = new Map<number, Margins>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = body.filter((l) => l.page === page);
    result.set(page, onPage.length >= 4 ? margins(onPage, overall) : overall);
  }
  return result;
}

function margins(lines: Line[], fallback?: Margins): Margins {
  const starts = lines.map((l) => Math.round(l.x0));
  const counts = new Map<number, number>();
  for (const x of starts) counts.set(x, (counts.get(x) ?? 0) + 1);
  // Neighbouring buckets absorb rounding jitter.
  const repeated = [...counts.keys()].filter((x) => (counts.get(x) ?? 0) + (counts.get(x - 1) ?? 0) + (counts.get(x + 1) ?? 0) >= 2);
  const left = repeated.length ? Math.min(...repeated) : (fallback?.left ?? Math.min(...starts));
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.min(ends.length - 1, Math.floor(ends.length * RIGHT_EDGE_PERCENTILE))];
  return { left, right };
}

/** Lower median of the baseline steps between body lines: paragraph gaps only ever add to it. */
function typicalLeading(lines: Line[], bodySize: number): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (a.page !== b.page || Math.abs(a.size - bodySize) > 1 || Math.abs(b.size - bodySize) > 1) continue;
    const dy = a.y - b.y;
    if (dy > 0) steps.push(dy);
  }
  if (!steps.length) return 0;
  steps.sort((x, y) => x - y);
  return steps[Math.floor((steps.length - 1) / 2)];
}
