// npm run bench (its browser part): how long the app takes from choosing a 15-page PDF to the
// full checklist, in headless Chromium on the single-file build opened from file:// — the way
// an offline government PC uses it. Median of several runs; a benchmark, never a test.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { longReportPdf } from './long-report.ts';

const RUNS = 5;
const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-results/bench-app');
const corpus = join(root, '../shared/corpus/dev');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function inputs(): { name: string; path: string }[] {
  mkdirSync(work, { recursive: true });
  const paragraphs = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter((l) => l.trim().length > 20));
  const generated = join(work, 'report-15-pages.pdf');
  writeFileSync(generated, longReportPdf(['关于2023年度法治政府建设情况的报告', ...paragraphs], 15));
  return [
    { name: 'generated 15-page PDF', path: generated },
    { name: 'liangyuan-2021.pdf (13 pages)', path: join(root, '../shared/fixtures/liangyuan-2021.pdf') },
    { name: 'shuangjiang-2023.docx', path: join(root, '../shared/fixtures/shuangjiang-2023.docx') },
  ];
}

execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const single = join(root, 'dist/nianbao-check.html');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const input of inputs()) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(single).href);
    await page.locator('input[type=file]').first().waitFor({ state: 'attached' });
    const t0 = performance.now();
    await page.locator('input[type=file]').first().setInputFiles(input.path);
    await page.waitForFunction(() => document.querySelectorAll('[data-indicator-id][data-status]').length >= 26);
    times.push(performance.now() - t0);
    await page.close();
  }
  console.log(`${input.name.padEnd(32)} file chosen → full checklist: ${median(times).toFixed(0)} ms (median of ${RUNS}; target < 2000 ms)`);
}
await browser.close();
