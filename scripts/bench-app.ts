// npm run bench (its browser part): how long the app takes from choosing a file to the full
// checklist, against the library alone reading the same file — pdf.js extracting every page's
// text, mammoth converting the .docx — in the same headless Chromium, in the same run. Both are
// opened from file:// on a fresh page each time (the app as its single-file build, the way an
// offline government PC uses it), given a second to settle, then timed from choosing the file.
// Runs of the app and of the library alternate, so they share the machine's load; the ratio is
// of the medians. A benchmark, never a test.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { warnWithoutCjkFont } from './cjk-font.ts';

const RUNS = 5;
const SETTLE_MS = 1000;
const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-results/bench-app');
const fixtures = join(root, '../shared/fixtures');
const modules = pathToFileURL(join(root, 'node_modules')).href;

const INPUTS = [
  { name: 'liangyuan-2021.pdf (13 pages)', file: 'liangyuan-2021.pdf', library: 'pdf.js' },
  { name: 'shuangjiang zh-hant.pdf (6 pages)', file: 'shuangjiang-2023.zh-hant.pdf', library: 'pdf.js' },
  { name: 'xiegou cidfont.pdf (7 pages, CMaps)', file: 'xiegou-2020.cidfont.pdf', library: 'pdf.js' },
  { name: 'liangyuan-2021.docx', file: 'liangyuan-2021.docx', library: 'mammoth' },
] as const;

// The libraries as their documentation uses them: pdf.js with its own worker and packed CMaps,
// mammoth's browser build. The app bundles the same versions.
const BASELINE = `<!doctype html><meta charset="utf-8"><input type="file">
<script src="${modules}/mammoth/mammoth.browser.min.js"></script>
<script type="module">
  import * as pdfjs from '${modules}/pdfjs-dist/legacy/build/pdf.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = '${modules}/pdfjs-dist/legacy/build/pdf.worker.mjs';
  const input = document.querySelector('input');
  async function pdfText(data) {
    const doc = await pdfjs.getDocument({ data, cMapUrl: '${modules}/pdfjs-dist/cmaps/', cMapPacked: true }).promise;
    for (let i = 1; i <= doc.numPages; i++) await (await doc.getPage(i)).getTextContent();
  }
  input.onchange = async () => {
    const file = input.files[0];
    const data = await file.arrayBuffer();
    if (file.name.endsWith('.docx')) await mammoth.convertToHtml({ arrayBuffer: data });
    else await pdfText(new Uint8Array(data));
    document.body.dataset.done = 'yes';
  };
  document.body.dataset.ready = 'yes';
</script>`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timed(browser: Browser, url: string, ready: string, path: string, done: () => boolean): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator(ready).waitFor({ state: 'attached' });
  await page.waitForTimeout(SETTLE_MS);
  const t0 = performance.now();
  await page.locator('input[type=file]').first().setInputFiles(path);
  await page.waitForFunction(done, undefined, { polling: 'raf', timeout: 60_000 });
  const ms = performance.now() - t0;
  await page.close();
  return ms;
}

warnWithoutCjkFont();
execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
mkdirSync(work, { recursive: true });
const baseline = join(work, 'baseline.html');
writeFileSync(baseline, BASELINE);
const app = pathToFileURL(join(root, 'dist/nianbao-check.html')).href;

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const launch = (args: string[]) => chromium.launch({ executablePath: '/usr/bin/chromium', args: [...ARGS, ...args] });
// Two instances of the same Chromium: the baseline page imports the libraries from node_modules
// by file:// URL, which needs a flag under which the app's own worker does not start.
const [appBrowser, libBrowser] = await Promise.all([launch([]), launch(['--allow-file-access-from-files'])]);
console.log(`file chosen → full checklist in the app, against the library alone (medians of ${RUNS}, fresh page each, same run; target ≤ 1.3×)`);
for (const input of INPUTS) {
  const path = join(fixtures, input.file);
  const [ours, theirs]: number[][] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await timed(appBrowser, app, 'details.rules summary .name', path, () => document.querySelectorAll('[data-indicator-id][data-status]').length >= 26));
    theirs.push(await timed(libBrowser, pathToFileURL(baseline).href, 'body[data-ready]', path, () => document.body.dataset.done === 'yes'));
  }
  const [a, b] = [median(ours), median(theirs)];
  console.log(`${input.name.padEnd(36)} app ${a.toFixed(0).padStart(5)} ms, ${input.library} alone ${b.toFixed(0).padStart(5)} ms: ${(a / b).toFixed(2)}×`);
}
await Promise.all([appBrowser.close(), libBrowser.close()]);
