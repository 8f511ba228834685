// A scan in the app: the site loads text recognition when the first scan arrives and shows the
// recognised text page by page, with the finding that says so; the single file with OCR does the
// same from file:// with no network, the batch checks a scan as a row, and the lean single file
// says which build to use instead.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { repo } from '../helpers/docs.ts';
import { expectOnlyLocalRequests, launch, open, openFile, shownStatuses } from './browser.ts';
import { cliReport, statuses } from './expected.ts';

const SCAN = repo('tests/fixtures/scans/simplified.png');
const TRADITIONAL = repo('tests/fixtures/scans/traditional.png');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('the site recognises a scanned page as the CLI does, shows it as a page and says it was recognised', async () => {
  const session = await open(browser, inject('baseUrl'), inject('baseUrl'));
  const { page } = session;
  expect(await openFile(page, SCAN)).toBe('checked');
  expect(await shownStatuses(page)).toEqual(statuses(await cliReport(SCAN)));
  await expect.poll(() => page.locator('.summary .findings').textContent()).toMatch(/文字识别（OCR）.*平均置信度 \d+%/u);
  await expect.poll(() => page.locator('.page-mark').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('#panel-single').textContent()).toContain('依法行政贯穿工作全过程');
  expect(await openFile(page, TRADITIONAL)).toBe('checked');
  await expect.poll(() => page.locator('#panel-single').textContent()).toContain('依法行政');
  expectOnlyLocalRequests(session, inject('baseUrl'));
  expect(session.errors).toEqual([]);
  await session.context.close();
});

it('the single file with OCR recognises a scan from file:// with no network, in the single view and the batch', async () => {
  const session = await open(browser, pathToFileURL(join(inject('distDir'), 'nianbao-check-ocr.html')).href, 'file:');
  const { page } = session;
  expect(await openFile(page, SCAN)).toBe('checked');
  const expected = statuses(await cliReport(SCAN));
  expect(await shownStatuses(page)).toEqual(expected);
  await page.getByRole('tab', { name: '批量审阅' }).click();
  await page.locator('#batch-files').setInputFiles([SCAN]);
  await page.locator('[data-done="1"]').waitFor({ timeout: 90_000 });
  const row = page.locator('table.matrix tbody tr[data-file="simplified.png"]');
  const cells = () => row.locator('td[data-indicator-id]').evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-indicator-id'), td.getAttribute('data-status')])));
  await expect.poll(cells).toEqual(expected);
  expectOnlyLocalRequests(session, 'file:');
  expect(session.errors).toEqual([]);
  await session.context.close();
});

it('the lean single file refuses a scan and names the build that reads it', async () => {
  const session = await open(browser, pathToFileURL(join(inject('distDir'), 'nianbao-check.html')).href, 'file:');
  expect(await openFile(session.page, SCAN)).toBe('failed');
  const message = session.page.locator('[role="alert"] [data-error-code]');
  expect(await message.getAttribute('data-error-code')).toBe('no-ocr');
  expect(await message.textContent()).toContain('nianbao-check-ocr.html');
  await session.context.close();
});
