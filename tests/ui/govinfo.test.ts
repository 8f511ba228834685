// A 政府信息公开工作年度报告 dropped into the app: checked against its own rule set (its
// checklist's groups A–D), tables 二, 三 and 四 shown as tables with every cell, and the cells of
// a broken identity marked, in words as well as colour.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { shared } from '../helpers/docs.ts';
import { govinfoDoc } from '../helpers/govinfo.ts';
import { trialReport, trialText } from '../helpers/govinfo-trial.ts';
import { openFile, pageForFile, seriousViolations, shownStatuses, showReport } from './browser.ts';

const base = inject('baseUrl');
const HUAIAN = shared('corpus/govinfo/huaian-city-2024.pdf');
const HONGZE_2023 = shared('corpus/govinfo/hongze-district-2023.pdf');

const live = pageForFile(base);
const cell = (id: string) => live.session.page.locator(`.tables [data-cell="${id}"]`);

describe('a 政府信息公开工作年度报告 in the app', () => {
  it('is checked against its own rule set, with its groups and the 17 indicators', async () => {
    const { page } = live.session;
    expect(await openFile(page, HUAIAN)).toBe('checked');
    const statuses = await shownStatuses(page);
    expect(Object.keys(statuses)).toHaveLength(17);
    expect(statuses['requests-table']).toBe('present');
    expect(await page.locator('.checklist h3').allTextContents()).toEqual(['A 标识与发布', 'B 总体情况', 'C 统计表', 'D 问题与其他事项']);
    // A government's report: 考核、评议、追究 is required of it, and nothing is marked otherwise.
    expect(await page.locator('[data-not-required]').count()).toBe(0);
  });

  it('marks an indicator not required of a department, in words', async () => {
    const { page } = live.session;
    const text = (await govinfoDoc('hongze-district-2024.pdf')).text.replace(/^淮安市洪泽区人民政府(?=2024)/u, '淮安市洪泽区财政局');
    const path = join(mkdtempSync(join(tmpdir(), 'govinfo-')), 'department.txt');
    writeFileSync(path, text);
    expect(await openFile(page, path)).toBe('checked');
    const item = page.locator('[data-indicator-id="overview-assessment-accountability"]');
    await expect.poll(() => item.locator('[data-not-required]').count()).toBe(1);
    expect(await item.textContent()).toContain('第五十条');
  });

  it('shows the three tables with every cell as read, none marked', async () => {
    const { page } = live.session;
    await showReport(page, HUAIAN);
    await expect.poll(() => page.locator('.tables table').count()).toBe(3);
    expect(await page.locator('.tables [data-cell]').count()).toBe(200);
    expect(await cell('t3.new.c7').textContent()).toBe('3119');
    expect(await cell('t2.fees').textContent()).toBe('96171.6');
    expect(await page.locator('.tables td.failed').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('names under its table a row the format does not have, and reads the others', async () => {
    const { page } = live.session;
    const text = trialText(trialReport({ extraRows: [['其他主动公开文件', '12', '12', '40']] }), 'one cell per line');
    const path = join(mkdtempSync(join(tmpdir(), 'govinfo-')), 'trial-extra-row.txt');
    writeFileSync(path, text);
    expect(await openFile(page, path)).toBe('checked');
    const extra = page.locator('.tables [data-extra-rows="t2v"]');
    await expect.poll(() => extra.textContent()).toContain('“其他主动公开文件”');
    expect(await page.locator('.tables [data-table="t2v"] [data-cell]').count()).toBe(22);
    expect(await page.locator('.tables [data-extra-rows]').count()).toBe(1);
  });

  it('marks the 总计 cells of table 四 that do not add up, in words', async () => {
    const { page } = live.session;
    expect(await openFile(page, HONGZE_2023)).toBe('checked');
    await expect.poll(() => page.locator('.tables td.failed').count()).toBeGreaterThan(0);
    expect(await page.locator('.tables td.failed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell')))).toContain('t4.rec.total');
    expect(await cell('t4.rec.total').textContent()).toContain('勾稽关系不成立');
    expect(await page.locator('.tables [data-table="t3"] td.failed').count()).toBe(0);
  });

  it('marks a changed cell of table 三 in a text copy, naming the identity in its title', async () => {
    const { page } = live.session;
    const text = (await govinfoDoc('huaian-city-2024.pdf')).text.replace('105 0 0 0 0 0 105', '105 0 0 0 0 0 106');
    const path = join(mkdtempSync(join(tmpdir(), 'govinfo-')), 'huaian-changed.txt');
    writeFileSync(path, text);
    expect(await openFile(page, path)).toBe('checked');
    await expect.poll(() => cell('t3.deny8.c7').getAttribute('class')).toContain('failed');
    expect(await cell('t3.deny8.c7').getAttribute('title')).toContain('表三');
  });
});
