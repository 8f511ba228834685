// Writes tests/fixtures/formats/chromium.mht: a CMS-style page of our own text (GB2312, with
// menus, a script and a footer around the article), opened in Chromium and saved by its own
// MHTML snapshot (Page.captureSnapshot), as "save as single file" does.
//   npx tsx scripts/make-mht-fixture.ts

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { encodeGbk, webPageHtml } from '../tests/fixtures/build-formats.ts';

export const CHROMIUM_PAGE = {
  title: '测试县2024年法治政府建设年度报告',
  paragraphs: ['一、主要举措和成效', '全县行政执法单位全面推行行政执法公示制度，执法全过程记录覆盖率100%。', '指标', '二、存在的不足'],
  charset: 'gb2312',
};

const dir = mkdtempSync(join(tmpdir(), 'mht-fixture-'));
const file = join(dir, 'report.html');
writeFileSync(file, encodeGbk(webPageHtml(CHROMIUM_PAGE)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`file://${file}`);
  const session = await page.context().newCDPSession(page);
  const { data } = (await session.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
  writeFileSync('tests/fixtures/formats/chromium.mht', data);
} finally {
  await browser.close();
}
