// A reviewer's session: keyboard only, overruling a verdict, exporting, printing, switching
// language, and cancelling a long PDF half-way.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { longReportPdf } from '../../scripts/long-report.ts';
import { STATUS_LABEL } from '../../src/core/batch/export/matrix-table.ts';
import { shared } from '../helpers/docs.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { expectOnlyLocalRequests, launch, open, openFile, resultOf, seriousViolations, showReport, type Session } from './browser.ts';
import { cliReport } from './expected.ts';

const base = inject('baseUrl');
const REPORT = shared('corpus/dev/shuangjiang-2023.txt');

let browser: Browser;
let session: Session;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  session = await open(browser, base, base);
  page = session.page;
});
afterAll(async () => {
  await browser?.close();
});

const focused = (p: Page) => p.evaluate(() => {
  const el = document.activeElement!;
  return { tag: el.tagName, text: el.textContent?.trim() ?? '', head: el.matches('button.head'), id: el.closest('[data-indicator-id]')?.getAttribute('data-indicator-id') ?? null };
});

async function tabUntil(p: Page, accept: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab');
    if (accept(await focused(p))) return;
  }
  throw new Error('focus never got there by Tab');
}

describe('keyboard only', () => {
  it('opens a file, walks the checklist and jumps to evidence', async () => {
    const chooser = page.waitForEvent('filechooser');
    await tabUntil(page, (f) => f.text === '打开文件');
    const chosen = async () => {
      await page.keyboard.press('Enter');
      await (await chooser).setFiles(REPORT);
    };
    expect(await resultOf(page, chosen)).toBe('checked');

    await tabUntil(page, (f) => f.head);
    const first = (await focused(page)).id;
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).id).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(page)).id).toBe(first);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-indicator-id="${first}"] button.head`).getAttribute('aria-expanded')).toBe('true');
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('“'), 10);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).tag).toBe('MARK');
  });
});

describe('findings', () => {
  it('a finding with evidence marks its passage in the document', async () => {
    const expected = await cliReport(REPORT);
    const finding = expected.findings.find((f) => f.evidence.length > 0)!;
    await showReport(page, REPORT);
    await page.locator(`[data-finding="${finding.code}"] button`).click();
    const marks = page.locator('.document mark[data-evidence="0"]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).join('')).toContain(finding.evidence[0].quote);
    await expect.poll(async () => (await focused(page)).tag).toBe('MARK');
  });
});

const REASON = '只写了口号，没有具体事实';

/** Overrules the first present indicator of the open report to missing, with REASON. */
async function overrule(): Promise<void> {
  const target = (await cliReport(REPORT)).results.find((r) => r.status === 'present')!;
  const item = page.locator(`[data-indicator-id="${target.id}"]`);
  const head = item.locator('button.head');
  if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
  await item.locator('details.override > summary').click();
  await item.getByLabel('缺失').check();
  await item.getByPlaceholder('简要说明理由（必填）').fill(REASON);
  await item.getByRole('button', { name: '确认改判' }).click();
  await expect.poll(() => item.getAttribute('data-override')).toBe('missing');
}

/** The report open with the override in force, whichever test runs first. */
async function overruled(): Promise<void> {
  await showReport(page, REPORT);
  if ((await page.locator('[data-override]').count()) === 0) await overrule();
}

describe('the reviewer’s word', () => {
  it('overrules a verdict with a reason, shown on the item and in the summary', async () => {
    expect(await openFile(page, REPORT)).toBe('checked');
    const target = (await cliReport(REPORT)).results.find((r) => r.status === 'present')!;
    const item = page.locator(`[data-indicator-id="${target.id}"]`);
    const missingBefore = Number(await page.locator('[data-count="missing"] strong').textContent());
    await overrule();
    expect(await item.getAttribute('data-status')).toBe('present');
    expect(await item.textContent()).toContain('只写了口号');
    await expect.poll(async () => Number(await page.locator('[data-count="missing"] strong').textContent())).toBe(missingBefore + 1);
  });

  it('travels into the JSON export, in the CLI’s shape', async () => {
    await overruled();
    await page.locator('details.export > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '检查结果（JSON）' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const expected = await cliReport(REPORT);
    expect(exported).toHaveLength(1);
    expect(Object.keys(exported[0]).sort()).toEqual(Object.keys(expected).sort());
    expect(exported[0].results.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(expected.results.map((r) => [r.id, r.status]));
    const overruledResults = exported[0].results.filter((r: { override?: unknown }) => r.override);
    expect(overruledResults).toHaveLength(1);
    expect(overruledResults[0].override).toEqual({ status: 'missing', reason: REASON });
    expect(download.suggestedFilename()).toBe('shuangjiang-2023-检查结果.json');
  });

  it('travels into the Markdown review opinion', async () => {
    await overruled();
    await page.locator('details.export > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '审核意见（Markdown）' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^# 审核意见：shuangjiang-2023\.txt/);
    expect(text).toContain('## A 报告结构');
    expect(text).toContain('> 审核改判：缺失。理由：只写了口号，没有具体事实（检查结果：具备）');
  });

  it('travels into the Word 审核意见, with the weak and missing indicators, the findings and the override', async () => {
    await overruled();
    await page.locator('details.export > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '审核意见（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('shuangjiang-2023-审核意见.docx');
    const text = (await docxParagraphs(readFileSync((await download.path())!))).join('\n');
    const expected = await cliReport(REPORT);
    const target = expected.results.find((r) => r.status === 'present')!;
    for (const v of expected.results.filter((r) => r.status !== 'present')) expect(text).toContain(`${v.title}：${STATUS_LABEL[v.status]}`);
    expect(expected.findings.length).toBeGreaterThan(0);
    for (const f of expected.findings) expect(text).toContain(f.message);
    expect(text).toContain(`${target.title}：${STATUS_LABEL.missing}`);
    expect(text).toContain(`${target.title}：检查结果为“具备”，审核人改判为“缺失”。理由：${REASON}`);
  });

  it('prints a clean report of one to three pages', async () => {
    await showReport(page, REPORT);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.document').isVisible()).toBe(false);
    expect(await page.locator('.print-head').isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    await page.emulateMedia({ media: 'screen' });
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('can be undone', async () => {
    await overruled();
    const item = page.locator('[data-override]');
    await item.getByRole('button', { name: '撤销改判' }).click();
    await expect.poll(() => page.locator('[data-override]').count()).toBe(0);
  });

  it('the filter shows only weak and missing indicators', async () => {
    await showReport(page, REPORT);
    const problems = (await cliReport(REPORT)).results.filter((r) => r.status !== 'present').length;
    expect(problems).toBeGreaterThan(0);
    await page.getByLabel('只看薄弱和缺失').check();
    const shown = () => page.$$eval('[data-indicator-id]', (els) => els.map((e) => e.getAttribute('data-status')));
    await expect.poll(async () => (await shown()).length).toBe(problems);
    expect((await shown()).every((s) => s !== 'present')).toBe(true);
    await page.getByLabel('只看薄弱和缺失').uncheck();
    await expect.poll(() => page.locator('[data-indicator-id]').count()).toBe(26);
  });
});

describe('language', () => {
  it('switches the whole interface to English and back', async () => {
    await showReport(page, REPORT);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Nianbao Check');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-count="present"]').textContent()).toContain('Present');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('年报体检');
  });
});

describe('a long PDF', () => {
  const PAGES = 2000;

  it('shows page progress, can be cancelled, and the app goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-'));
    const paragraphs = readFileSync(REPORT, 'utf8').split('\n').filter(Boolean);
    const path = join(dir, 'long-report.pdf');
    // Long enough to take seconds on any machine, so that 取消 is clicked while pages are read,
    // not in a window of a few hundred milliseconds.
    writeFileSync(path, longReportPdf(paragraphs, PAGES));
    await page.locator('#document-file').setInputFiles(path);
    const status = page.locator('.job[role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(new RegExp(`第 \\d+/${PAGES} 页`));
    await status.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => status.textContent()).toContain('已取消');
    expect(await page.locator('[data-indicator-id]').count()).toBe(0);
    expect(await openFile(page, REPORT)).toBe('checked');
    expect(await page.locator('.summary .file').textContent()).toBe('shuangjiang-2023.txt');
  });

  it('made no request beyond its own origin', () => {
    expectOnlyLocalRequests(session, base);
    expect(session.errors).toEqual([]);
  });
});
