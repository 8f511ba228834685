// A stand-in for the recogniser, for tests of what the readers make of recognised pages without
// the seconds each real recognition takes.
import type { OcrEngine, OcrLanguage, OcrLine, OcrPage } from '../../src/core/read/ocr.ts';

/** A line of a page with its left margin at 100 and its right at 1100. */
export const line = (text: string, row: number, confidence = 90, x0 = 100, x1 = 1100): OcrLine => ({
  text,
  confidence,
  box: { x0, y0: 100 + row * 50, x1, y1: 130 + row * 50 },
  size: 30,
});

/** Answers the n-th call with the n-th lines given (the last once they run out; the first page
 *  is asked for twice, once in each script); each script with its own confidence. */
export function engine(pages: OcrLine[][], confidence: Record<OcrLanguage, number>, calls: string[] = []): OcrEngine {
  let n = 0;
  return {
    parallel: 2,
    async recognise(_image, language) {
      calls.push(language);
      const lines = pages[Math.min(n++, pages.length - 1)];
      return { width: 1240, height: 1754, lines: lines.map((l) => ({ ...l, confidence: confidence[language] })) } satisfies OcrPage;
    },
  };
}
