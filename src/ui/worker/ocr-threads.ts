// The check worker's text recognition: a pool of OCR workers, one per core (at most four: each
// holds Tesseract and its models, some 100 MB), started when the first scan arrives. A scan
// takes seconds a page, so the page's own thread is not spared a core as the batch pool is.

import { ocrPool, type OcrThread } from '../../core/read/ocr-pool.ts';
import type { OcrEngine } from '../../core/read/ocr.ts';
import OcrWorker from './ocr.worker.ts?worker';

export function ocrThreads(cores = navigator.hardwareConcurrency): OcrEngine {
  const count = Math.min(4, Math.max(1, cores || 1));
  return ocrPool(Array.from({ length: count }, thread));
}

function thread(): OcrThread {
  const worker = new OcrWorker();
  return {
    post: (request) => worker.postMessage(request),
    onAnswer: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
  };
}
