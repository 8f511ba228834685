import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cfbExports } from './scripts/build/cfb-exports.ts';
import { contentSecurityPolicy } from './scripts/build/csp.ts';
import { webManifest } from './scripts/build/pwa.ts';
import { serviceWorker } from './scripts/build/service-worker.ts';
import { SCRATCH_DIR, SINGLE_FILE_NAME, SINGLE_FILE_OCR_NAME, singleFileOutput } from './scripts/build/single-file.ts';

// `vite build` makes the installable offline site in dist/; `vite build --mode singlefile`
// then adds dist/nianbao-check.html, the same app as one self-contained file, without text
// recognition; `--mode singlefile-ocr` adds dist/nianbao-check-ocr.html, with it.
export default defineConfig(({ mode }) => {
  const singleFile = mode === 'singlefile' || mode === 'singlefile-ocr';
  const ocr = mode !== 'singlefile';
  return {
    base: './',
    define: { __NIANBAO_OCR__: JSON.stringify(ocr) },
    plugins: [
      svelte(),
      cfbExports(),
      contentSecurityPolicy(singleFile, ocr),
      ...(singleFile ? [viteSingleFile({ removeViteModuleLoader: true }), singleFileOutput(ocr ? SINGLE_FILE_OCR_NAME : SINGLE_FILE_NAME)] : [webManifest(), serviceWorker()]),
    ],
    resolve: {
      // In one file the worker cannot be a file of its own: inline it and start it from a blob.
      alias: singleFile ? [{ find: /^(.*\.worker\.ts)\?worker$/, replacement: '$1?worker&inline' }] : [],
    },
    publicDir: singleFile ? false : 'public',
    build: {
      target: ['chrome109'],
      outDir: singleFile ? SCRATCH_DIR : 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
    },
    // The site's worker is a module that loads pdf.js on demand. From file:// Chromium refuses
    // module workers made from blob: URLs, so the single file's worker is one classic script.
    worker: singleFile
      ? { format: 'iife' as const, plugins: () => [cfbExports()], rolldownOptions: { output: { codeSplitting: false } } }
      : { format: 'es' as const, plugins: () => [cfbExports()] },
    test: {
      testTimeout: 30_000,
      projects: [
        // Some tests start the CLI (tsx compiling it) several times: on a loaded machine that is
        // a minute or more, which must not turn the run red. Speed is the benchmark's business.
        { extends: true, test: { name: 'core', include: ['tests/**/*.test.ts'], exclude: ['tests/ui/**'], testTimeout: 180_000 } },
        // Browser tests build the app once (tests/ui/global-setup.ts) and drive Chromium; the
        // setup only runs when a browser test is selected.
        {
          extends: true,
          // expect.poll gives up after 1 s by default: too soon for a worker's check on a busy machine.
          test: {
            name: 'ui',
            include: ['tests/ui/**/*.test.ts'],
            globalSetup: ['tests/ui/global-setup.ts'],
            testTimeout: 120_000,
            hookTimeout: 120_000,
            expect: { poll: { timeout: 30_000 } },
          },
        },
      ],
    },
  };
});
