// The app on the served site: for a dev report in each format its verdicts are the CLI's, its
// evidence is highlighted in the document, nothing leaves the page and axe finds no serious
// accessibility problem.

import { describe, expect, inject, it } from 'vitest';
import { shared } from '../helpers/docs.ts';
import { expectOnlyLocalRequests, openFile, pageForFile, seriousViolations, showReport, shownStatuses } from './browser.ts';
import { cliReport, squash, statuses } from './expected.ts';

const base = inject('baseUrl');
const FILES = {
  txt: shared('corpus/dev/hongtu-2023.txt'),
  docx: shared('fixtures/liangyuan-2021.docx'),
  pdf: shared('fixtures/shuangjiang-2023.pdf'),
};

const live = pageForFile(base);

describe.each(Object.entries(FILES))('a %s report', (format, path) => {
  it('gets the same verdict per indicator as the CLI', async () => {
    const expected = await cliReport(path);
    expect(await openFile(live.session.page, path)).toBe('checked');
    expect(await live.session.page.locator('.summary .file').textContent()).toBe(path.split('/').pop());
    await expect.poll(() => live.session.page.locator('.document h2 .file').textContent()).toBe(path.split('/').pop());
    expect(await shownStatuses(live.session.page)).toEqual(statuses(expected));
    if (format === 'pdf') expect(await live.session.page.locator('.page-mark').count()).toBeGreaterThan(0);
  });

  it('highlights the quoted evidence of a clicked indicator', async () => {
    await showReport(live.session.page, path);
    const expected = await cliReport(path);
    const withEvidence = expected.results.find((r) => r.evidence.length > 0)!;
    const item = live.session.page.locator(`[data-indicator-id="${withEvidence.id}"]`);
    await item.locator('button.head').click();
    const marks = live.session.page.locator('.document mark[data-evidence="0"]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const marked = squash((await marks.allTextContents()).join(''));
    expect(marked).toContain(squash(withEvidence.evidence[0].quote));
    await expect.poll(() => marks.first().isVisible()).toBe(true);
    if (format === 'pdf') expect(await item.locator('.where').first().textContent()).toMatch(/第 \d+ 页/);
  });

  it('explains a missing indicator by what was looked for', async () => {
    await showReport(live.session.page, path);
    const expected = await cliReport(path);
    const missing = expected.results.find((r) => r.status === 'missing');
    expect(missing, 'each of these reports misses an indicator').toBeDefined();
    await live.session.page.locator(`[data-indicator-id="${missing!.id}"] button.head`).click();
    await expect.poll(() => live.session.page.locator('.missing-note').textContent()).toContain(missing!.reason);
    expect(await live.session.page.locator('.document mark').count()).toBe(0);
  });
});

describe('the page', () => {
  it('has no serious or critical axe violation with a checked report open', async () => {
    await showReport(live.session.page, FILES.pdf);
    await live.session.page.locator('[data-indicator-id] button.head').first().click();
    expect(await seriousViolations(live.session.page)).toEqual([]);
  });

  it('made no request beyond its own origin', () => {
    expectOnlyLocalRequests(live.session, base);
    expect(live.session.errors).toEqual([]);
  });
});
