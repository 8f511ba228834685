// ReadEnv for the browser, used inside our Web Worker. Everything pdf.js needs is bundled: the
// app must work offline and from file://, so nothing is fetched at run time.

import type { ReadEnv } from '../../core/read/index.ts';
import type { OcrEngine } from '../../core/read/ocr.ts';
import { loadPdfjsInThread } from '../../core/read/pdfjs-in-thread.ts';

// Only the Chinese CMaps (about 800 KB): other scripts are out of scope, and every byte here
// ends up in the single-file build. Each is a base64 data URL, decoded on first use.
const CMAPS = import.meta.glob<string>(
  '/node_modules/pdfjs-dist/cmaps/{UniGB,GB,UniCNS,B5,ETen,ETHK,HK,CNS,Adobe-GB1,Adobe-CNS1}*.bcmap',
  { query: '?url&inline', import: 'default' },
);

let cached: Promise<ReadEnv> | null = null;

export function browserReadEnv(): Promise<ReadEnv> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ReadEnv> {
  return { pdfjs: await loadPdfjsInThread(), cmap, ...(__NIANBAO_OCR__ ? { ocr } : {}) };
}

let engine: Promise<OcrEngine> | null = null;

/** Tesseract and its language data live in OCR workers started when the first scan arrives;
 *  the lean single file (__NIANBAO_OCR__ false) leaves them out altogether. */
function ocr(): Promise<OcrEngine> {
  engine ??= import('./ocr-threads.ts').then((m) => m.ocrThreads());
  return engine;
}

const decoded = new Map<string, Promise<Uint8Array>>();

function cmap(name: string): Promise<Uint8Array> {
  const load = CMAPS[`/node_modules/pdfjs-dist/cmaps/${name}.bcmap`];
  if (!load) return Promise.reject(new Error(`CMap ${name} is not bundled`));
  if (!decoded.has(name)) decoded.set(name, load().then(dataUrlBytes));
  return decoded.get(name)!;
}

export function dataUrlBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** For tests: the CMap names this build carries. */
export const bundledCMaps = () => Object.keys(CMAPS).map((path) => path.replace(/^.*\/|\.bcmap$/g, ''));
