// The OcrEngine over Tesseract's WebAssembly build (tesseract.js-core), driven in the calling
// thread. The environment hands over the module and the language data: Node reads them from
// node_modules, the app's worker has them bundled. tesseract.js's own wrapper is not used: it
// spawns a worker of its own from a URL and fetches its data by URL, neither of which the app's
// Content-Security-Policy or file:// allow, and its language-bytes option does not initialise.

import type { OcrEngine, OcrLanguage, OcrLine, OcrPage } from './ocr.ts';

/** The few members of the Emscripten module and TessBaseAPI this engine calls. */
export interface TesseractModule {
  FS: { writeFile(path: string, data: Uint8Array | string): void; unlink(path: string): void };
  TessBaseAPI: new () => TessBaseApi;
}

interface TessBaseApi {
  Init(dataPath: string | null, language: string, oem: number): number;
  SetVariable(name: string, value: string): boolean;
  SetImageFile(exifOrientation: number, angle: number): number;
  Recognize(monitor: null): number;
  GetTSVText(page: number): string;
  Clear(): void;
}

export interface TesseractParts {
  /** tesseract.js-core's factory, e.g. tesseract-core-simd-lstm.js. */
  createModule(options: { wasmBinary?: Uint8Array | ArrayBuffer; print(): void; printErr(): void }): Promise<TesseractModule>;
  /** The .wasm, where the module cannot find it by itself (a bundle, a single file). */
  wasmBinary?: Uint8Array;
  /** The LSTM traineddata of a language, gzipped or not. */
  language(code: OcrLanguage): Promise<Uint8Array>;
  /** Gunzips traineddata (the platform's zlib). */
  gunzip(bytes: Uint8Array): Promise<Uint8Array>;
}

const LSTM_ONLY = 1;

/** One module, one initialised API per language, one page at a time (Recognize blocks). */
export async function tesseractEngine(parts: TesseractParts): Promise<OcrEngine> {
  const module = await parts.createModule({ wasmBinary: parts.wasmBinary, print: () => {}, printErr: () => {} });
  const apis = new Map<OcrLanguage, Promise<TessBaseApi>>();
  const api = (language: OcrLanguage) => {
    if (!apis.has(language)) apis.set(language, initialise(module, parts, language));
    return apis.get(language)!;
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    parallel: 1,
    recognise(image, language) {
      const run = queue.then(async () => recognise(module, await api(language), image));
      queue = run.catch(() => {});
      return run;
    },
  };
}

async function initialise(module: TesseractModule, parts: TesseractParts, language: OcrLanguage): Promise<TessBaseApi> {
  let data = await parts.language(language);
  if (data[0] === 0x1f && data[1] === 0x8b) data = await parts.gunzip(data);
  module.FS.writeFile(`/${language}.traineddata`, data);
  const api = new module.TessBaseAPI();
  if (api.Init(null, language, LSTM_ONLY) !== 0) throw new Error(`Tesseract could not load ${language}`);
  // Chinese has no spaces between words; without this Tesseract puts one between characters.
  api.SetVariable('preserve_interword_spaces', '1');
  return api;
}

function recognise(module: TesseractModule, api: TessBaseApi, image: Uint8Array): OcrPage {
  // The binding reads the page from this fixed path.
  module.FS.writeFile('/input', image);
  try {
    if (api.SetImageFile(1, 0) !== 0) throw new Error('Tesseract could not read the page image');
    api.Recognize(null);
    return fromTsv(api.GetTSVText(0));
  } finally {
    api.Clear();
    module.FS.unlink('/input');
  }
}

/** TSV rows: level, page, block, paragraph, line, word, left, top, width, height, conf, text.
 *  Level 1 is the page; level 5 the words, which make up their line. */
export function fromTsv(tsv: string): OcrPage {
  const page: OcrPage = { width: 0, height: 0, lines: [] };
  const lines = new Map<string, { words: { text: string; confidence: number }[]; box: OcrLine['box'] }>();
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = cells.slice(0, 11).map(Number);
    const text = cells.slice(11).join('\t');
    const box = { x0: left, y0: top, x1: left + width, y1: top + height };
    if (level === 1) Object.assign(page, { width, height });
    const key = `${block}.${par}.${line}`;
    if (level === 4) lines.set(key, { words: [], box });
    if (level === 5 && text.trim() !== '') lines.get(key)?.words.push({ text, confidence: conf });
  }
  for (const { words, box } of lines.values()) {
    if (words.length === 0) continue;
    const chars = words.reduce((n, w) => n + w.text.length, 0);
    const confidence = words.reduce((sum, w) => sum + w.confidence * w.text.length, 0) / chars;
    page.lines.push({ text: joinWords(words.map((w) => w.text)), confidence, box });
  }
  return page;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’、—…·]/u;

/** A space is kept only between two Latin words or numbers; next to Chinese it is an artefact. */
function joinWords(words: string[]): string {
  return words.reduce((text, word) => (text === '' ? word : CJK.test(text.at(-1)!) || CJK.test(word[0]) ? text + word : `${text} ${word}`), '');
}
