// docs/screenshot.png for the README: the single-file build with a dev report checked and one
// indicator's evidence highlighted; docs/studio.png for rules/README.md: the rule studio with an
// edit of one rule, its examples, a sentence tried and what the edit changes on four reports.
// Run after `npm run build`: npx tsx scripts/screenshot.ts
import { chromium } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { selectInEditor } from '../tests/helpers/editor.ts';

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

await page.getByRole('tab', { name: '规则工作台' }).click();
await page.locator('[data-studio-state="valid"]').waitFor();
const reports = ['hongtu-2023.docx', 'liangyuan-2021.pdf', 'shuangjiang-2023.docx', 'xiegou-2020.pdf'];
await page.locator('#studio-reports').setInputFiles(reports.map((r) => at(`../shared/fixtures/${r}`)));
await page.locator(`[data-studio-reports="${reports.length}"]`).waitFor({ timeout: 60_000 });
// The office narrows 行政复议 to one phrase of its own: the editor's search finds the list.
await selectInEditor(page, '行政复议, 复议案件, 复议申请');
await page.keyboard.type('复议受理, 复议申请');
await page.locator('[data-change]').first().waitFor({ timeout: 60_000 });
await page.locator('[data-studio-try]').fill('全年受理行政复议案件7件，办结6件。');
await page.locator('[data-trial-status]').waitFor();
await page.locator('section.changes[aria-busy="false"]').waitFor();
await page.mouse.move(0, 0);
await page.setViewportSize({ width: 1440, height: 1100 });
await page.screenshot({ path: at('docs/studio.png') });
await browser.close();
