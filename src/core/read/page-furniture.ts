// Running headers, footers and page numbers are not part of the report's text; left in, they
// split sentences that wrap across pages and would be quoted as evidence.

import type { Line } from './pdf-lines.ts';

/** Share of the page height at the top and at the bottom where furniture lives. */
const BAND = 0.1;
/** A band line repeated on at least this share of pages is a running header or footer. */
const REPEAT_SHARE = 0.5;

// — 3 —, - 3 -, ·3·, 第3页 共13页, 共13页 第3页, 3/13, Page 3 of 13, or a bare number.
const DASHES = '[\\s\\-—–−‒―·•~～_|/]*';
const PAGE_NUMBER = new RegExp(
  `^${DASHES}(?:` +
    [
      '第\\s*\\d+\\s*页(?:\\s*[,，、/]?\\s*共\\s*\\d+\\s*页)?',
      '共\\s*\\d+\\s*页\\s*[,，、/]?\\s*第\\s*\\d+\\s*页',
      '\\d+\\s*/\\s*\\d+',
      '[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?',
      '\\d{1,4}',
    ].join('|') +
    `)${DASHES}$`,
);

export interface PageBox {
  page: number;
  bottom: number;
  top: number;
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Drops page numbers and repeated header/footer lines; `pages` gives each page's extent. */
export function removeFurniture(lines: Line[], pages: PageBox[]): Line[] {
  const boxes = new Map(pages.map((p) => [p.page, p]));
  const inBand = (line: Line) => {
    const box = boxes.get(line.page);
    if (!box) return false;
    const band = (box.top - box.bottom) * BAND;
    return line.y > box.top - band || line.y < box.bottom + band;
  };
  const repeated = repeatedBandTexts(lines.filter(inBand), pages.length);
  return lines.filter((line) => !(inBand(line) && (isPageNumber(line.text) || repeated.has(furnitureKey(line.text)))));
}

function repeatedBandTexts(bandLines: Line[], pageCount: number): Set<string> {
  const pagesByKey = new Map<string, Set<number>>();
  for (const line of bandLines) {
    const key = furnitureKey(line.text);
    if (!pagesByKey.has(key)) pagesByKey.set(key, new Set());
    pagesByKey.get(key)!.add(line.page);
  }
  const needed = Math.max(2, Math.ceil(pageCount * REPEAT_SHARE));
  return new Set([...pagesByKey].filter(([, pages]) => pages.size >= needed).map(([key]) => key));
}

/** Headers often carry the page number or date, so digits do not count when comparing. */
function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}
