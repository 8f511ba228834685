// Evidence is quoted from the document as the user sees it: view offsets are mapped back to
// the original text, so a Traditional report is quoted in Traditional characters.

import type { Analysis } from '../structure/analysis.ts';
import type { Evidence } from '../report.ts';
import { headingBefore, pageAt } from '../structure/sections.ts';

const MAX_QUOTE = 160;

/** Evidence for a view span; long spans are cut to a window around `focus`. */
export function evidenceOf(a: Analysis, start: number, end: number, focus = start): Evidence {
  if (end - start > MAX_QUOTE) {
    const from = Math.max(start, Math.min(focus - MAX_QUOTE / 3, end - MAX_QUOTE));
    start = Math.round(from);
    end = start + MAX_QUOTE;
  }
  const oStart = a.view.toOriginal(start);
  const oEnd = a.view.toOriginalEnd(end);
  const heading = headingBefore(a.structure.headings, start);
  const section = heading ? a.doc.text.slice(a.view.toOriginal(heading.start), a.view.toOriginalEnd(heading.end)) : null;
  return {
    quote: a.doc.text.slice(oStart, oEnd).trim(),
    section,
    start: oStart,
    end: oEnd,
    page: pageAt(a.doc, oStart),
  };
}
