// The matrix of a batch too long for the screen: only the rows in view are in the DOM, yet
// sorting, filtering and the exports cover every row, a row scrolled into view opens like any
// other, and the report opened from the batch has its text read again from its file (the
// batch keeps none: a file changed on disk since cannot be opened, and the page says so).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { readDocument } from '../../src/core/read/index.ts';
import { checkDocument } from '../../src/core/check.ts';
import type { Report } from '../../src/core/report.ts';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import { parseCsv } from '../helpers/csv.ts';
import { defaultRules, shared } from '../helpers/docs.ts';
import { expectOnlyLocalRequests, launch, open, type Session } from './browser.ts';
import { squash } from './expected.ts';

const base = inject('baseUrl');
const dir = join(inject('distDir'), '..', 'ui-batch-matrix-inputs');
const SOURCES = ['hongtu-2023', 'liangyuan-2021', 'xiegou-2020', 'shuangjiang-2023'].map((n) => shared(`corpus/dev/${n}.txt`));
const COUNT = 80;

/** r-001.txt … r-080.txt, the dev reports in turn. */
const names = Array.from({ length: COUNT }, (_, i) => `r-${String(i + 1).padStart(3, '0')}.txt`);
const sourceOf = (name: string) => SOURCES[(Number(name.slice(2, 5)) - 1) % SOURCES.length];

let reports: Map<string, Report>;
let browser: Browser;
let session: Session;
let page: Page;

const scroller = () => page.locator('.scroller');
const rendered = () => page.locator('table.matrix tbody tr[data-file]');
const renderedFiles = () => rendered().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-file')));
const caption = () => page.locator('#matrix-caption').textContent();
const scrollTo = (where: 'top' | 'bottom') =>
  scroller().evaluate((el, to) => {
    el.scrollTop = to === 'top' ? 0 : el.scrollHeight;
    el.dispatchEvent(new Event('scroll'));
  }, where);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(join(dir, name), readFileSync(sourceOf(name)));
  reports = new Map();
  for (const source of SOURCES) {
    const doc = await readDocument({ name: source, bytes: new Uint8Array(readFileSync(source)) }, await nodeReadEnv());
    reports.set(source, checkDocument(doc, defaultRules(), { file: source }));
  }
  browser = await launch();
  session = await open(browser, base, base);
  page = session.page;
  await page.getByRole('tab', { name: '批量审阅' }).click();
  await page.locator('#batch-files').setInputFiles(names.map((n) => join(dir, n)));
  await page.locator(`[data-done="${COUNT}"]`).waitFor({ timeout: 90_000 });
});
afterAll(async () => {
  await browser?.close();
});

describe('a matrix longer than the screen', () => {
  it('renders only the rows in view, with the scroll height of all of them', async () => {
    await expect.poll(caption).toContain(`${COUNT}/${COUNT}`);
    await expect.poll(() => rendered().count()).toBeGreaterThan(5);
    const inDom = await rendered().count();
    expect(inDom).toBeLessThan(COUNT);
    const { scrollHeight, clientHeight } = await scroller().evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    expect(scrollHeight).toBeGreaterThan(clientHeight * 2);
  });

  it('sorts every row, not only those in view: the last by name is at the bottom', async () => {
    await page.locator('thead th[data-column="file"] button').click();
    await scrollTo('top');
    await expect.poll(async () => (await renderedFiles())[0]).toBe('r-001.txt');
    expect(await renderedFiles()).not.toContain('r-080.txt');
    await scrollTo('bottom');
    await expect.poll(async () => (await renderedFiles()).at(-1)).toBe('r-080.txt');
    expect(await renderedFiles()).not.toContain('r-001.txt');
    const files = await renderedFiles();
    expect(files).toEqual([...files].sort());
  });

  it('filters every row by indicator and status', async () => {
    const [first] = reports.values();
    const id = first.results.map((v) => v.id).find((i) => [...reports.values()].some((r) => r.results.find((v) => v.id === i)!.status === 'missing'))!;
    const missing = names.filter((n) => reports.get(sourceOf(n))!.results.find((v) => v.id === id)!.status === 'missing').length;
    expect(missing).toBeGreaterThan(0);
    await page.locator('#filter-indicator').selectOption(id);
    await page.locator('#filter-status').selectOption('missing');
    await expect.poll(caption).toContain(`${missing}/${COUNT}`);
    await expect.poll(async () => (await renderedFiles()).length).toBeGreaterThan(0);
    for (const file of await renderedFiles()) expect(reports.get(sourceOf(file!))!.results.find((v) => v.id === id)!.status).toBe('missing');
    await page.locator('#filter-indicator').selectOption('');
    await expect.poll(caption).toContain(`${COUNT}/${COUNT}`);
  });

  it('exports every row as CSV and one 审核意见 per report, not only the rows in view', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const [, ...rows] = parseCsv(readFileSync((await csv.path())!, 'utf8').slice(1));
    expect(rows.map((r) => r[0]).sort()).toEqual(names);
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出审核意见（Word，每份一个，.zip）' }).click()]);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync((await zip.path())!))))).toHaveLength(COUNT);
  });

  it('opens a cell of a row scrolled into view, its text read again from its file', async () => {
    await scrollTo('bottom');
    const name = 'r-079.txt';
    const report = reports.get(sourceOf(name))!;
    const verdict = report.results.find((v) => v.status === 'present' && v.evidence.length)!;
    await page.locator(`tr[data-file="${name}"] td[data-indicator-id="${verdict.id}"] button`).click();
    await expect.poll(() => page.locator('.document h2 .file').textContent()).toBe(name);
    const marks = page.locator('.document mark[data-evidence="0"]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(squash((await marks.allTextContents()).join(''))).toContain(squash(verdict.evidence[0].quote));
    expect(squash((await page.locator('.document').textContent())!)).toContain(squash(readFileSync(sourceOf(name), 'utf8').split('\n')[0]));
    expect(await page.locator(`[data-indicator-id="${verdict.id}"] button.head`).getAttribute('aria-expanded')).toBe('true');
  });

  it('says a report changed on disk since it was chosen cannot be read again, and keeps the matrix', async () => {
    await page.getByRole('tab', { name: '批量审阅' }).click();
    await scrollTo('bottom');
    const name = 'r-080.txt';
    // The browser holds a handle to the file, not its text: a file changed since is refused.
    writeFileSync(join(dir, name), `${readFileSync(sourceOf(name), 'utf8')}\n（已修改）`);
    const alert = page.locator('[role="alert"] [data-error-code="unreadable-file"]');
    await page.locator(`tr[data-file="${name}"] td[data-status] button`).first().click();
    await expect.poll(() => alert.textContent()).toContain('重新选择');
    expect(await page.locator('[role="alert"] strong').textContent()).toContain(name);
    expect(await page.getByRole('tab', { name: '批量审阅' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => alert.count()).toBe(0);

    await page.locator(`tr[data-file="${name}"] input[type="checkbox"]`).check();
    await page.locator(`tr[data-file="r-079.txt"] input[type="checkbox"]`).check();
    await page.getByRole('button', { name: '对比所选两份' }).click();
    await expect.poll(() => alert.count()).toBe(1);
    expect(await page.locator('table.matrix').count()).toBe(1);
  });

  it('made no request beyond its own origin and logged no error', () => {
    expectOnlyLocalRequests(session, base);
    expect(session.errors).toEqual([]);
  });
});
