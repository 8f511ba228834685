// Optical character recognition as the core sees it: a capability the environment passes in
// (ReadEnv.ocr), so that the recogniser — megabytes of WebAssembly and language data — is
// loaded only when a scan arrives, and from wherever this environment keeps it.

/** The two scripts reports are written in; the matching view folds Traditional to Simplified. */
export type OcrLanguage = 'chi_sim' | 'chi_tra';

export interface OcrLine {
  text: string;
  /** 0–100, the recogniser's own estimate. */
  confidence: number;
  /** Pixels of the page image, y growing downwards. */
  box: { x0: number; y0: number; x1: number; y1: number };
  /** The height of its characters, the type size in pixels. */
  size: number;
}

export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
}

export interface OcrEngine {
  /** How many pages it recognises at once; the reader keeps that many in flight. */
  readonly parallel: number;
  /** `image` is a grey PGM (see scan-pixels.ts). */
  recognise(image: Uint8Array, language: OcrLanguage): Promise<OcrPage>;
}

/** Loads the engine on first use; later calls get the same one. */
export type OcrLoader = () => Promise<OcrEngine>;
