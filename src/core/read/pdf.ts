// PDF → paragraphs via pdf.js. pdf.js itself comes from the ReadEnv (Node and the browser load
// it differently); this module only drives it and turns its failures into ReadErrors.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ReadError, type DocumentText } from '../document.ts';
import { throwIfAborted } from './cancel.ts';
import { readError, SPECIFIC } from './messages.ts';
import type { PageText, TextPiece } from './pdf-lines.ts';
import { MAX_IMAGE_PIXELS, MAX_SCAN_PAGES } from './limits.ts';
import type { OcrLoader } from './ocr.ts';
import { hasText, pagesToDocument, type Refusals } from './positioned-pages.ts';
import { readPartlyScanned, SCAN_REFUSALS, type SourcePage } from './scan.ts';
import type { Pixels } from './scan-pixels.ts';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

export interface PdfEnv {
  pdfjs: PdfJsModule;
  cmap(name: string): Promise<Uint8Array>;
  ocr?: OcrLoader;
}

export interface PdfOptions {
  signal?: AbortSignal;
  onProgress?: (p: { page: number; pages: number }) => void;
}

type PdfDocument = Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>;

const PDF_REFUSALS: Refusals = {
  unreadable: () => readError('corrupt-pdf'),
  noText: () => readError('no-text-layer'),
  undecodable: () => readError('no-text-layer', SPECIFIC.undecodableFont),
};

export async function readPdf(bytes: Uint8Array, env: PdfEnv, options: PdfOptions = {}): Promise<DocumentText> {
  const doc = await openPdf(bytes, env, options.signal);
  try {
    const pages = await extractPages(doc, options);
    if (env.ocr && pages.some((p) => p !== null && !hasText(p))) return await readScannedPages(doc, pages, env, options);
    return pagesToDocument('pdf', pages, PDF_REFUSALS);
  } finally {
    void doc.loadingTask.destroy();
  }
}

async function openPdf(bytes: Uint8Array, env: PdfEnv, signal?: AbortSignal): Promise<PdfDocument> {
  throwIfAborted(signal);
  const task = env.pdfjs.getDocument({
    // pdf.js transfers the buffer to its worker, so it gets a copy; a plain Uint8Array, since
    // in Node it refuses a Buffer (which is what fs.readFile returns).
    data: new Uint8Array(bytes),
    // Eval-based font rendering was CVE-2024-4367; pdf.js 6 no longer has it, but stay explicit.
    isEvalSupported: false,
    // CMaps come from memory (see cmapFactory): fetching breaks under file:// and offline.
    useWorkerFetch: false,
    BinaryDataFactory: cmapFactory(env.cmap),
    // Only text is needed: no font loading, no canvas, no renderer worker.
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    // An image bomb in a scan is skipped by pdf.js before it is decoded (its page is blank).
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: 0,
  } as Parameters<PdfJsModule['getDocument']>[0]);
  const abort = () => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await task.promise;
  } catch (error) {
    throwIfAborted(signal);
    throw openFailure(error);
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

function openFailure(error: unknown): ReadError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return readError('encrypted-pdf');
  return readError('corrupt-pdf');
}

/**
 * pdf.js asks its BinaryDataFactory for CMaps by file name. Only CMaps are served: standard
 * font files are not needed to extract text, and refusing them just makes pdf.js fall back.
 */
function cmapFactory(cmap: PdfEnv['cmap']) {
  return class MemoryBinaryDataFactory {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      if (kind !== 'cMapUrl') throw new Error(`${kind} is not bundled`);
      return cmap(filename.replace(/\.bcmap$/, ''));
    }
  };
}

async function extractPages(doc: PdfDocument, { signal, onProgress }: PdfOptions): Promise<(PageText | null)[]> {
  const pages: (PageText | null)[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    throwIfAborted(signal);
    pages.push(await pageText(doc, n));
    onProgress?.({ page: n, pages: doc.numPages });
  }
  throwIfAborted(signal);
  return pages;
}

/** null when the page cannot be parsed; the rest of the document is still worth checking. */
async function pageText(doc: PdfDocument, n: number): Promise<PageText | null> {
  try {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    const [left, bottom, right, top] = page.view;
    return { page: n, box: [left, bottom, right, top], pieces: toPieces(content.items) };
  } catch {
    return null;
  }
}

function toPieces(items: unknown[]): TextPiece[] {
  const text = items.filter((i): i is TextItem => typeof (i as TextItem).str === 'string');
  const pieces = text.map((item) => {
    const [a, b, c, d, x, y] = item.transform as number[];
    return { str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height, upright: b === 0 && c === 0 && a > 0 };
  });
  // Diagonal watermarks and rotated stamps would interleave with the body text.
  const upright = pieces.filter((p) => p.upright);
  const kept = upright.some((p) => p.str.trim() !== '') ? upright : pieces;
  return kept.map(({ str, x, y, width, size }) => ({ str, x, y, width, size }));
}

/**
 * Pages without text are scans: each one's largest picture is the scanned sheet. In a file that
 * is all scans the lines stay in pixels, as for an image file; among text pages they are scaled
 * onto the page, in points like the text around them.
 */
async function readScannedPages(doc: PdfDocument, pages: (PageText | null)[], env: PdfEnv, options: PdfOptions): Promise<DocumentText> {
  const scans = pages.filter((p) => p !== null && !hasText(p)).length;
  if (scans > MAX_SCAN_PAGES) throw readError('no-text-layer', SPECIFIC.tooManyScanPages);
  const mixed = pages.some((p) => p !== null && hasText(p));
  const engine = await env.ocr!();
  const source: SourcePage[] = pages.map((p) =>
    p === null || hasText(p) ? p : { image: () => pageImage(doc, p.page, env.pdfjs.OPS), box: mixed ? p.box : undefined },
  );
  return readPartlyScanned('pdf', source, engine, mixed ? PDF_REFUSALS : SCAN_REFUSALS, options);
}

interface PdfImage {
  width: number;
  height: number;
  /** pdf.js ImageKind: 1 one bit a pixel (rows padded to bytes, 1 white), 2 RGB, 3 RGBA. */
  kind: 1 | 2 | 3;
  data: Uint8Array | Uint8ClampedArray;
}

async function pageImage(doc: PdfDocument, n: number, OPS: PdfJsModule['OPS']): Promise<Pixels> {
  const page = await doc.getPage(n);
  const list = await page.getOperatorList();
  const images: (PdfImage | Promise<PdfImage>)[] = [];
  list.fnArray.forEach((fn, i) => {
    const arg = list.argsArray[i]?.[0] as string | PdfImage | undefined;
    if (fn === OPS.paintInlineImageXObject && typeof arg === 'object') images.push(arg);
    if (fn !== OPS.paintImageXObject || typeof arg !== 'string') return;
    const objs = arg.startsWith('g_') ? page.commonObjs : page.objs;
    // A picture that takes longer to decode (a Flate image with a soft mask) arrives after the
    // operator list: wait for it, as the renderer does.
    images.push(new Promise((resolve) => objs.get(arg, resolve)));
  });
  const decoded = await Promise.all(images);
  page.cleanup();
  const sheet = decoded.filter((im) => im?.data).sort((a, b) => b.width * b.height - a.width * a.height)[0];
  return sheet ? toPixels(sheet) : { width: 1, height: 1, channels: 1, data: new Uint8Array([255]) };
}

function toPixels({ width, height, kind, data }: PdfImage): Pixels {
  if (kind === 2) return { width, height, channels: 3, data };
  if (kind === 3) return { width, height, channels: 4, data };
  const grey = new Uint8Array(width * height);
  const rowBytes = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) grey[y * width + x] = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
  }
  return { width, height, channels: 1, data: grey };
}
