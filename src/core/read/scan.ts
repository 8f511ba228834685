// Scanned pages → the document: each page's grey image recognised, its lines placed as
// positioned text so that paragraphs are rebuilt as for a PDF, and a warning that says the text
// was recognised from images and how sure the recogniser was.

import type { DocumentText, Format } from '../document.ts';
import { throwIfAborted } from './cancel.ts';
import { readError, SPECIFIC, WARNINGS } from './messages.ts';
import type { OcrEngine, OcrLanguage, OcrPage } from './ocr.ts';
import type { PageText } from './pdf-lines.ts';
import { pagesToDocument, type Refusals } from './positioned-pages.ts';
import { greyPage, pgm, type Pixels } from './scan-pixels.ts';

export interface ScanOptions {
  signal?: AbortSignal;
  onProgress?: (p: { page: number; pages: number }) => void;
}

/** A page with no text layer, and the picture on it to recognise. */
export interface ScannedPage {
  image: () => Promise<Pixels>;
  /**
   * The page's box in the units of the document's other pages (a PDF's points), when some pages
   * have text of their own: the recognised lines are scaled onto it, so that type sizes and
   * margins compare across pages. Without it the lines stay in the picture's pixels.
   */
  box?: PageText['box'];
}

/** A page of a document that may mix text pages, scanned pages and pages that failed to parse. */
export type SourcePage = PageText | ScannedPage | null;

/** A line this unsure is a speck, a rule or a seal's rim read as characters, not text. */
const NOISE_CONFIDENCE = 35;

export const SCAN_REFUSALS: Refusals = {
  unreadable: () => readError('no-text-layer', SPECIFIC.scanNoText),
  noText: () => readError('no-text-layer', SPECIFIC.scanNoText),
  undecodable: () => readError('no-text-layer', SPECIFIC.scanNoText),
};

/** Every page a picture (an image file, a scanned PDF or OFD). */
export function readScan(format: Format, pages: (() => Promise<Pixels>)[], engine: OcrEngine, options: ScanOptions = {}): Promise<DocumentText> {
  return readPartlyScanned(format, pages.map((image) => ({ image })), engine, SCAN_REFUSALS, options);
}

/**
 * The scanned pages recognised and put in their place among the others, so that page numbers
 * stay those of the file; the first warning says which pages were recognised and how surely.
 */
export async function readPartlyScanned(
  format: Format,
  pages: SourcePage[],
  engine: OcrEngine,
  refuse: Refusals,
  { signal, onProgress }: ScanOptions = {},
): Promise<DocumentText> {
  const scanned = pages.flatMap((p, i) => (p !== null && 'image' in p ? [{ page: i + 1, ...p }] : []));
  const recognised: OcrPage[] = new Array(scanned.length);
  let done = 0;
  const recognise = async (n: number, language: OcrLanguage) => {
    throwIfAborted(signal);
    const page = greyPage(await scanned[n].image());
    recognised[n] = await engine.recognise(pgm(page), language);
    throwIfAborted(signal);
    onProgress?.({ page: ++done, pages: scanned.length });
  };
  const first = await readFirstPage(scanned[0].image, engine, signal);
  recognised[0] = first.page;
  onProgress?.({ page: ++done, pages: scanned.length });
  const language = first.language;
  await inParallel(scanned.length - 1, engine.parallel, (i) => recognise(i + 1, language));
  const placed = [...pages];
  scanned.forEach(({ page, box }, n) => (placed[page - 1] = toPageText(recognised[n], page, box)));
  const doc = pagesToDocument(format, placed as (PageText | null)[], refuse);
  const confidence = meanConfidence(recognised);
  const numbers = scanned.map((s) => s.page);
  const blank = new Set(numbers.filter((_, n) => kept(recognised[n]).length === 0));
  doc.warnings = [
    {
      code: 'recognised-from-images',
      message:
        scanned.length === pages.length
          ? WARNINGS.recognisedFromImages(pages.length, confidence)
          : WARNINGS.recognisedPages(numbers, confidence),
      page: null,
    },
    ...doc.warnings.filter((w) => !(w.code === 'no-text-layer' && numbers.includes(w.page ?? 0))),
    ...[...blank].map((page) => ({ code: 'no-text-layer', message: WARNINGS.blankScanPage(page), page })),
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
function toPageText(page: OcrPage, number: number, onto: PageText['box'] = [0, 0, page.width, page.height]): PageText {
  const lines = kept(page);
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const [left, bottom, right, top] = onto;
  const sx = (right - left) / page.width;
  const sy = (top - bottom) / page.height;
  return {
    page: number,
    box: onto,
    pieces: lines.map(({ text, box, size: measured }) => {
      const size = measured > LARGER_TYPE * body ? measured : body;
      const y = page.height - (box.y0 + box.y1 + size) / 2;
      return { str: text, x: left + box.x0 * sx, y: bottom + y * sy, width: (box.x1 - box.x0) * sx, size: size * sy };
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
