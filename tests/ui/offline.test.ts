// The served site installs itself: after one visit the service worker has every file, and a
// PDF is checked with the network gone.

import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { shared } from '../helpers/docs.ts';
import { launch, open, openFile, waitForResult, type Session } from './browser.ts';

const base = inject('baseUrl');

let browser: Browser;
let session: Session;

beforeAll(async () => {
  browser = await launch();
  session = await open(browser, base, base);
});
afterAll(async () => {
  await browser?.close();
});

it('links a web manifest that names the app and its icons', async () => {
  const href = await session.page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await session.context.request.get(new URL(href!, base).href)).json();
  expect(manifest.short_name).toBe('年报体检');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

it('works offline after the first visit', async () => {
  const { page, context } = session;
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
  await page.reload();
  await page.locator('details.rules summary .name').waitFor();
  await openFile(page, shared('fixtures/xiegou-2020.pdf'));
  expect(await waitForResult(page)).toBe('checked');
  await context.setOffline(false);
});
