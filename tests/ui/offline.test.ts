// The served site installs itself: after one visit the service worker has every file, and a
// PDF is checked with the network gone.

import { expect, inject, it } from 'vitest';
import { shared } from '../helpers/docs.ts';
import { openFile, pageForFile } from './browser.ts';

const base = inject('baseUrl');

const live = pageForFile(base);

it('links a web manifest that names the app and its icons', async () => {
  const href = await live.session.page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await live.session.context.request.get(new URL(href!, base).href)).json();
  expect(manifest.short_name).toBe('年报体检');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

it('works offline after the first visit', async () => {
  const { page, context } = live.session;
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
  await page.reload();
  await page.locator('details.rules summary .name').waitFor();
  expect(await openFile(page, shared('fixtures/xiegou-2020.pdf'))).toBe('checked');
  expect(await page.locator('.summary .file').textContent()).toBe('xiegou-2020.pdf');
  await context.setOffline(false);
});
