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
 *  Level 1 is the page, level 4 a line, level 5 the words that make it up. */
export function fromTsv(tsv: string): OcrPage {
  const page: OcrPage = { width: 0, height: 0, lines: [] };
  const lines = new Map<string, Word[]>();
  for (const row of tsv.split('\n')) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf] = cells.slice(0, 11).map(Number);
    const text = cells.slice(11).join('\t').trim();
    if (level === 1) Object.assign(page, { width, height });
    const key = `${block}.${par}.${line}`;
    if (level === 4) lines.set(key, []);
    if (level === 5 && text !== '' && !isSpeck(text, conf)) {
      lines.get(key)?.push({ text, confidence: conf, box: { x0: left, y0: top, x1: left + width, y1: top + height } });
    }
  }
  for (const words of lines.values()) if (words.length > 0) page.lines.push(toLine(words));
  return page;
}

interface Word {
  text: string;
  confidence: number;
  box: OcrLine['box'];
}

/** Scanner dust is read as a stray comma or quote, and the recogniser knows it is unsure. */
const SPECK_CONFIDENCE = 50;

function isSpeck(text: string, confidence: number): boolean {
  return confidence < SPECK_CONFIDENCE && /^[\p{P}\p{S}]+$/u.test(text);
}

/** The line's box is its words' (a speck read as nothing still stretches Tesseract's own), and its
 *  size their median height: one tall quote mark does not make the type larger. */
function toLine(words: Word[]): OcrLine {
  const chars = words.reduce((n, w) => n + w.text.length, 0);
  const heights = words.map((w) => w.box.y1 - w.box.y0).sort((a, b) => a - b);
  return {
    text: joinWords(words.map((w) => w.text)),
    confidence: words.reduce((sum, w) => sum + w.confidence * w.text.length, 0) / chars,
    box: {
      x0: Math.min(...words.map((w) => w.box.x0)),
      y0: Math.min(...words.map((w) => w.box.y0)),
      x1: Math.max(...words.map((w) => w.box.x1)),
      y1: Math.max(...words.map((w) => w.box.y1)),
    },
    size: heights[Math.floor(heights.length / 2)],
  };
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’、—…·]/u;

/** A space is kept only between two Latin words or numbers; next to Chinese it is an artefact. */
function joinWords(words: string[]): string {
  return words.reduce((text, word) => (text === '' ? word : CJK.test(text.at(-1)!) || CJK.test(word[0]) ? text + word : `${text} ${word}`), '');
}
