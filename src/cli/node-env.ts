// ReadEnv for Node (CLI, tests, benchmarks): pdf.js runs in-thread, CMaps come from node_modules,
// and so do Tesseract and its language data, loaded on the first scan.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { gunzip } from 'node:zlib';
import type { ReadEnv } from '../core/read/index.ts';
import type { OcrEngine, OcrLanguage } from '../core/read/ocr.ts';
import { ocrPool, type OcrAnswer, type OcrThread } from '../core/read/ocr-pool.ts';
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

/** Pages are recognised in parallel, one engine per core (at most four, each holds its models),
 *  each in a worker thread. */
export function nodeOcr(): Promise<OcrEngine> {
  engine ??= Promise.resolve(ocrPool(Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, thread)));
  return engine;
}

/** A thread left idle this long ends (the process could not exit while it lives); the next page
 *  starts another. */
const IDLE_MS = 1000;

/** A worker thread started on the first page it is given. One that dies answers its page with
 *  the error, so a read never waits for it. */
function thread(): OcrThread {
  let worker: Worker | null = null;
  let current = -1;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let listener: (answer: OcrAnswer) => void = () => {};
  const start = () => {
    const started = spawn();
    started.on('message', (answer: OcrAnswer) => {
      idle = setTimeout(() => void started.terminate(), IDLE_MS);
      listener(answer);
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
    });
    started.on('error', (error) => listener({ id: current, error: String(error) }));
    return started;
  };
  return {
    post(request) {
      clearTimeout(idle);
      current = request.id;
      (worker ??= start()).postMessage(request);
    },
    onAnswer(next) {
      listener = next;
    },
  };
}

/** The thread's module is TypeScript, as the CLI is: the thread loads it through tsx too. */
function spawn(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const module = new URL('./ocr-thread.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(module)}, ${JSON.stringify(module)}))`, { eval: true });
}

let own: Promise<OcrEngine> | null = null;

/** The engine of one thread: the SIMD build, LSTM only (every supported Node has WebAssembly SIMD). */
export function threadOcr(): Promise<OcrEngine> {
  own ??= tesseractEngine({
    createModule: require('tesseract.js-core/tesseract-core-simd-lstm.js') as TesseractParts['createModule'],
    language: async (code: OcrLanguage) => new Uint8Array(await readFile(languageFile(code))),
    gunzip: async (bytes) => new Uint8Array(await promisify(gunzip)(bytes)),
  });
  return own;
}

/** The integer "best" LSTM model: as accurate as the float one, a tenth of the size. */
function languageFile(code: OcrLanguage): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`);
}
