// Two years of one body's 政府信息公开年报 compared in the batch: this year's 上年结转 row shown
// beside last year's 结转下年度 row, the columns that differ marked in words as well as colour
// (carry-mismatch, checked in the worker under the rules the batch was checked with).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { repo, shared } from '../helpers/docs.ts';
import { govinfoDoc } from '../helpers/govinfo.ts';
import { expectOnlyLocalRequests, launch, open, seriousViolations, type Session } from './browser.ts';

const base = inject('baseUrl');
const HONGZE_2024 = shared('corpus/govinfo/hongze-district-2024.pdf');

let browser: Browser;
let session: Session;
let page: Page;

const carried = () => page.locator('[data-carried="carry-mismatch"]');
const shown = (row: 'now' | 'then') =>
  carried()
    .locator(`tr[data-row="${row}"] td`)
    .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-column'), td.textContent!.trim(), td.classList.contains('mismatch')]));

/** Last year's report as a text copy, its 结转下年度 row as given. */
async function lastYear(fwd: string): Promise<string> {
  const text = (await govinfoDoc('hongze-district-2023.pdf')).text;
  const row = '四、结转下年度继续办理 0 0 0 0 0 0 0';
  expect(text).toContain(row);
  const path = join(mkdtempSync(join(tmpdir(), 'govinfo-compare-')), 'hongze-2023.txt');
  writeFileSync(path, text.replace(row, `四、结转下年度继续办理 ${fwd}`));
  return path;
}

async function compare(older: string): Promise<void> {
  const empty = page.getByRole('button', { name: '清空' });
  if (await empty.count()) await empty.click();
  await page.locator('table.matrix tbody tr[data-file]').first().waitFor({ state: 'detached' });
  await page.locator('#batch-files').setInputFiles([older, HONGZE_2024]);
  await page.locator('[data-done="2"]').waitFor({ timeout: 90_000 });
  await page.getByLabel('选择“hongze-2023.txt”用于年度对比').check();
  await page.getByLabel('选择“hongze-district-2024.pdf”用于年度对比').check();
  await page.getByRole('button', { name: '对比所选两份' }).click();
}

beforeAll(async () => {
  browser = await launch();
  session = await open(browser, base, base);
  page = session.page;
  // A pile of 信息公开年报 is checked under its own rule set, loaded as an office would.
  await page.locator('#rules-file').setInputFiles(repo('rules/govinfo-annual-report.yaml'));
  await page.locator('details.rules > summary', { hasText: '政府信息公开工作年度报告' }).waitFor();
  await page.getByRole('tab', { name: '批量审阅' }).click();
});
afterAll(async () => {
  await browser?.close();
});

describe('the comparison of two 信息公开年报', () => {
  it('shows this year’s 上年结转 beside last year’s 结转下年度, all columns agreeing', async () => {
    await compare(await lastYear('0 0 0 0 0 0 0'));
    await expect.poll(() => carried().locator('h3').textContent()).toContain('上年结转政府信息公开申请数量');
    expect(await shown('now')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'].map((c) => [c, '0', false]));
    expect(await shown('then')).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'].map((c) => [c, '0', false]));
    expect(await carried().textContent()).toContain('各列一致');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('marks the columns where last year’s 结转下年度 differs, and says which', async () => {
    await page.getByRole('button', { name: '返回矩阵' }).click();
    await compare(await lastYear('2 0 0 0 0 0 2'));
    await expect.poll(() => carried().locator('td.mismatch').count()).toBe(4);
    expect((await shown('then')).filter(([, , marked]) => marked)).toEqual([
      ['c1', '2≠不一致', true],
      ['c7', '2≠不一致', true],
    ]);
    expect((await shown('now')).filter(([, , marked]) => marked).map(([column]) => column)).toEqual(['c1', 'c7']);
    expect(await carried().locator('[data-carried-differ]').textContent()).toBe('不一致的列：自然人、总计（已标出）。');
    expect(await carried().locator('td[data-column="c1"]').first().getAttribute('title')).toContain('0 ≠ 2');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the page', () => {
  it('made no request beyond its own origin and logged no error', () => {
    expectOnlyLocalRequests(session, base);
    expect(session.errors).toEqual([]);
  });
});
