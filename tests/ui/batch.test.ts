// The batch view on the served site: many reports in mixed formats checked by the worker pool,
// one matrix row each with the CLI's statuses, a bad file failing in its own row only; sorting,
// filtering, drilling down to the evidence, the workbook export, folders and drops, and the
// year-over-year comparison. Nothing leaves the page, and axe finds no serious problem.

import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { compareYears } from '../../src/core/batch/compare.ts';
import { STATUS_LABEL } from '../../src/core/batch/export/matrix-table.ts';
import { SUMMARY_SHEET } from '../../src/core/batch/export/xlsx.ts';
import { reviewFileName } from '../../src/core/batch/export/review-zip.ts';
import { RESEND_NOTICE } from '../../src/core/batch/document-kind.ts';
import { readDocument } from '../../src/core/read/index.ts';
import { ReadError } from '../../src/core/document.ts';
import { checkDocument } from '../../src/core/check.ts';
import type { Report } from '../../src/core/report.ts';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import { poolSize } from '../../src/ui/worker/pool-size.ts';
import { defaultRules, repo, shared } from '../helpers/docs.ts';
import { readWorkbook } from '../helpers/xlsx.ts';
import { parseCsv } from '../helpers/csv.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { expectOnlyLocalRequests, launch, open, seriousViolations, type Session } from './browser.ts';
import { squash, statuses } from './expected.ts';

const base = inject('baseUrl');
const dir = join(inject('distDir'), '..', 'ui-batch-inputs');

const GOOD = [
  shared('corpus/dev/hongtu-2023.txt'),
  shared('fixtures/xiegou-2020.docx'),
  shared('fixtures/liangyuan-2021.pdf'),
  shared('fixtures/shuangjiang-2023.zh-hant.docx'),
];

function input(name: string, bytes: Uint8Array | string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

// A zip header and then noise: what a damaged download of a .docx looks like.
const noise = new Uint8Array(4096);
for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 251;
noise.set([0x50, 0x4b, 0x03, 0x04]);
const BAD = input('broken.docx', noise);

/** The core in Node, as the CLI runs it: the report (named as the page names it) and its text. */
async function expected(path: string): Promise<{ report: Report; text: string } | { error: string }> {
  try {
    const doc = await readDocument({ name: path, bytes: new Uint8Array(readFileSync(path)) }, await nodeReadEnv());
    return { report: checkDocument(doc, defaultRules(), { file: basename(path) }), text: doc.text };
  } catch (error) {
    if (error instanceof ReadError) return { error: error.code };
    throw error;
  }
}

async function expectedReport(path: string): Promise<Report> {
  const result = await expected(path);
  if ('error' in result) throw new Error(`${path} failed: ${result.error}`);
  return result.report;
}

let browser: Browser;
let session: Session;
let page: Page;
/** The page's workers before the batch view was first opened: the single report's one. */
let workersBefore: number;

const rows = () => page.locator('table.matrix tbody tr[data-file]');
const rowOf = (name: string) => page.locator(`table.matrix tbody tr[data-file="${name}"]`);
const shownFiles = () => rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-file')));

/** Chooses files through the batch input and waits for every one of them to be checked. */
async function chooseFiles(paths: string[], expectedRows: number): Promise<void> {
  await page.locator('#batch-files').setInputFiles(paths);
  await waitForRows(expectedRows);
}

/** Waits by locators, not expect.poll, so that a describe's beforeAll can use it too. */
async function waitForRows(count: number): Promise<void> {
  await page.locator(`[data-done="${count}"]`).waitFor({ timeout: 90_000 });
  await rows().nth(count - 1).waitFor({ timeout: 90_000 });
  await rows().nth(count).waitFor({ state: 'detached' });
}

async function rowStatuses(name: string): Promise<Record<string, string>> {
  return rowOf(name)
    .locator('td[data-indicator-id]')
    .evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-indicator-id'), td.getAttribute('data-status')])));
}

async function showBatch(): Promise<void> {
  await page.getByRole('tab', { name: '批量审阅' }).click();
  await page.locator('#batch-files').waitFor({ state: 'attached' });
}

async function emptyBatch(): Promise<void> {
  await showBatch();
  const clear = page.getByRole('button', { name: '清空' });
  if (await clear.count()) await clear.click();
  await rows().first().waitFor({ state: 'detached' });
}

/** An empty batch, then these files checked: each group of tests starts from its own batch. */
async function batchOf(paths: string[]): Promise<void> {
  await emptyBatch();
  await chooseFiles(paths, paths.length);
}

beforeAll(async () => {
  browser = await launch();
  session = await open(browser, base, base);
  page = session.page;
  workersBefore = page.workers().length;
  await showBatch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the batch view', () => {
  it('starts its workers when the view opens, before a file is chosen', async () => {
    const pool = poolSize(await page.evaluate(() => navigator.hardwareConcurrency));
    await expect.poll(() => page.workers().length).toBe(workersBefore + pool);
    expect(await rows().count()).toBe(0);
  });
});

describe('many reports at once', () => {
  beforeAll(() => batchOf([...GOOD, BAD]));

  it('checks txt, docx, PDF and a bad file in parallel: five rows, statuses equal to the CLI', async () => {
    expect(await rows().count()).toBe(5);
    for (const path of GOOD) await expect.poll(() => rowStatuses(basename(path)), { message: path }).toEqual(statuses(await expectedReport(path)));
    expect(await rowOf('shuangjiang-2023.zh-hant.docx').locator('td').nth(1).textContent()).toBe('2023');
  });

  it('shows the bad file’s error in its own row', async () => {
    const cli = await expected(BAD);
    expect('error' in cli && cli.error).toBeTruthy();
    const error = rowOf('broken.docx').locator('td.error');
    await expect.poll(() => error.getAttribute('data-error-code')).toBe((cli as { error: string }).error);
    expect((await error.textContent())!.length).toBeGreaterThan(10);
    expect(await rowOf('broken.docx').locator('td[data-indicator-id]').count()).toBe(0);
  });

  it('totals each column over the checked reports', async () => {
    const reports = await Promise.all(GOOD.map(expectedReport));
    const id = 'admin-reconsideration';
    const missing = reports.filter((r) => r.results.find((v) => v.id === id)!.status === 'missing').length;
    expect(missing).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`tfoot [data-total="${id}"]`).textContent()).toContain(`${missing} / 4 缺失`);
    expect(await page.locator(`thead th[data-column="${id}"] button`).getAttribute('title')).toBe('行政复议');
  });

  it('sorts by a column header, with aria-sort, by mouse and keyboard', async () => {
    const year = page.locator('thead th[data-column="year"]');
    await year.locator('button').click();
    await expect.poll(() => year.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(shownFiles).toEqual(['xiegou-2020.docx', 'liangyuan-2021.pdf', 'hongtu-2023.txt', 'shuangjiang-2023.zh-hant.docx', 'broken.docx']);
    await year.locator('button').press('Enter');
    await expect.poll(() => year.getAttribute('aria-sort')).toBe('descending');
    // An unreadable file stays last whichever way.
    await expect.poll(async () => (await shownFiles())[0]).not.toBe('xiegou-2020.docx');
    expect((await shownFiles()).at(-1)).toBe('broken.docx');

    const reports = await Promise.all(GOOD.map(expectedReport));
    const id = 'normative-docs-cleanup';
    const column = page.locator(`thead th[data-column="${id}"]`);
    await column.locator('button').click();
    await expect.poll(() => column.getAttribute('aria-sort')).toBe('ascending');
    expect(await year.getAttribute('aria-sort')).toBe('none');
    const rank = { missing: 0, weak: 1, present: 2 } as const;
    const ranks = reports.map((r) => rank[r.results.find((v) => v.id === id)!.status]);
    expect(new Set(ranks).size, 'the column sorted must hold more than one status').toBeGreaterThan(1);
    const order = async () => (await shownFiles()).slice(0, 4).map((f) => rank[reports.find((r) => r.file === f)!.results.find((v) => v.id === id)!.status]);
    await expect.poll(order).toEqual([...ranks].sort());
  });

  it('filters by indicator and status, and to reports with problems', async () => {
    const reports = await Promise.all(GOOD.map(expectedReport));
    // An indicator some reports miss and others do not, so that the filter visibly filters.
    const id = reports[0].results.map((v) => v.id).find((i) => {
      const missing = reports.filter((r) => r.results.find((v) => v.id === i)!.status === 'missing').length;
      return missing > 0 && missing < reports.length;
    })!;
    expect(id).toBeTruthy();
    await page.locator('#filter-indicator').selectOption(id);
    await page.locator('#filter-status').selectOption('missing');
    const missing = reports.filter((r) => r.results.find((v) => v.id === id)!.status === 'missing').map((r) => r.file);
    await expect.poll(async () => (await shownFiles()).sort()).toEqual([...missing].sort());
    await page.locator('#filter-indicator').selectOption('');
    await expect.poll(() => rows().count()).toBe(5);

    await page.locator('#filter-problems').check();
    const withProblems = reports.filter((r) => r.results.some((v) => v.status !== 'present')).length + 1;
    await expect.poll(() => rows().count()).toBe(withProblems);
    await page.locator('#filter-problems').uncheck();
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('opens a clicked cell’s report at that indicator, with its evidence highlighted', async () => {
    const path = GOOD[0];
    const report = await expectedReport(path);
    const verdict = report.results.find((v) => v.status === 'present' && v.evidence.length)!;
    await rowOf(basename(path)).locator(`td[data-indicator-id="${verdict.id}"] button`).click();
    await expect.poll(() => page.getByRole('tab', { name: '单份检查' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.document h2 .file').textContent()).toBe(basename(path));
    const marks = page.locator('.document mark[data-evidence="0"]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect(squash((await marks.allTextContents()).join(''))).toContain(squash(verdict.evidence[0].quote));
    await expect.poll(() => marks.first().isVisible()).toBe(true);
    expect(await page.locator(`[data-indicator-id="${verdict.id}"] button.head`).getAttribute('aria-expanded')).toBe('true');

    // Back to the batch: the matrix is as it was left (the view is remounted and fills a few
    // rows a frame), and a cell opens from the keyboard too.
    await showBatch();
    await expect.poll(() => rows().count()).toBe(5);
    const missing = report.results.find((v) => v.status === 'missing');
    expect(missing, 'the report opened misses an indicator').toBeDefined();
    await rowOf(basename(path)).locator(`td[data-indicator-id="${missing!.id}"] button`).press('Enter');
    await expect.poll(() => page.locator('.missing-note').textContent()).toContain(missing!.reason);
    await showBatch();
    await expect.poll(() => rows().count()).toBe(5);
  });

  it('exports the matrix as a workbook that reads back with the same statuses, and as CSV', async () => {
    await showBatch();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel（.xlsx）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^批量审阅-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = readWorkbook(new Uint8Array(readFileSync((await download.path())!)));
    const [header, ...body] = sheets.get(SUMMARY_SHEET)!;
    const reports = await Promise.all(GOOD.map(expectedReport));
    for (const report of reports) {
      const row = body.find((r) => r[0] === report.file)!;
      for (const v of report.results) expect(row[header.indexOf(v.title)], `${report.file} ${v.id}`).toBe(STATUS_LABEL[v.status]);
    }
    expect(String(body.find((r) => r[0] === 'broken.docx')![8])).toMatch(/^无法检查：/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFF文件,')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(6);
  });

  it('has no serious or critical axe violation on the matrix', async () => {
    await showBatch();
    await expect.poll(() => rows().count()).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a document that is not the annual report, and the 审核意见', () => {
  const LOOKALIKE = shared('corpus/real-dev/n04-hunnan-guoziju-govinfo-annual-2022.txt');
  const SENT_INSTEAD = '不是年度报告（政府信息公开工作年度报告）';
  const kindOf = async (name: string) => (await rowOf(name).locator('td.kind-col').textContent())!.trim();

  beforeAll(() => batchOf([GOOD[0], LOOKALIKE, BAD]));

  it('marks the look-alike in the matrix, and filters to it', async () => {
    await expect.poll(() => kindOf(basename(LOOKALIKE))).toBe(SENT_INSTEAD);
    await expect.poll(() => kindOf(basename(GOOD[0]))).toBe('年度报告');
    await page.getByLabel('只看不是年度报告的').check();
    await expect.poll(shownFiles).toEqual([basename(LOOKALIKE)]);
    await page.getByLabel('只看不是年度报告的').uncheck();
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('says so in the workbook and the CSV', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel（.xlsx）' }).click()]);
    const [header, ...body] = readWorkbook(new Uint8Array(readFileSync((await xlsx.path())!))).get(SUMMARY_SHEET)!;
    expect(body.find((r) => r[0] === basename(LOOKALIKE))![header.indexOf('文件类型')]).toBe(SENT_INSTEAD);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const [csvHeader, ...csvRows] = parseCsv(readFileSync((await csv.path())!, 'utf8').slice(1));
    expect(csvRows.find((r) => r[0] === basename(LOOKALIKE))![csvHeader.indexOf('文件类型')]).toBe(SENT_INSTEAD);
  });

  it('exports one Word 审核意见 per checked report in a zip, the look-alike asked to be sent again', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出审核意见（Word，每份一个，.zip）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^审核意见-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files).sort()).toEqual([GOOD[0], LOOKALIKE].map(reviewFileName).sort());
    const wrong = await docxParagraphs(files[reviewFileName(LOOKALIKE)]);
    expect(wrong).toContain(RESEND_NOTICE);
    const good = (await docxParagraphs(files[reviewFileName(GOOD[0])])).join('\n');
    const report = await expectedReport(GOOD[0]);
    for (const v of report.results.filter((r) => r.status !== 'present')) expect(good).toContain(`${v.title}：${STATUS_LABEL[v.status]}`);
  });
});

describe('folders and drops', () => {
  it('takes a chosen folder, keeping only reports and saying how many others were skipped', async () => {
    await emptyBatch();
    const folder = join(dir, 'folder');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(shared('corpus/dev/xiegou-2020.txt'), join(folder, 'xiegou-2020.txt'));
    copyFileSync(shared('fixtures/hongtu-2023.docx'), join(folder, 'sub', 'hongtu-2023.docx'));
    writeFileSync(join(folder, 'budget.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    await page.locator('#batch-folder').setInputFiles(folder);
    await waitForRows(2);
    await expect.poll(async () => (await shownFiles()).sort()).toEqual(['folder/sub/hongtu-2023.docx', 'folder/xiegou-2020.txt']);
    expect(await page.locator('.skipped').textContent()).toContain('已跳过 1 个');
  });

  it('takes dropped files', async () => {
    await emptyBatch();
    const text = readFileSync(shared('corpus/dev/liangyuan-2021.txt'), 'utf8');
    await page.evaluate((report) => {
      const data = new DataTransfer();
      data.items.add(new File([report], 'liangyuan-2021.txt', { type: 'text/plain' }));
      data.items.add(new File(['x'], 'notes.xlsx'));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await waitForRows(1);
    await expect.poll(shownFiles).toEqual(['liangyuan-2021.txt']);
    expect(await page.locator('.skipped').textContent()).toContain('已跳过 1 个');
  });
});

describe('year over year', () => {
  const OLDER = shared('corpus/dev/shuangjiang-2023.txt');
  const NEWER = repo('tests/fixtures/yoy/shuangjiang-2024.txt');

  it('finds the improved and regressed indicators and the copied passages', async () => {
    const [older, newer] = await Promise.all([expected(OLDER), expected(NEWER)]);
    if ('error' in older || 'error' in newer) throw new Error('the year-over-year fixtures must read');
    const comparison = compareYears(older, newer);
    expect(comparison.regressed.length).toBeGreaterThan(0);
    expect(comparison.improved.length).toBeGreaterThan(0);
    expect(comparison.copied.length).toBeGreaterThan(0);

    // Newer first: the comparison orders them by year, not by choice.
    await batchOf([NEWER, OLDER]);
    const compare = page.getByRole('button', { name: '对比所选两份' });
    expect(await compare.isDisabled()).toBe(true);
    await page.getByLabel('选择“shuangjiang-2024.txt”用于年度对比').check();
    await page.getByLabel('选择“shuangjiang-2023.txt”用于年度对比').check();
    await compare.click();

    const title = page.locator('#compare-title');
    await expect.poll(() => title.textContent()).toMatch(/2023 → .*2024/);
    const ids = (kind: string) => page.locator(`[data-change="${kind}"]`).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')));
    await expect.poll(() => ids('improved')).toEqual(comparison.improved.map((c) => c.id));
    expect(await ids('regressed')).toEqual(comparison.regressed.map((c) => c.id));
    expect(await page.locator('tr[data-figure]').count()).toBe(comparison.figures.length);

    const copied = page.locator('[data-copied]');
    expect(await copied.count()).toBe(comparison.copied.length);
    const first = comparison.copied[0];
    expect(squash((await copied.first().locator('blockquote.older').textContent())!)).toContain(squash(first.older.quote));
    expect(squash((await copied.first().locator('blockquote.newer').textContent())!)).toContain(squash(first.newer.quote));

    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '返回矩阵' }).click();
    // The matrix is mounted again and fills its rows a few a frame.
    await expect.poll(() => rows().count()).toBe(2);
  });

  it('compares parts 一、五、六 of two 信息公开年报 with numbers masked', async () => {
    await batchOf([shared('corpus/govinfo/hongze-district-2023.pdf'), shared('corpus/govinfo/hongze-district-2024.pdf')]);
    await page.getByLabel('选择“hongze-district-2023.pdf”用于年度对比').check();
    await page.getByLabel('选择“hongze-district-2024.pdf”用于年度对比').check();
    await page.getByRole('button', { name: '对比所选两份' }).click();
    const share = page.locator('[data-govinfo-share]');
    await expect.poll(() => share.textContent()).toMatch(/第一、五、六部分（数字不计）约 \d+% 与上一年度相同，其中第五部分 \d+%/u);
    expect(await page.locator('[data-govinfo-finding]').count()).toBe(0);
    await page.getByRole('button', { name: '返回矩阵' }).click();
    await expect.poll(() => rows().count()).toBe(2);
  });
});

describe('the page', () => {
  it('made no request beyond its own origin and logged no error', () => {
    expectOnlyLocalRequests(session, base);
    expect(session.errors).toEqual([]);
  });
});
