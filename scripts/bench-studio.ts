// npm run bench:studio [REPORTS]: the rule studio at work. Builds the single file, opens it from
// file:// in headless Chromium, loads generated reports (100 unless REPORTS says otherwise: the
// dev corpus paragraphs shuffled, about a real report's length each) into the studio, and times
// an edit of the rules to the updated change table: from the edit entering the editor to the
// table showing the new verdicts of every report (the editor waits LINT_DELAY_MS after the last
// keystroke before asking the worker; that wait is part of the time and printed apart).
// A benchmark, never a test: figures vary with the machine and nothing here fails a build.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { warnWithoutCjkFont } from './cjk-font.ts';
import { findInEditor } from '../tests/helpers/editor.ts';

const REPORTS = Number(process.argv[2] ?? process.env.BENCH_REPORTS ?? 100);
const RUNS = 5;
/** RuleEditor.svelte's lint delay: the editor's own wait after the last keystroke. */
const LINT_DELAY_MS = 300;
const LOOK_FOR = '    look-for: [行政复议, 复议案件, 复议申请]';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'test-results/bench-studio');
const corpus = join(root, '../shared/corpus/dev');

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function generate(): string[] {
  const dir = join(work, 'reports');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paragraphs = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter((l) => l.trim().length > 20));
  const next = random(2026);
  return Array.from({ length: REPORTS }, (_, i) => {
    // Each report holds about half the paragraphs, so that verdicts differ between reports.
    const body = paragraphs.filter(() => next() < 0.5);
    const path = join(dir, `report-${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(path, [`第${i + 1}县关于${2019 + (i % 6)}年度法治政府建设情况的报告`, ...body].join('\n'));
    return path;
  });
}

function build(): string {
  const out = join(work, 'single');
  // The single-file build writes its one file beside its scratch folder (scripts/build/single-file.ts).
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'singlefile', '--logLevel', 'error', '--outDir', join(out, '.single')], { cwd: root, stdio: 'inherit' });
  return join(out, 'nianbao-check.html');
}

/** Milliseconds from `edit` to the change table re-rendered with the edit's verdicts. */
async function timeEdit(page: Page, edit: () => Promise<void>): Promise<number> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`{
    const table = document.querySelector('section.changes');
    window.studioDone = new Promise((done) => {
      let busy = false;
      const observer = new MutationObserver(() => {
        if (table.getAttribute('aria-busy') === 'true') busy = true;
        else if (busy) { observer.disconnect(); done(performance.now()); }
      });
      observer.observe(table, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    window.studioEditAt = performance.now();
  }`);
  await edit();
  return page.evaluate(`window.studioDone.then((at) => at - window.studioEditAt)`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

warnWithoutCjkFont();
console.error(`generating ${REPORTS} reports…`);
const reports = generate();
const chars = reports.reduce((n, f) => n + readFileSync(f, 'utf8').length, 0);
console.error('building the single file…');
const single = build();
const narrowed = join(work, 'narrowed.yaml');
writeFileSync(narrowed, readFileSync(join(root, 'rules/annual-report.yaml'), 'utf8').replace(LOOK_FOR, '    look-for: [复议受理]'));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(pathToFileURL(single).href);
  await page.locator('details.rules summary .name').waitFor();
  await page.locator('#rules-file').setInputFiles(narrowed);
  await page.locator('details.rules .meta', { hasText: 'narrowed.yaml' }).waitFor({ state: 'attached' });
  await page.getByRole('tab', { name: '规则工作台' }).click();
  await page.locator('[data-studio-state="valid"]').waitFor();
  const t0 = performance.now();
  await page.locator('#studio-reports').setInputFiles(reports);
  await page.locator(`[data-studio-reports="${REPORTS}"]`).waitFor({ timeout: 600_000 });
  await page.locator('section.changes[aria-busy="false"]').waitFor();
  const loading = performance.now() - t0;

  // The cursor at the end of the narrowed look-for list, through the editor's search.
  await findInEditor(page, 'look-for: [复议受理');

  const add: number[] = [];
  const undo: number[] = [];
  let changes = 0;
  for (let run = 0; run < RUNS; run++) {
    add.push(await timeEdit(page, () => page.keyboard.insertText(', 行政复议')));
    changes = Number(await page.locator('[data-studio-changes]').getAttribute('data-studio-changes'));
    undo.push(await timeEdit(page, () => page.keyboard.press('Control+z')));
  }
  console.log(`\nRule studio: ${REPORTS} reports (${Math.round(chars / REPORTS)} characters each) loaded in ${(loading / 1000).toFixed(1)} s`);
  console.log(`edit → updated change table (median of ${RUNS}, including the editor's ${LINT_DELAY_MS} ms wait after typing):`);
  console.log(`  a term added (${changes} verdicts change):  ${Math.round(median(add))} ms  (runs: ${add.map(Math.round).join(', ')})`);
  console.log(`  the edit undone (none change):           ${Math.round(median(undo))} ms  (runs: ${undo.map(Math.round).join(', ')})`);
  console.log(`  without the wait: ${Math.round(median(add) - LINT_DELAY_MS)} ms and ${Math.round(median(undo) - LINT_DELAY_MS)} ms (goal < 1 s for the whole)`);
} finally {
  await browser.close();
}
