// Text recognition in the check worker: Tesseract's WebAssembly build and the Chinese language
// data, bundled as data: URLs and decoded in memory — the Content-Security-Policy forbids every
// fetch, and the single file has no other files to fetch from.

import createModule from 'tesseract.js-core/tesseract-core-simd-lstm.js';
import wasm from 'tesseract.js-core/tesseract-core-simd-lstm.wasm?url&inline';
import chiSim from '@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz?url&inline';
import chiTra from '@tesseract.js-data/chi_tra/4.0.0_best_int/chi_tra.traineddata.gz?url&inline';
import type { OcrEngine, OcrLanguage } from '../../core/read/ocr.ts';
import { tesseractEngine, type TesseractParts } from '../../core/read/tesseract-engine.ts';
import { dataUrlBytes } from './read-env.ts';

const LANGUAGES: Record<OcrLanguage, string> = { chi_sim: chiSim, chi_tra: chiTra };

export function browserOcr(): Promise<OcrEngine> {
  return tesseractEngine({
    createModule: createModule as TesseractParts['createModule'],
    wasmBinary: dataUrlBytes(wasm),
    language: async (code) => dataUrlBytes(LANGUAGES[code]),
    gunzip: async (bytes) => new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()),
  });
}
