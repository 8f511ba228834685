// Measures how well readDocument reproduces each fixture's original paragraphs, and how fast.
// Usage: npx tsx scripts/measure-read.ts [fixtures-dir] [originals-dir]
// A paragraph is "intact" when exactly one extracted paragraph equals it, and "contained" when
// it occurs anywhere in the extracted text (both compared with all whitespace removed and
// compatibility characters such as Kangxi radicals folded, which a later stage does for real).

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeReadEnv } from '../src/cli/node-env.ts';
import { readDocument } from '../src/core/read/index.ts';
import { comparable } from '../tests/core/read/comparable.ts';

const fixtures = process.argv[2] ?? '/work/shared/fixtures';
const originals = process.argv[3] ?? '/work/shared/corpus/dev';

const env = await nodeReadEnv();
for (const name of (await readdir(fixtures)).sort()) {
  const base = name.split('.')[0];
  const originalName = name.includes('zh-hant') ? `${base}.zh-hant.txt` : `${base}.txt`;
  const originalDir = name.includes('zh-hant') ? fixtures : originals;
  if (name === originalName) continue;
  const original = await readFile(join(originalDir, originalName), 'utf8').catch(() => null);
  if (original === null) continue;
  const bytes = new Uint8Array(await readFile(join(fixtures, name)));
  const t0 = performance.now();
  const doc = await readDocument({ name, bytes }, env);
  const ms = performance.now() - t0;
  const wanted = original.split(/\r\n|\r|\n/).map(comparable).filter(Boolean);
  const got = doc.paragraphs.map((p) => comparable(doc.text.slice(p.start, p.end)));
  const gotSet = new Set(got);
  const whole = got.join('');
  const intact = wanted.filter((w) => gotSet.has(w)).length;
  const contained = wanted.filter((w) => whole.includes(w)).length;
  const wantedSet = new Set(wanted);
  const extra = got.filter((g) => !wantedSet.has(g));
  const perPage = doc.pages ? ` ${(ms / doc.pages).toFixed(1)} ms/page` : '';
  console.log(
    `${name.padEnd(36)} intact ${intact}/${wanted.length} (${pct(intact, wanted.length)})` +
      `  contained ${contained}/${wanted.length} (${pct(contained, wanted.length)})` +
      `  extra ${extra.length}  ${Math.round(ms)} ms${perPage}`,
  );
  if (process.env.SHOW_MISSING) for (const w of wanted) if (!gotSet.has(w)) console.log('   missing:', w.slice(0, 60));
  if (process.env.SHOW_MISSING) for (const g of extra) console.log('   extra:', g.slice(0, 60));
}

function pct(a: number, b: number): string {
  return `${((100 * a) / b).toFixed(1)}%`;
}
