// PDF and OFD pages are both positioned text runs: this turns them into the document, with a
// warning for each page without text, and refuses a document whose text cannot be decoded.

import { fromParagraphs, type DocumentText, type Format, type InputWarning, type ReadError } from '../document.ts';
import { WARNINGS } from './messages.ts';
import type { PageText } from './pdf-lines.ts';
import { rebuildParagraphs } from './pdf-paragraphs.ts';

/** What to refuse with, in the words of the format. */
export interface Refusals {
  /** No page could be parsed. */
  unreadable(): ReadError;
  /** No page has any text (a scan). */
  noText(): ReadError;
  /** Most of the text is glyphs with no Unicode meaning. */
  undecodable(): ReadError;
}

/** A page whose text is more than this share undecodable (private use, U+FFFD) is garbled. */
const GARBLED_SHARE = 0.3;

export function pagesToDocument(format: Format, pages: (PageText | null)[], refuse: Refusals): DocumentText {
  const readable = pages.filter((p): p is PageText => p !== null);
  if (readable.length === 0) throw refuse.unreadable();
  const warnings: InputWarning[] = pages.flatMap((p, i) =>
    p === null ? [{ code: 'unreadable-page', message: WARNINGS.unreadablePage(i + 1), page: i + 1 }] : [],
  );
  const withText: PageText[] = [];
  let garbage = 0;
  let visible = 0;
  for (const page of readable) {
    const counts = countChars(page);
    garbage += counts.garbage;
    visible += counts.visible;
    if (counts.visible === 0) warnings.push({ code: 'no-text-layer', message: WARNINGS.noTextLayer(page.page), page: page.page });
    else withText.push(page);
    if (counts.visible > 0 && counts.garbage > GARBLED_SHARE * counts.visible) {
      warnings.push({ code: 'garbled-text', message: WARNINGS.garbledText(page.page), page: page.page });
    }
  }
  if (visible === 0) throw refuse.noText();
  if (garbage > 0.5 * visible) throw refuse.undecodable();
  const paragraphs = rebuildParagraphs(withText);
  if (paragraphs.length === 0) throw refuse.noText();
  return fromParagraphs(format, paragraphs, pages.length, warnings);
}

export function hasText(page: PageText): boolean {
  return countChars(page).visible > 0;
}

function countChars(page: PageText): { visible: number; garbage: number } {
  let visible = 0;
  let garbage = 0;
  for (const piece of page.pieces) {
    for (const ch of piece.str) {
      if (/\s/.test(ch)) continue;
      visible++;
      if (isUndecodable(ch)) garbage++;
    }
  }
  return { visible, garbage };
}

/** What pdf.js emits when a font has no usable Unicode mapping, and OFD text kept as glyph ids. */
function isUndecodable(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || c < 0x20;
}
