// PDF → paragraphs via pdf.js. pdf.js itself comes from the ReadEnv (Node and the browser load
// it differently); this module only drives it and turns its failures into ReadErrors.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ReadError, type DocumentText } from '../document.ts';
import { throwIfAborted } from './cancel.ts';
import { readError, SPECIFIC } from './messages.ts';
import type { PageText, TextPiece } from './pdf-lines.ts';
import { pagesToDocument, type Refusals } from './positioned-pages.ts';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

export interface PdfEnv {
  pdfjs: PdfJsModule;
  cmap(name: string): Promise<Uint8Array>;
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
