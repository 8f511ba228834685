// npm run bench (OCR part): seconds of text recognition per scanned page, and a 6-page scanned
// report end to end (read, recognise, check) through the same path as the CLI. The pages are a
// dev report drawn by Chromium as tests/corpus/scans.test.ts draws them (A4 at about 190 dpi,
// rotated, specked, a red seal). A benchmark, never a test: medians, nothing asserted.
//   npx tsx scripts/bench-ocr.ts

import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeOcr, nodeReadEnv } from '../src/cli/node-env.ts';
import { checkDocument } from '../src/core/check.ts';
import { readDocument } from '../src/core/read/index.ts';
import { loadRuleSet } from '../src/core/rules/load.ts';
import { decodeImage, greyPage, pgm } from '../src/core/read/scan-pixels.ts';
import { scanPages, scanPdf, withChromium } from '../tests/fixtures/build-scans.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const rules = loadRuleSet(readFileSync(join(root, 'rules/annual-report.yaml'), 'utf8'), 'annual-report.yaml');
const paragraphs = readFileSync(join(root, '../shared/corpus/dev/liangyuan-2021.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '');
const SCAN = { rotate: 0.6, noise: 0.0008, seal: true };

const { pngs, pdf } = await withChromium(async (browser) => {
  const pngs = (await scanPages(browser, paragraphs, SCAN, 'png')).slice(0, 6);
  const jpegs = (await scanPages(browser, paragraphs, SCAN, 'jpeg')).slice(0, 6);
  return { pngs, pdf: await scanPdf(browser, jpegs) };
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => (ms / 1000).toFixed(2);

const engine = await nodeOcr();
// The first page starts a thread and loads a model: not a page's cost.
{
  const [pixels] = await decodeImage('png', pngs[0]);
  await engine.recognise(pgm(greyPage(pixels)), 'chi_sim');
}

/** CPU seconds of the whole process (all threads): what the work costs, however loaded the
 *  machine is; wall time on a busy machine is mostly waiting for a core. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

let t0 = 0;
let c0 = 0;
const perPage: number[] = [];
const perPageCpu: number[] = [];
for (const png of pngs) {
  const [pixels] = await decodeImage('png', png);
  const image = pgm(greyPage(pixels));
  t0 = performance.now();
  c0 = cpu();
  await engine.recognise(image, 'chi_sim');
  perPage.push(performance.now() - t0);
  perPageCpu.push(cpu() - c0);
}

const env = await nodeReadEnv();
const endToEnd: number[] = [];
const endToEndCpu: number[] = [];
let pages = 0;
let confidence = '';
for (let run = 0; run < 3; run++) {
  t0 = performance.now();
  c0 = cpu();
  const doc = await readDocument({ name: 'scan.pdf', bytes: pdf }, env);
  const report = checkDocument(doc, rules, { file: 'scan.pdf' });
  endToEnd.push(performance.now() - t0);
  endToEndCpu.push(cpu() - c0);
  pages = doc.pages ?? 0;
  confidence = report.findings.find((f) => f.code === 'recognised-from-images')?.message.match(/平均置信度 (\d+)%/u)?.[1] ?? '?';
}

console.log(`\nOCR (Tesseract simd-lstm, chi_sim/chi_tra best_int; ${engine.parallel} threads; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
console.log(`  one page at a time, A4 ~190 dpi:   ${seconds(median(perPage))} s a page, CPU ${seconds(median(perPageCpu))} s (median of ${perPage.length}; ${perPage.map(seconds).join(', ')})`);
console.log(`  ${pages}-page scanned PDF end to end:  ${seconds(median(endToEnd))} s, ${seconds(median(endToEnd) / pages)} s a page, CPU ${seconds(median(endToEndCpu) / pages)} s a page (median of ${endToEnd.length}; pages in parallel; mean confidence ${confidence} %)`);
console.log('  (end to end reads page 1 with both models to choose Simplified or Traditional: one page more)');
