// ReadEnv for Node (CLI, tests, benchmarks): pdf.js runs in-thread, CMaps come from node_modules.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReadEnv } from '../core/read/index.ts';
import { loadPdfjsInThread } from '../core/read/pdfjs-in-thread.ts';

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
  return { pdfjs, cmap };
}
