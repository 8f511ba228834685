// What goes wrong must be said plainly and leave the app usable: unreadable files show the
// reader's message, a broken rule file shows its line and field while the previous set stays.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repo, shared } from '../helpers/docs.ts';
import { expectOnlyLocalRequests, openFile, pageForFile, showReport, shownStatuses } from './browser.ts';
import { cliReport, statuses } from './expected.ts';

const base = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-ui-'));
const GOOD = shared('corpus/dev/xiegou-2020.txt');

function input(name: string, bytes: Uint8Array | string): string {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

const live = pageForFile(base);

describe('a file that cannot be checked', () => {
  const random = new Uint8Array(4096);
  for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 251;

  it.each([
    ['empty', input('empty.txt', ''), 'empty', '文件是空的'],
    ['random bytes', input('random.bin', random), 'unknown-encoding', '无法识别该文本文件的编码'],
    ['a file named .pdf that is no PDF', input('renamed.pdf', random), 'corrupt-pdf', '不是有效的 PDF'],
    ['a file named .docx that is no Word document', input('renamed.docx', random), 'corrupt-docx', '不是有效的 Word 文档'],
    ['a truncated PDF', repo('tests/fixtures/bad/truncated.pdf'), 'corrupt-pdf', '该 PDF 文件已损坏或不完整'],
  ])('%s shows the reader’s message', async (_name, path, code, words) => {
    const { page } = live.session;
    expect(await openFile(page, path)).toBe('failed');
    const message = page.locator('[role="alert"] [data-error-code]');
    expect(await message.getAttribute('data-error-code')).toBe(code);
    expect(await message.textContent()).toContain(words);
    expect(await page.locator('[role="alert"] strong').textContent()).toContain(path.split('/').pop());
    expect(await page.locator('[data-indicator-id]').count()).toBe(0);
  });

  it('says in English, when the interface is in English, that a renamed .pdf is no valid PDF', async () => {
    const page = live.session.page;
    await page.getByRole('button', { name: 'English' }).click();
    expect(await openFile(page, join(dir, 'renamed.pdf'))).toBe('failed');
    const message = page.locator('[role="alert"] [data-error-code]');
    expect(await message.getAttribute('data-error-code')).toBe('corrupt-pdf');
    expect(await message.textContent()).toMatch(/not a valid PDF.*damaged.*renamed to \.pdf/u);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => message.textContent()).toContain('不是有效的 PDF');
  });

  it('leaves the app usable: a good file is checked next', async () => {
    expect(await openFile(live.session.page, GOOD)).toBe('checked');
    expect(await live.session.page.locator('[role="alert"] [data-error-code]').count()).toBe(0);
    expect(await shownStatuses(live.session.page)).toEqual(statuses(await cliReport(GOOD)));
  });
});

describe('a report with stray NULs from a bad export', () => {
  it('is checked, and the dropped NULs are a warning among the findings', async () => {
    const text = readFileSync(GOOD, 'utf8');
    expect(await openFile(live.session.page, input('xiegou-nul.txt', text.replace('法治', '法\0治')))).toBe('checked');
    expect(await live.session.page.locator('.summary .file').textContent()).toBe('xiegou-nul.txt');
    expect(await shownStatuses(live.session.page)).toEqual(statuses(await cliReport(GOOD)));
    expect(await live.session.page.locator('[data-finding="stray-nul-characters"]').textContent()).toContain('1 个空字符');
  });
});

describe('rule files', () => {
  const summary = () => live.session.page.locator('details.rules > summary');

  it('a broken one shows its line and field, and the built-in set stays active', async () => {
    await showReport(live.session.page, GOOD);
    const before = await summary().textContent();
    const bad = input('bad-rules.yaml', 'id: mine\nversion: "1"\ntitle: 我的规则\nrules:\n  - id: x\n    title: 某项\n    group: E\n    source: 无\n    advice: 无\n    look-for: [某]\n');
    await live.session.page.locator('#rules-file').setInputFiles(bad);
    const problem = live.session.page.locator('[data-rule-error]');
    await expect.poll(() => problem.count()).toBe(1);
    const text = (await problem.textContent())!;
    expect(text).toContain('bad-rules.yaml');
    expect(text).toMatch(/第 7 行/);
    expect(text).toContain('group');
    expect(await summary().textContent()).toBe(before);
    expect(await live.session.page.locator('[data-indicator-id]').count()).toBe(26);
    expect(await live.session.page.locator('.summary .file').textContent()).toBe('xiegou-2020.txt');
  });

  it('a valid one re-checks the open report, is remembered, and can be dropped again', async () => {
    await showReport(live.session.page, GOOD);
    const mine = input(
      'mine.yaml',
      'id: mine\nversion: "1"\ntitle: 只查行政复议\nrules:\n  - id: admin-reconsideration\n    title: 行政复议\n    group: B\n    source: 自定\n    advice: 写明行政复议案件数\n    quantitative: true\n    look-for: [行政复议]\n',
    );
    await live.session.page.locator('#rules-file').setInputFiles(mine);
    await expect.poll(() => live.session.page.locator('[data-indicator-id]').count()).toBe(1);
    expect(await summary().textContent()).toContain('只查行政复议');
    await live.session.page.reload();
    await expect.poll(() => summary().textContent()).toContain('只查行政复议');
    // The report itself is never stored: after a reload nothing is open.
    expect(await live.session.page.locator('[data-indicator-id]').count()).toBe(0);
    expect(await live.session.page.evaluate(() => Object.values(localStorage).join('').includes('斜沟'))).toBe(false);
    if (!(await live.session.page.locator('details.rules').getAttribute('open'))) await summary().click();
    await live.session.page.getByRole('button', { name: '恢复内置规则集' }).click();
    await expect.poll(() => summary().textContent()).toContain('默认规则集');
  });

  it('made no request beyond its own origin', () => {
    expectOnlyLocalRequests(live.session, base);
  });
});
