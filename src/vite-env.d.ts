/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Whether this build carries text recognition for scans (false in the lean single file). */
declare const __NIANBAO_OCR__: boolean;

declare module 'tesseract.js-core/tesseract-core-simd-lstm.js' {
  const createModule: (options: object) => Promise<unknown>;
  export default createModule;
}
