// Writes tests/fixtures/scans/: one page of our own text in Simplified and one in Traditional
// characters, drawn by Chromium in a Noto CJK font as a scanner gives it (rotated 0.6°, specks,
// a red seal over the last lines), as PNG, with the exact text beside it as the ground truth.
//   npx tsx scripts/make-scan-fixtures.ts

import { writeFileSync } from 'node:fs';
import { scanPages, withChromium } from '../tests/fixtures/build-scans.ts';

export const OWN_TEXT = {
  simplified: [
    '某市2025年法治政府建设情况的报告',
    '今年以来，市政府把依法行政贯穿工作全过程，全年制定规范性文件十二件，全部经过合法性审核，备案审查率达到百分之百。',
    '市司法局牵头开展行政执法案卷评查，抽查案卷三百四十份，发现问题二十七个，均已督促整改到位。',
    '全市行政复议案件收案四百一十二件，审结三百九十件，纠错率百分之八点六，行政机关负责人出庭应诉率保持在百分之九十五以上。',
    '下一步，我们将继续完善重大行政决策程序，加强法治督察，推动法治政府建设再上新台阶。',
  ],
  traditional: [
    '某縣2025年法治政府建設情況的報告',
    '本年度縣政府堅持依法行政，全年審議重大行政決策事項九項，均經過公眾參與、專家論證和合法性審查等程序。',
    '縣司法局組織行政執法人員培訓六期，參訓人員八百餘人次，執法證件審驗工作全面完成。',
    '全縣受理行政復議申請一百五十六件，辦結一百四十八件，行政訴訟敗訴率較上年下降三個百分點。',
    '明年將進一步規範行政執法行為，健全監督機制，推動各項工作依法有序開展。',
  ],
};

export const SCAN = { rotate: 0.6, noise: 0.0008, seal: true };

const DIR = 'tests/fixtures/scans';
await withChromium(async (browser) => {
  for (const [name, paragraphs] of Object.entries(OWN_TEXT)) {
    const font = name === 'traditional' ? '"Noto Serif CJK TC", serif' : '"Noto Serif CJK SC", serif';
    const [page] = await scanPages(browser, paragraphs, { ...SCAN, font });
    writeFileSync(`${DIR}/${name}.png`, page);
    writeFileSync(`${DIR}/${name}.txt`, `${paragraphs.join('\n')}\n`);
  }
});
