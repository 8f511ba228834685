// One Chromium per test file, with every request recorded: the app must never reach the
// network, so anything but the local test server (or file:, data:, blob:) is refused and kept.

import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL requested by the page, its workers and its service worker. */
  requests: string[];
  /** Console errors and uncaught exceptions, which a healthy app never produces. */
  errors: string[];
}

/** One browser and one page for a test file: opened before its tests, closed after them. */
export function pageForFile(url: string, allowed = url): { browser: Browser; session: Session } {
  const live = {} as { browser: Browser; session: Session };
  beforeAll(async () => {
    live.browser = await launch();
    live.session = await open(live.browser, url, allowed);
  });
  afterAll(async () => {
    await live.browser?.close();
  });
  return live;
}

/** `allowed` is the one origin (or 'file:') the app may load from. */
export async function open(browser: Browser, url: string, allowed: string): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  const local = (u: string) => u.startsWith(allowed) || /^(data|blob):/.test(u);
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  // Ready once the worker has loaded the rule set (its title shows in the header).
  await page.locator('details.rules summary .name').waitFor();
  return { context, page, requests, errors };
}

export function expectOnlyLocalRequests(session: Session, allowed: string): void {
  expect(session.requests.filter((u) => !(u.startsWith(allowed) || /^(data|blob):/.test(u)))).toEqual([]);
}

/** Opens a file through the app's own file input, as a user would, and waits for its outcome. */
export function openFile(page: Page, path: string): Promise<'checked' | 'failed'> {
  return resultOf(page, () => page.locator('#document-file').setInputFiles(path));
}

/** Does what opens a report (a file chosen, text pasted, a key pressed) and waits until the
 *  outcome of that report is shown — not the report or failure that was on the page before. */
export async function resultOf(page: Page, act: () => Promise<unknown>): Promise<'checked' | 'failed'> {
  const outcome = page.locator('#panel-single');
  const before = await outcome.getAttribute('data-outcome');
  await act();
  await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 90_000 }).not.toBe(before);
  return (await page.locator('[role="alert"] [data-error-code]').count()) > 0 ? 'failed' : 'checked';
}

/** Opens the report unless it is the one already shown, for a test that reads it. */
export async function showReport(page: Page, path: string): Promise<void> {
  const file = page.locator('.summary .file');
  if ((await file.count()) > 0 && (await file.textContent()) === path.split('/').pop()) return;
  expect(await openFile(page, path)).toBe('checked');
}

/** rule id → checker's status, as the page shows them. */
export async function shownStatuses(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-indicator-id]', (items) =>
    Object.fromEntries(items.map((item) => [item.getAttribute('data-indicator-id'), item.getAttribute('data-status')])),
  );
}

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** axe-core's serious and critical violations on the current page, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Not page.addScriptTag: the app's CSP rightly refuses an inline script. Evaluating through
  // the DevTools protocol is outside the page's policy.
  await page.evaluate(AXE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run();
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
