// pdf.js run in the current thread, for Node and for our own Web Worker alike: with its worker
// module on globalThis, pdf.js uses an in-thread "fake worker" instead of spawning one from a
// URL — which would need a fetch, impossible offline and under file://.

import './polyfills.ts';
import type { PdfJsModule } from './pdf.ts';

export async function loadPdfjsInThread(): Promise<PdfJsModule> {
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
