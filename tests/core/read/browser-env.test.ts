// The browser ReadEnv runs here under Vite's transform (as in the app), so its bundled CMaps
// and pdf.js set-up are exercised without a browser.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/read/index.ts';
import { browserReadEnv, bundledCMaps } from '../../../src/ui/worker/read-env.ts';
import { sharedFixture } from './paths.ts';

describe('browserReadEnv', () => {
  it('bundles the Chinese CMaps and nothing else', () => {
    const names = bundledCMaps();
    for (const name of ['UniGB-UCS2-H', 'Adobe-GB1-UCS2', 'GBK-EUC-H', 'UniCNS-UTF16-H', 'ETen-B5-H', 'Adobe-CNS1-UCS2']) {
      expect(names).toContain(name);
    }
    expect(names.filter((n) => /Japan|JIS|KS|Korea|RKSJ/.test(n))).toEqual([]);
  });

  it('serves CMap bytes from memory and refuses unknown ones', async () => {
    const env = await browserReadEnv();
    const bytes = await env.cmap('UniGB-UCS2-H');
    const onDisk = readFileSync(new URL('../../../node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap', import.meta.url));
    expect(bytes).toEqual(new Uint8Array(onDisk));
    await expect(env.cmap('UniJIS-UCS2-H')).rejects.toThrow();
  });

  it('reads a PDF with a non-embedded CJK font', async () => {
    const bytes = new Uint8Array(readFileSync(sharedFixture('xiegou-2020.cidfont.pdf')));
    const doc = await readDocument({ name: 'x.pdf', bytes }, await browserReadEnv());
    expect(doc.text).toContain('一、工作开展情况及取得的成效');
  });
});
