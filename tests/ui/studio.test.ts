// The rule studio's "done when", in the single file opened from file:// with the network cut
// off: a term added in the editor turns a failing example into a passing one and changes a
// loaded report's verdict in the change table; an invalid value is underlined on its line while
// checking goes on with the last valid set; the set is saved and loaded back.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { repo, shared } from '../helpers/docs.ts';
import { findInEditor } from '../helpers/editor.ts';
import { expectOnlyLocalRequests, launch, open, openFile, seriousViolations, shownStatuses, type Session } from './browser.ts';

const single = join(inject('distDir'), 'nianbao-check.html');
const REPORT = shared('corpus/dev/liangyuan-2021.txt');
const LOOK_FOR = '    look-for: [行政复议, 复议案件, 复议申请]';
const dir = mkdtempSync(join(tmpdir(), 'nianbao-studio-'));
/** The built-in set with 行政复议 looked for only as a phrase no report uses. */
const NARROWED = join(dir, '我省规则.yaml');
writeFileSync(NARROWED, readFileSync(repo('rules/annual-report.yaml'), 'utf8').replace(LOOK_FOR, '    look-for: [复议受理]'));
const EXAMPLE = '全年受理行政复议案件13件，已调解3件，办结10件。';

let browser: Browser;
let session: Session;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  session = await open(browser, pathToFileURL(single).href, 'file:');
  page = session.page;
});
afterAll(async () => {
  await browser?.close();
});

const example = () => page.locator('[data-studio-examples] li', { hasText: EXAMPLE });
const change = () => page.locator('[data-change^="liangyuan-2021.txt|admin-reconsideration|"]');

it('turns a failing example into a passing one and shows the new verdict of a loaded report', async () => {
  await page.locator('#rules-file').setInputFiles(NARROWED);
  await expect.poll(() => page.locator('details.rules .meta').textContent()).toContain('我省规则.yaml');
  await page.getByRole('tab', { name: '规则工作台' }).click();
  await page.locator('[data-studio-state="valid"]').waitFor();
  await page.locator('#studio-reports').setInputFiles(REPORT);
  await page.locator('[data-studio-reports="1"]').waitFor();

  await findInEditor(page, 'look-for: [复议受理');
  await expect.poll(() => example().getAttribute('data-passes')).toBe('false');
  await expect.poll(() => page.locator('[data-studio-changes]').textContent()).toContain('1 份报告的结论都没有改变');

  await page.keyboard.type(', 行政复议');
  await expect.poll(() => example().getAttribute('data-passes'), { timeout: 30_000 }).toBe('true');
  await expect.poll(() => change().getAttribute('data-change'), { timeout: 30_000 }).toBe('liangyuan-2021.txt|admin-reconsideration|missing|present');
  expect(await change().locator('td').nth(3).textContent()).toBe('具备');
});

it('tries a sentence against the rule under the cursor, and lists terms that match nothing', async () => {
  await page.locator('[data-studio-try]').fill('全年受理行政复议案件7件。');
  const trial = page.locator('[data-trial-status]');
  await expect.poll(() => trial.getAttribute('data-trial-status')).toBe('present');
  expect(await trial.textContent()).toContain('look-for: 行政复议');
  expect(await trial.textContent()).toContain('件数（count）');
  await page.locator('[data-studio-try]').fill('加强行政复议工作。');
  await expect.poll(() => trial.getAttribute('data-trial-status')).toBe('weak');

  await page.locator('[data-studio-coverage] summary').click();
  expect(await page.locator('[data-unmatched] li').allTextContents()).toContain('admin-reconsideration · look-for: 复议受理');
  await findInEditor(page, 'look-for: [复议受理, 行政复议');
});

it('underlines an invalid value on its line and keeps checking with the last valid set', async () => {
  await findInEditor(page, 'units: [件, 起, 宗, 例]');
  // Home goes to the start of the line's text, after its indentation.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('units: 件');
  const underlined = page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') });
  await expect.poll(() => underlined.textContent(), { timeout: 30_000 }).toContain('units: 件');
  const state = page.locator('[data-studio-state="invalid"]');
  const line = Number(/第 (\d+) 行/.exec((await state.textContent()) ?? '')?.[1]);
  expect(await page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent()).toBe(String(line));
  expect(await state.textContent()).toContain('列表');
  // The examples and the change table are still those of the last valid edit.
  expect(await example().getAttribute('data-passes')).toBe('true');
  expect(await change().count()).toBe(1);

  await page.getByRole('tab', { name: '单份检查' }).click();
  expect(await openFile(page, REPORT)).toBe('checked');
  expect((await shownStatuses(page))['admin-reconsideration']).toBe('present');
});

it('saves the last valid set as .yaml and loads it back', async () => {
  await page.getByRole('tab', { name: '规则工作台' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .yaml' }).click()]);
  expect(download.suggestedFilename()).toBe('我省规则.yaml');
  const saved = join(dir, 'saved.yaml');
  await download.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  expect(text).toContain('look-for: [复议受理, 行政复议]');
  expect(text).toContain('units: [件, 起, 宗, 例]');

  await page.getByRole('button', { name: '恢复内置规则集' }).click();
  await expect.poll(() => page.locator('[data-studio-diff]').getAttribute('data-studio-diff')).toBe('0');
  await page.locator('#rules-file').setInputFiles(saved);
  await expect.poll(() => page.locator('[data-studio-diff]').getAttribute('data-studio-diff')).toBe('1');
  await page.locator('[data-studio-diff] summary').click();
  expect(await page.locator('[data-studio-diff] ins').allTextContents()).toEqual(['+ 复议受理']);
  expect(await page.locator('[data-studio-diff] del').allTextContents()).toEqual(['− 复议案件', '− 复议申请']);
  await page.getByRole('tab', { name: '单份检查' }).click();
  expect(await openFile(page, REPORT)).toBe('checked');
  expect((await shownStatuses(page))['admin-reconsideration']).toBe('present');
  expectOnlyLocalRequests(session, 'file:');
  expect(session.errors).toEqual([]);
});

it('completes field names and explains them on hover, from the schema and rules/README.md', async () => {
  await page.getByRole('tab', { name: '规则工作台' }).click();
  await findInEditor(page, 'quantitative: true');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('zero');
  const completion = page.locator('.cm-tooltip-autocomplete');
  await expect.poll(() => completion.textContent()).toContain('zero-ignored-with');
  expect(await completion.textContent()).toContain('“零”不算');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await page.locator('.cm-line span', { hasText: /^quantitative$/ }).first().hover();
  await expect.poll(() => page.locator('.field-help').textContent()).toContain('quantitative: true：定量指标');
});

it('re-judges the reports of the batch already open', async () => {
  await page.getByRole('tab', { name: '批量审阅' }).click();
  await page.locator('#batch-files').setInputFiles(shared('corpus/dev/hongtu-2023.txt'));
  await page.locator('[data-done="1"]').waitFor({ timeout: 90_000 });
  await page.getByRole('tab', { name: '规则工作台' }).click();
  await page.getByRole('button', { name: '使用批量审阅中的 1 份报告' }).click();
  await page.locator('[data-studio-reports="2"]').waitFor();
  await expect.poll(() => page.locator('[data-studio-changes]').textContent()).toContain('2 份报告的结论都没有改变');
});

it('says what is wrong in English in the English interface', async () => {
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await findInEditor(page, 'units: [件, 起, 宗, 例]');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('units: 件');
  const state = page.locator('[data-studio-state="invalid"]');
  await expect.poll(() => state.textContent(), { timeout: 30_000 }).toMatch(/^Line \d+: units: must be a list \(\[a, b\] or one “- ” a line\) \(checking still uses the last valid version\)$/);
  await page.keyboard.press('Control+z');
  await page.locator('[data-studio-state="valid"]').waitFor();
});

it('checks the open report again under the edited set when the studio is left', async () => {
  await page.getByRole('tab', { name: 'Single report' }).click();
  expect(await openFile(page, REPORT)).toBe('checked');
  expect((await shownStatuses(page))['admin-reconsideration']).toBe('present');
  await page.getByRole('tab', { name: 'Rule studio' }).click();
  await findInEditor(page, 'look-for: [复议受理, 行政复议');
  for (let i = 0; i < ', 行政复议'.length; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => page.locator('[data-studio-diff]').getAttribute('data-studio-diff')).toBe('1');
  await expect.poll(() => page.locator('[data-studio-diff] del').allTextContents()).toContain('− 行政复议');
  await page.getByRole('tab', { name: 'Single report' }).click();
  await expect.poll(async () => (await shownStatuses(page))['admin-reconsideration'], { timeout: 30_000 }).toBe('missing');
  await page.getByRole('tab', { name: 'Rule studio' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator('[data-studio-diff] del').allTextContents()).not.toContain('− 行政复议');
});

it('remembers the last valid edit in the browser', async () => {
  await findInEditor(page, 'look-for: [复议受理, 行政复议');
  await page.keyboard.type(', 复议决定');
  await expect.poll(() => page.locator('[data-studio-diff] ins').allTextContents()).toContain('+ 复议决定');
  // Leaving the studio makes the edit the active set at once.
  await page.getByRole('tab', { name: 'Single report' }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('nianbao-check.rules') ?? '')).toContain('复议决定');
  await page.reload();
  await page.getByRole('tab', { name: 'Rule studio' }).click();
  await page.locator('[data-studio-diff] summary').click();
  await expect.poll(() => page.locator('[data-studio-diff] ins').allTextContents()).toEqual(['+ 复议受理', '+ 复议决定']);
});

it('is styled and accessible on the served site, under its stricter style policy', async () => {
  const base = inject('baseUrl');
  const site = await open(browser, base, base);
  await site.page.getByRole('tab', { name: '规则工作台' }).click();
  await site.page.locator('[data-studio-state="valid"]').waitFor();
  // CodeMirror's own style sheet applies: style-src 'self' refuses a <style> element.
  expect(await site.page.locator('.cm-editor').evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  expect(await seriousViolations(site.page)).toEqual([]);
  expect(site.errors).toEqual([]);
  await site.context.close();
});
