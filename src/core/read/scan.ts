// Scanned pages → the document: each page's grey image recognised, its lines placed as
// positioned text so that paragraphs are rebuilt as for a PDF, and a warning that says the text
// was recognised from images and how sure the recogniser was.

import type { DocumentText, Format } from '../document.ts';
import { throwIfAborted } from './cancel.ts';
import { readError, SPECIFIC, WARNINGS } from './messages.ts';
import type { OcrEngine, OcrLanguage, OcrPage } from './ocr.ts';
import type { PageText } from './pdf-lines.ts';
import { pagesToDocument } from './positioned-pages.ts';
import { greyPage, pgm, type Pixels } from './scan-pixels.ts';

export interface ScanOptions {
  signal?: AbortSignal;
  onProgress?: (p: { page: number; pages: number }) => void;
}

/** A line this unsure is a speck, a rule or a seal's rim read as characters, not text. */
const NOISE_CONFIDENCE = 35;

export async function readScan(
  format: Format,
  pages: (() => Promise<Pixels>)[],
  engine: OcrEngine,
  { signal, onProgress }: ScanOptions = {},
): Promise<DocumentText> {
  const recognised: OcrPage[] = new Array(pages.length);
  let done = 0;
  const recognise = async (n: number, language: OcrLanguage) => {
    throwIfAborted(signal);
    const page = greyPage(await pages[n]());
    recognised[n] = await engine.recognise(pgm(page), language);
    throwIfAborted(signal);
    onProgress?.({ page: ++done, pages: pages.length });
  };
  const first = await readFirstPage(pages[0], engine, signal);
  recognised[0] = first.page;
  onProgress?.({ page: ++done, pages: pages.length });
  const language = first.language;
  await inParallel(pages.length - 1, engine.parallel, (i) => recognise(i + 1, language));
  const positioned = recognised.map(toPageText);
  const doc = pagesToDocument(format, positioned, {
    unreadable: () => readError('no-text-layer', SPECIFIC.scanNoText),
    noText: () => readError('no-text-layer', SPECIFIC.scanNoText),
    undecodable: () => readError('no-text-layer', SPECIFIC.scanNoText),
  });
  const confidence = meanConfidence(recognised);
  doc.warnings = [
    { code: 'recognised-from-images', message: WARNINGS.recognisedFromImages(pages.length, confidence), page: null },
    ...doc.warnings.filter((w) => w.code !== 'no-text-layer'),
    ...recognised.flatMap((p, i) => (kept(p).length === 0 ? [{ code: 'no-text-layer', message: WARNINGS.blankScanPage(i + 1), page: i + 1 }] : [])),
  ];
  return doc;
}

/**
 * Simplified or Traditional, from the first page read both ways: each model reads the other
 * script badly and knows it, so the surer reading names the script. Costs one page more.
 */
async function readFirstPage(
  first: () => Promise<Pixels>,
  engine: OcrEngine,
  signal?: AbortSignal,
): Promise<{ language: OcrLanguage; page: OcrPage }> {
  throwIfAborted(signal);
  const image = pgm(greyPage(await first()));
  const [simplified, traditional] = await Promise.all([engine.recognise(image, 'chi_sim'), engine.recognise(image, 'chi_tra')]);
  throwIfAborted(signal);
  return meanConfidence([traditional]) > meanConfidence([simplified])
    ? { language: 'chi_tra', page: traditional }
    : { language: 'chi_sim', page: simplified };
}

async function inParallel(count: number, width: number, run: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await run(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, count)) }, lane));
}

function kept(page: OcrPage) {
  return page.lines.filter((l) => l.confidence >= NOISE_CONFIDENCE && l.text.trim() !== '');
}

/**
 * Lines become text runs on a page whose y grows upwards, as the paragraph rebuilder expects.
 * Measured sizes wobble from line to line (a short line of flat characters such as 一 or 。
 * measures small), which the rebuilder would take for a change of type: every line is in the
 * page's median size unless clearly larger (a title), and lines are placed by their middle, not
 * by a box that a descending comma stretches.
 */
function toPageText(page: OcrPage, i: number): PageText {
  const lines = kept(page);
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return {
    page: i + 1,
    box: [0, 0, page.width, page.height],
    pieces: lines.map(({ text, box, size: measured }) => {
      const size = measured > LARGER_TYPE * body ? measured : body;
      return { str: text, x: box.x0, y: page.height - (box.y0 + box.y1 + size) / 2, width: box.x1 - box.x0, size };
    }),
  };
}

/** A line measured this much larger than the body is set in larger type. */
const LARGER_TYPE = 1.25;

/** Weighted by characters, over the lines kept. */
function meanConfidence(pages: OcrPage[]): number {
  const lines = pages.flatMap(kept);
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  return chars === 0 ? 0 : Math.round(lines.reduce((sum, l) => sum + l.confidence * l.text.length, 0) / chars);
}
