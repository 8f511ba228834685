// ReadEnv for Node (CLI, tests, benchmarks): pdf.js runs in-thread, CMaps come from node_modules,
// and so do Tesseract and its language data, loaded on the first scan.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ReadEnv } from '../core/read/index.ts';
import type { OcrEngine, OcrLanguage } from '../core/read/ocr.ts';
import { loadPdfjsInThread } from '../core/read/pdfjs-in-thread.ts';
import { tesseractEngine, type TesseractParts } from '../core/read/tesseract-engine.ts';

let cached: Promise<ReadEnv> | null = null;

export function nodeReadEnv(): Promise<ReadEnv> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ReadEnv> {
  const pdfjs = await loadPdfjsInThread();
  const cmapDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
  const cache = new Map<string, Promise<Uint8Array>>();
  const cmap = (name: string) => {
    if (!/^[\w.-]+$/.test(name)) return Promise.reject(new Error(`bad CMap name ${name}`));
    if (!cache.has(name)) cache.set(name, readFile(join(cmapDir, `${name}.bcmap`)).then((b) => new Uint8Array(b)));
    return cache.get(name)!;
  };
  return { pdfjs, cmap, ocr: nodeOcr };
}

const require = createRequire(import.meta.url);
let engine: Promise<OcrEngine> | null = null;

/** The SIMD build, LSTM only: every Node this project supports has WebAssembly SIMD. */
export function nodeOcr(): Promise<OcrEngine> {
  engine ??= tesseractEngine({
    createModule: require('tesseract.js-core/tesseract-core-simd-lstm.js') as TesseractParts['createModule'],
    language: async (code: OcrLanguage) => new Uint8Array(await readFile(languageFile(code))),
    gunzip: async (bytes) => new Uint8Array(await promisify(gunzip)(bytes)),
  });
  return engine;
}

/** The integer "best" LSTM model: as accurate as the float one, a tenth of the size. */
function languageFile(code: OcrLanguage): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`);
}
