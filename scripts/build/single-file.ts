// The single-file builds: one HTML file with everything inlined, written as
// dist/nianbao-check.html (or -ocr.html) beside the site. It is built into a scratch folder first because it, too, is an index.html.

import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const SINGLE_FILE_NAME = 'nianbao-check.html';
/** The same with text recognition for scans: Tesseract and its Chinese data make it far larger. */
export const SINGLE_FILE_OCR_NAME = 'nianbao-check-ocr.html';
export const SCRATCH_DIR = 'dist/.single';

export function singleFileOutput(name: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nianbao:single-file-output',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const scratch = resolve(config.root, config.build.outDir);
      const target = resolve(scratch, '..');
      mkdirSync(target, { recursive: true });
      renameSync(join(scratch, 'index.html'), join(target, name));
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
