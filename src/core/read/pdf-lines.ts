// pdf.js hands out text as positioned runs ("items") in content-stream order. Grouping them by
// baseline gives the visual lines, which is what paragraph rebuilding reasons about.

/** One text run, in PDF user space (y grows upwards). */
export interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the vertical scale of the text matrix). */
  size: number;
}

export interface PageText {
  /** 1-based. */
  page: number;
  /** Page box in user space: [left, bottom, right, top]. */
  box: [number, number, number, number];
  pieces: TextPiece[];
}

export interface Line {
  page: number;
  text: string;
  /** Left edge of the first visible glyph run. */
  x0: number;
  /** Right edge of the last visible glyph run. */
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
}

/** Runs on baselines closer than this (× font size) share a line; covers sub/superscripts. */
const SAME_LINE = 0.45;
/** A gap this wide (× font size) between runs is a visible space (table cells, spaced-out text). */
const WIDE_GAP = 1;
/** Between Latin letters or digits a much smaller gap already separates words. */
const WORD_GAP = 0.2;
/** Faked bold draws the same run twice, offset by a fraction of a point. */
const OVERPRINT = 0.3;

export function pageLines(page: PageText): Line[] {
  const visible = page.pieces.filter((p) => p.str.trim() !== '' && p.size > 0);
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of visible) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - piece.y) <= SAME_LINE * Math.min(row[0].size, piece.size)) row.push(piece);
    else rows.push([piece]);
  }
  return rows.map((row) => toLine(page.page, row));
}

function toLine(page: number, row: TextPiece[]): Line {
  row.sort((a, b) => a.x - b.x);
  const size = Math.max(...row.map((p) => p.size));
  let text = '';
  let prev: TextPiece | null = null;
  for (const piece of row) {
    if (prev && isOverprint(prev, piece)) continue;
    if (prev) text += separator(text, prev, piece);
    text += piece.str;
    prev = piece;
  }
  const last = row[row.length - 1];
  return { page, text, x0: row[0].x, x1: last.x + last.width, y: row[0].y, size };
}

function isOverprint(a: TextPiece, b: TextPiece): boolean {
  return a.str === b.str && Math.abs(a.x - b.x) < OVERPRINT * a.size && Math.abs(a.y - b.y) < OVERPRINT * a.size;
}

function separator(textSoFar: string, prev: TextPiece, next: TextPiece): string {
  const gap = next.x - (prev.x + prev.width);
  if (/\s$/.test(textSoFar) || /^\s/.test(next.str)) return '';
  if (gap > WIDE_GAP * next.size) return ' ';
  if (gap > WORD_GAP * next.size && isWordChar(textSoFar.slice(-1)) && isWordChar(next.str[0])) return ' ';
  return '';
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}
