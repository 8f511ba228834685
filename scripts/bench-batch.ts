// npm run bench:batch [REPORTS]: the batch view at scale. Builds the site, serves it locally,
// and feeds generated PDF reports of 15 pages each (100 unless REPORTS or BENCH_REPORTS says
// otherwise; `npm run bench` asks for 1000) into the batch view of a headless Chromium,
// measuring reports per minute, the page's peak JS heap (main thread, where the kept results
// live) and the longest gap between animation frames while rows arrive and on a sort, i.e.
// whether the page stayed responsive.
// A benchmark, never a test: figures vary with the machine and nothing here fails a build.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { poolSize } from '../src/ui/worker/pool-size.ts';
import { longReportPdf } from './long-report.ts';
import { warnWithoutCjkFont } from './cjk-font.ts';

const REPORTS = Number(process.argv[2] ?? process.env.BENCH_REPORTS ?? 100);
const PAGES = 15;

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-results/bench-batch');
const site = join(work, 'site');
const inputs = join(work, 'reports');
const corpus = join(root, '../shared/corpus/dev');

/** A small deterministic generator, so that every run checks the same 100 reports. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function generate(): string[] {
  rmSync(inputs, { recursive: true, force: true });
  mkdirSync(inputs, { recursive: true });
  const paragraphs = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter((l) => l.trim().length > 20));
  const next = random(2024);
  return Array.from({ length: REPORTS }, (_, i) => {
    const year = 2019 + (i % 6);
    const title = `第${i + 1}县关于${year}年度法治政府建设情况的报告`;
    const path = join(inputs, `report-${String(i + 1).padStart(3, '0')}.pdf`);
    writeFileSync(path, longReportPdf([title, ...shuffled(paragraphs, next)], PAGES, title));
    return path;
  });
}

function build(): void {
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', site], { cwd: root, stdio: 'inherit' });
}

function serve(dir: string) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
  });
  return new Promise<typeof server>((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

warnWithoutCjkFont();
console.error(`generating ${REPORTS} reports of ${PAGES} pages…`);
const files = generate();
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
console.error('building the site…');
build();
const server = await serve(site);
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  };

  await page.goto(url);
  await page.locator('details.rules summary .name').waitFor();
  await page.getByRole('tab', { name: '批量审阅' }).click();
  const pool = poolSize(await page.evaluate(() => navigator.hardwareConcurrency));
  // The heartbeat: every animation frame records the gap since the previous one.
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`{
    let last = performance.now();
    window.maxGap = 0;
    window.gaps = [];
    window.gapsAt = [];
    const beat = (now) => {
      window.maxGap = Math.max(window.maxGap, now - last);
      window.gaps.push(now - last);
      window.gapsAt.push(now);
      last = now;
      requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
  }`);

  const before = await heap();
  let peak = before;
  const t0 = performance.now();
  // Chromium taking a thousand files from the input is one long frame of its own (about 0.5 s
  // with nothing but an input on the page): counted apart. "While rows arrive" starts two frames
  // after the input's change event, so it holds the matrix's first appearance.
  await page.evaluate(`document.querySelector('#batch-files').addEventListener('change', () =>
    requestAnimationFrame(() => requestAnimationFrame(() => { window.rowsFrom = performance.now(); })), { once: true })`);
  await page.locator('#batch-files').setInputFiles(files);
  const done = page.locator(`[data-done="${REPORTS}"]`);
  while (!(await done.count())) {
    peak = Math.max(peak, await heap());
    await new Promise((r) => setTimeout(r, 200));
  }
  const seconds = (performance.now() - t0) / 1000;
  peak = Math.max(peak, await heap());
  const frames = await page.evaluate(() => {
    const { maxGap, gaps: all, gapsAt, rowsFrom } = window as unknown as { maxGap: number; gaps: number[]; gapsAt: number[]; rowsFrom: number };
    const gaps = all.filter((_, i) => gapsAt[i] > rowsFrom);
    const sorted = [...gaps].sort((a, b) => a - b);
    return { maxGap, rowsGap: sorted.at(-1) ?? 0, p99: sorted[Math.floor(sorted.length * 0.99)], over100: gaps.filter((g) => g > 100).length, count: gaps.length };
  });

  // How quickly the full matrix answers a sort (and the longest frame meanwhile), and what the
  // kept results weigh once collected.
  await page.evaluate(() => Object.assign(window, { maxGap: 0 }));
  const s0 = performance.now();
  await page.locator('thead th[data-column="year"] button').click();
  await page.locator('thead th[data-column="year"][aria-sort="ascending"]').waitFor();
  const sortMs = performance.now() - s0;
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const sortGap = await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap);
  await cdp.send('HeapProfiler.collectGarbage');
  const retained = await heap();
  const rows = Number(await page.locator('[data-done]').getAttribute('data-done'));
  const rendered = await page.locator('table.matrix tbody tr[data-file]').count();

  console.log(`batch of ${REPORTS} PDF reports × ${PAGES} pages (${mib(bytes)} in all), pool of ${pool} workers`);
  console.log(`rows in the matrix:        ${rows} (${rendered} of them in the DOM)`);
  console.log(`wall time:                 ${seconds.toFixed(1)} s`);
  console.log(`throughput:                ${((REPORTS / seconds) * 60).toFixed(0)} reports/minute`);
  console.log(`page JS heap:              ${mib(before)} before, ${mib(peak)} peak, ${mib(retained)} after GC with all results kept`);
  console.log(`animation frames:          longest gap ${frames.maxGap.toFixed(0)} ms in all (choosing the files included)`);
  console.log(`  while rows arrive:       longest gap ${frames.rowsGap.toFixed(0)} ms, 99th percentile ${frames.p99.toFixed(0)} ms, ${frames.over100} of ${frames.count} over 100 ms`);
  console.log(`sort of the full matrix:   ${sortMs.toFixed(0)} ms (click to aria-sort), longest frame gap ${sortGap.toFixed(0)} ms`);
} finally {
  await browser.close();
  server.close();
}
