// The key-figures panel: for a dev report it lists the figures the core reads (the same core run
// in Node), flags the one an arithmetic finding disputes, and a click on a figure marks its
// passage in the document.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { shared } from '../helpers/docs.ts';
import { expectOnlyLocalRequests, openFile, pageForFile, seriousViolations, showReport } from './browser.ts';
import { cliReport } from './expected.ts';

const base = inject('baseUrl');
const REPORT = shared('corpus/dev/shuangjiang-2023.txt');
const ROUNDED = shared('corpus/dev/xiegou-2020.txt');

const live = pageForFile(base);
const rows = () => live.session.page.locator('.figures [data-figure-indicator]');
const rate = () => live.session.page.locator('.figures [data-figure-indicator="dispute-resolution"][data-figure-name="化解率"]');

describe('the key figures of a report', () => {
  it('lists every figure the core reads, grouped under its indicator', async () => {
    const expected = await cliReport(REPORT);
    expect(expected.figures?.length).toBeGreaterThan(0);
    const { page } = live.session;
    expect(await openFile(page, REPORT)).toBe('checked');
    const shown = await rows().evaluateAll((items) => items.map((li) => [li.getAttribute('data-figure-indicator'), li.getAttribute('data-figure-name')]));
    expect(shown).toEqual(expected.figures!.map((f) => [f.indicator, f.name]));
    const titles = [...new Set(expected.figures!.map((f) => f.indicator))].map((id) => expected.results.find((r) => r.id === id)!.title);
    expect(await page.locator('.figures h3').allTextContents()).toEqual(titles);
  });

  it('marks 化解率 95.2% as not adding up, in words', async () => {
    await showReport(live.session.page, REPORT);
    await expect.poll(() => rate().count()).toBe(1);
    expect(await rate().getAttribute('class')).toContain('conflicting');
    const text = await rate().textContent();
    expect(text).toContain('95.2%');
    expect(text).toContain('与其他数字不符');
    const fine = live.session.page.locator('.figures [data-figure-name="信访受理"]');
    expect(await fine.textContent()).not.toContain('与其他数字不符');
  });

  it('highlights the figure’s passage when its row is clicked', async () => {
    await showReport(live.session.page, REPORT);
    await rate().locator('button').click();
    const mark = live.session.page.locator('.document mark[data-evidence="0"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toContain('95.2%');
    await expect.poll(() => mark.isVisible()).toBe(true);
  });

  it('is reachable by keyboard', async () => {
    const { page } = live.session;
    await showReport(page, REPORT);
    const first = rows().first();
    await first.locator('button').focus();
    await page.keyboard.press('Enter');
    const quote = (await cliReport(REPORT)).figures![0].quote;
    await expect.poll(() => page.locator('.document mark[data-evidence="0"]').textContent()).toBe(quote);
  });

  it('has an English heading and hint', async () => {
    const { page } = live.session;
    await showReport(page, REPORT);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#figures-title').textContent()).toBe('Key figures');
    expect(await rate().textContent()).toContain('does not add up');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('#figures-title').textContent()).toBe('关键数据');
  });
});

describe('other reports', () => {
  it('puts 约 before a rounded figure', async () => {
    const rounded = (await cliReport(ROUNDED)).figures!.find((f) => f.approximate)!;
    const { page } = live.session;
    expect(await openFile(page, ROUNDED)).toBe('checked');
    const row = page.locator(`.figures [data-figure-indicator="${rounded.indicator}"][data-figure-name="${rounded.name}"] .value`).first();
    await expect.poll(() => row.textContent()).toMatch(/^约\d/);
  });

  it('gives the page of each figure in a PDF', async () => {
    const { page } = live.session;
    expect(await openFile(page, shared('fixtures/shuangjiang-2023.pdf'))).toBe('checked');
    await expect.poll(() => rate().locator('.where').textContent()).toMatch(/^第 \d+ 页$/);
  });

  it('says so in one line when the report gives no figures', async () => {
    // The same report without its digits and its 无 (read as a zero): nothing left to read a figure from.
    const path = join(mkdtempSync(join(tmpdir(), 'nianbao-figures-')), 'no-digits.txt');
    writeFileSync(path, readFileSync(REPORT, 'utf8').replace(/[0-9０-９无]/g, ''));
    expect((await cliReport(path)).figures).toEqual([]);
    const { page } = live.session;
    expect(await openFile(page, path)).toBe('checked');
    expect(await page.locator('.summary .file').textContent()).toBe('no-digits.txt');
    await expect.poll(() => page.locator('.figures .none').textContent()).toBe('未从报告中读出关键数据。');
    expect(await rows().count()).toBe(0);
  });
});

describe('the page', () => {
  it('has no serious or critical axe violation with a figure highlighted', async () => {
    await showReport(live.session.page, REPORT);
    await rate().locator('button').click();
    await expect.poll(() => live.session.page.locator('.document mark[data-evidence="0"]').count()).toBe(1);
    expect(await seriousViolations(live.session.page)).toEqual([]);
  });

  it('made no request beyond its own origin', () => {
    expectOnlyLocalRequests(live.session, base);
    expect(live.session.errors).toEqual([]);
  });
});
