// dist/nianbao-check.html opened from disk with the network cut off must still check a PDF:
// pdf.js, the CMaps, the rule set and the worker all travel inside the one file; so must the
// batch view, whose pool of workers is started from the same inlined script.

import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formatVariants } from '../fixtures/build-formats.ts';
import { shared } from '../helpers/docs.ts';
import { expectOnlyLocalRequests, launch, open, openFile, seriousViolations, showReport, shownStatuses, type Session } from './browser.ts';
import { cliReport, statuses } from './expected.ts';

const single = join(inject('distDir'), 'nianbao-check.html');
const PDF = shared('fixtures/hongtu-2023.pdf');

let browser: Browser;
let session: Session;

beforeAll(async () => {
  browser = await launch();
  session = await open(browser, pathToFileURL(single).href, 'file:');
});
afterAll(async () => {
  await browser?.close();
});

it('is one file beside the site', () => {
  expect(existsSync(single)).toBe(true);
  expect(statSync(single).size).toBeGreaterThan(1_000_000);
});

it('checks a PDF from file:// with no network, as the CLI does', async () => {
  expect(await openFile(session.page, PDF)).toBe('checked');
  expect(await session.page.locator('.summary .file').textContent()).toBe('hongtu-2023.pdf');
  expect(await shownStatuses(session.page)).toEqual(statuses(await cliReport(PDF)));
});

it('has no serious or critical axe violation', async () => {
  await showReport(session.page, PDF);
  expect(await seriousViolations(session.page)).toEqual([]);
});

it('checks a batch from file://, each row as the CLI checks it', async () => {
  const { page } = session;
  const files = [PDF, shared('fixtures/xiegou-2020.docx')];
  await page.getByRole('tab', { name: '批量审阅' }).click();
  await expectBatchRows(files, async (file) => statuses(await cliReport(file)));
});

/** Adds the files to the batch and waits for each row to show the expected statuses. */
async function expectBatchRows(files: string[], expected: (file: string) => Promise<Record<string, string>>): Promise<void> {
  const { page } = session;
  await page.locator('#batch-files').setInputFiles(files);
  await page.locator(`[data-done="${files.length}"]`).waitFor({ timeout: 90_000 });
  for (const file of files) {
    const row = page.locator(`table.matrix tbody tr[data-file="${basename(file)}"]`);
    const cells = () => row.locator('td[data-indicator-id]').evaluateAll((tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-indicator-id'), td.getAttribute('data-status')])));
    // The table adds its rows a few a frame after the last file is done.
    await expect.poll(cells, { timeout: 30_000 }).toEqual(await expected(file));
  }
}

it('checks a .doc, an .ofd and an .mht from file://, alone and in the batch, as the CLI checks the text', async () => {
  const { page } = session;
  const text = shared('corpus/dev/xiegou-2020.txt');
  const expected = statuses(await cliReport(text));
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-single-formats-'));
  const variants = formatVariants(readFileSync(text, 'utf8'));
  const files = ['report.doc', 'report.ofd', 'report-gb2312.mht'].map((name) => {
    writeFileSync(join(dir, name), variants[name]);
    return join(dir, name);
  });
  await page.getByRole('tab', { name: '单份检查' }).click();
  for (const file of files) {
    expect(await openFile(page, file), file).toBe('checked');
    expect(await shownStatuses(page), file).toEqual(expected);
  }
  await page.getByRole('tab', { name: '批量审阅' }).click();
  await page.getByRole('button', { name: '清空' }).click();
  await expectBatchRows(files, async () => expected);
});

it('requested nothing but file:, data: and blob: URLs', () => {
  expect(session.requests.length).toBeGreaterThan(0);
  expectOnlyLocalRequests(session, 'file:');
  expect(session.errors).toEqual([]);
});
