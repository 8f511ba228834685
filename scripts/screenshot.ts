// docs/screenshot.png for the README: the single-file build with a dev report checked and one
// indicator's evidence highlighted. Run after `npm run build`: npx tsx scripts/screenshot.ts
import { chromium } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';

const at = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(pathToFileURL(at('dist/nianbao-check.html')).href);
await page.locator('details.rules summary .name').waitFor();
await page.locator('#document-file').setInputFiles(at('../shared/fixtures/shuangjiang-2023.pdf'));
await page.locator('[data-indicator-id]').first().waitFor();
await page.locator('[data-indicator-id="shortcomings-and-causes"] button.head').click();
await page.locator('.document mark').first().waitFor();
await page.mouse.move(0, 0);
await page.screenshot({ path: at('docs/screenshot.png') });
await browser.close();
