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
import { expectOnlyLocalRequests, launch, open, openFile, seriousViolations, waitForResult, type Session } from './browser.ts';
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
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(REPORT);
    expect(await waitForResult(page)).toBe('checked');

    await tabUntil(page, (f) => f.head);
    const first = (await focused(page)).id;
    await page.keyboard.press('ArrowDown');
    const second = (await focused(page)).id;
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).id).toBe(first);

    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-indicator-id="${first}"] button.head`).getAttribute('aria-expanded')).toBe('true');
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text.startsWith('“'), 10);
    await page.keyboard.press('Enter');
    const now = await focused(page);
    expect(now.tag).toBe('MARK');
  });
});

describe('findings', () => {
  it('a finding with evidence marks its passage in the document', async () => {
    const expected = await cliReport(REPORT);
    const finding = expected.findings.find((f) => f.evidence.length > 0)!;
    await page.locator(`[data-finding="${finding.code}"] button`).click();
    const marks = page.locator('.document mark[data-evidence="0"]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).join('')).toContain(finding.evidence[0].quote);
    expect(await focused(page)).toMatchObject({ tag: 'MARK' });
  });
});

describe('the reviewer’s word', () => {
  it('overrules a verdict with a reason, shown on the item and in the summary', async () => {
    const expected = await cliReport(REPORT);
    const target = expected.results.find((r) => r.status === 'present')!;
    const item = page.locator(`[data-indicator-id="${target.id}"]`);
    const missingBefore = Number(await page.locator('[data-count="missing"] strong').textContent());
    const head = item.locator('button.head');
    if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
    await item.locator('details.override > summary').click();
    await item.getByLabel('缺失').check();
    await item.getByPlaceholder('简要说明理由（必填）').fill('只写了口号，没有具体事实');
    await item.getByRole('button', { name: '确认改判' }).click();
    await expect.poll(() => item.getAttribute('data-override')).toBe('missing');
    expect(await item.getAttribute('data-status')).toBe('present');
    expect(await item.textContent()).toContain('只写了口号');
    expect(Number(await page.locator('[data-count="missing"] strong').textContent())).toBe(missingBefore + 1);
  });

  it('travels into the JSON export, in the CLI’s shape', async () => {
    await page.locator('details.export > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '检查结果（JSON）' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const expected = await cliReport(REPORT);
    expect(exported).toHaveLength(1);
    expect(Object.keys(exported[0]).sort()).toEqual(Object.keys(expected).sort());
    expect(exported[0].results.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual(expected.results.map((r) => [r.id, r.status]));
    const overruled = exported[0].results.filter((r: { override?: unknown }) => r.override);
    expect(overruled).toHaveLength(1);
    expect(overruled[0].override).toEqual({ status: 'missing', reason: '只写了口号，没有具体事实' });
    expect(download.suggestedFilename()).toBe('shuangjiang-2023-检查结果.json');
  });

  it('travels into the Markdown review opinion', async () => {
    await page.locator('details.export > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '审核意见（Markdown）' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^# 审核意见：shuangjiang-2023\.txt/);
    expect(text).toContain('## A 报告结构');
    expect(text).toContain('> 审核改判：缺失。理由：只写了口号，没有具体事实（检查结果：具备）');
  });

  it('travels into the Word 审核意见, with the weak and missing indicators, the findings and the override', async () => {
    await page.locator('details.export > summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '审核意见（Word）' }).click()]);
    expect(download.suggestedFilename()).toBe('shuangjiang-2023-审核意见.docx');
    const text = (await docxParagraphs(readFileSync((await download.path())!))).join('\n');
    const expected = await cliReport(REPORT);
    const overruled = expected.results.find((r) => r.status === 'present')!;
    for (const v of expected.results.filter((r) => r.status !== 'present')) expect(text).toContain(`${v.title}：${STATUS_LABEL[v.status]}`);
    expect(expected.findings.length).toBeGreaterThan(0);
    for (const f of expected.findings) expect(text).toContain(f.message);
    expect(text).toContain(`${overruled.title}：${STATUS_LABEL.missing}`);
    expect(text).toContain(`${overruled.title}：检查结果为“具备”，审核人改判为“缺失”。理由：只写了口号，没有具体事实`);
  });

  it('prints a clean report of one to three pages', async () => {
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
    const item = page.locator('[data-override]');
    await item.getByRole('button', { name: '撤销改判' }).click();
    await expect.poll(() => page.locator('[data-override]').count()).toBe(0);
  });

  it('the filter shows only weak and missing indicators', async () => {
    await page.getByLabel('只看薄弱和缺失').check();
    const shown = await page.$$eval('[data-indicator-id]', (els) => els.map((e) => e.getAttribute('data-status')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s !== 'present')).toBe(true);
    await page.getByLabel('只看薄弱和缺失').uncheck();
    expect(await page.locator('[data-indicator-id]').count()).toBe(26);
  });
});

describe('language', () => {
  it('switches the whole interface to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').first().textContent()).toBe('Nianbao Check');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-count="present"]').textContent()).toContain('Present');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    expect(await page.locator('h1').first().textContent()).toBe('年报体检');
  });
});

describe('a long PDF', () => {
  it('shows page progress, can be cancelled, and the app goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-'));
    const paragraphs = readFileSync(REPORT, 'utf8').split('\n').filter(Boolean);
    const path = join(dir, 'long-report.pdf');
    writeFileSync(path, longReportPdf(paragraphs, 150));
    await openFile(page, path);
    const status = page.locator('.job[role="status"]');
    await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/第 \d+\/150 页/);
    await status.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => status.textContent()).toContain('已取消');
    expect(await page.locator('[data-indicator-id]').count()).toBe(0);
    await openFile(page, REPORT);
    expect(await waitForResult(page)).toBe('checked');
  });

  it('made no request beyond its own origin', () => {
    expectOnlyLocalRequests(session, base);
    expect(session.errors).toEqual([]);
  });
});
