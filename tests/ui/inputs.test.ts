// The other ways in: text pasted into the dialog, and a file dropped anywhere on the page.

import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { shared } from '../helpers/docs.ts';
import { pageForFile, resultOf, showReport, shownStatuses } from './browser.ts';
import { cliReport, statuses } from './expected.ts';

const base = inject('baseUrl');
const REPORT = shared('corpus/dev/liangyuan-2021.txt');

const live = pageForFile(base);

it('checks pasted text as a txt report', async () => {
  const { page } = live.session;
  await page.getByRole('button', { name: '粘贴文本' }).click();
  await page.getByLabel('报告文字').fill(readFileSync(REPORT, 'utf8'));
  expect(await resultOf(page, () => page.getByRole('button', { name: '检查', exact: true }).click())).toBe('checked');
  expect(await shownStatuses(page)).toEqual(statuses(await cliReport(REPORT)));
  expect(await page.locator('.summary .file').textContent()).toBe('粘贴的文本.txt');
});

it('checks a file dropped on the page, replacing the open report', async () => {
  const { page } = live.session;
  await showReport(page, REPORT);
  const path = shared('corpus/dev/hongtu-2023.txt');
  const bytes = [...readFileSync(path)];
  const dropped = () => page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(content)], 'hongtu-2023.txt', { type: 'text/plain' }));
    const target = document.querySelector('main')!;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, bytes);
  expect(await resultOf(page, dropped)).toBe('checked');
  expect(await page.locator('.summary .file').textContent()).toBe('hongtu-2023.txt');
  expect(await shownStatuses(page)).toEqual(statuses(await cliReport(path)));
  expect(await page.locator('.overlay').count()).toBe(0);
});
