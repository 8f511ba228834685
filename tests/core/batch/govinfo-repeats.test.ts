import { describe, expect, it } from 'vitest';
import { compareYears, type CheckedText } from '../../../src/core/batch/compare.ts';
import { findCopied } from '../../../src/core/batch/copied.ts';
import { govinfoParts, govinfoRepeats, type GovinfoPart } from '../../../src/core/batch/govinfo-repeats.ts';
import { checkDocument } from '../../../src/core/check.ts';
import { textDoc, defaultRules } from '../../helpers/docs.ts';
import { govinfoDoc, govinfoRules, type GovinfoFile } from '../../helpers/govinfo.ts';

async function checked(file: GovinfoFile, set = govinfoRules()): Promise<CheckedText> {
  const doc = await govinfoDoc(file);
  return { report: checkDocument(doc, set, { file }), text: doc.text };
}

/** `newer` with its part `part` replaced by `older`'s (the text of last year pasted in). */
function pasted(older: string, newer: string, parts: GovinfoPart[]): string {
  const spans = govinfoParts(newer).filter((s) => parts.includes(s.part)).reverse();
  let out = newer;
  for (const s of spans) {
    const from = govinfoParts(older).find((o) => o.part === s.part)!;
    out = out.slice(0, s.start) + older.slice(from.start, from.end) + out.slice(s.end);
  }
  return out;
}

const texts = async () => [(await govinfoDoc('hongze-district-2023.pdf')).text, (await govinfoDoc('hongze-district-2024.pdf')).text];

describe('govinfoParts', () => {
  it('finds the six parts of a real report, not the table rows numbered 一、 二、 三、 四、', async () => {
    const [, text] = await texts();
    const parts = govinfoParts(text);
    expect(parts.map((p) => p.part)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parts.map((p) => p.heading)).toContain('五、存在的主要问题及改进情况');
    expect(text.slice(parts[4].start, parts[4].end)).not.toContain('六、其他需要报告的事项');
  });

  it('finds none in a text without the headings', () => {
    expect(govinfoParts('全年主动公开政府信息1200条。本年新收申请21件。')).toEqual([]);
  });
});

describe('govinfoRepeats on the real 洪泽区 2023 → 2024 pair', () => {
  it('measures the copied share of parts 一、五、六 with numbers masked, below the warning line', async () => {
    const [older, newer] = await texts();
    const r = govinfoRepeats(older, newer, null);
    // Measured: 30 % of parts 一、五、六 (6 sentences), 39 % of part 五; 20 % over the whole text.
    expect(r.share).toBeGreaterThan(0.25);
    expect(r.share).toBeLessThan(0.5);
    expect(r.share).toBeGreaterThan(findCopied(older, newer).share);
    expect(r.problemsShare).toBeGreaterThan(0.3);
    expect(r.problemsShare).toBeLessThan(0.5);
    expect(r.findings).toEqual([]);
    // "2023 年…信息处理费 0 元" and "2024 年…0 元" are one sentence once the years are masked.
    const fee = r.passages.find((p) => p.newer.quote.includes('信息处理费'));
    expect(fee?.newer.quote).toMatch(/^2024 年/u);
    expect(fee?.older.quote).toMatch(/^2023 年/u);
  });

  it('flags problems-repeated when part 五 is pasted from last year and the follow-up is not reported', async () => {
    const [older, newer] = await texts();
    const copy = pasted(older, newer, [5]);
    const r = govinfoRepeats(older, copy, 'missing');
    expect(r.problemsShare).toBeGreaterThan(0.9);
    const finding = r.findings.find((f) => f.code === 'problems-repeated');
    expect(finding?.severity).toBe('warning');
    expect(finding?.evidence[0].section).toBe('五、存在的主要问题及改进情况');
    expect(copy.slice(finding!.evidence[0].start, finding!.evidence[0].end)).toBe(finding!.evidence[0].quote);
    expect(govinfoRepeats(older, copy, 'present').findings.map((f) => f.code)).not.toContain('problems-repeated');
  });

  it('flags copied-from-last-year as an error when parts 一、五、六 are all last year\'s', async () => {
    const [older, newer] = await texts();
    const r = govinfoRepeats(older, pasted(older, newer, [1, 5, 6]), null);
    expect(r.share).toBeGreaterThan(0.8);
    expect(r.findings.find((f) => f.code === 'copied-from-last-year')?.severity).toBe('error');
  });
});

describe('govinfoRepeats, numbers masked', () => {
  const report = (year: number, n: number[]) =>
    `一、总体情况\n${year}年，本机关通过门户网站主动公开各类政府信息${n[0]}条，发布政策解读材料${n[1]}篇，回应社会关切${n[2]}次，办理依申请公开${n[3]}件。\n` +
    `五、存在的主要问题及改进情况\n部分栏目更新不够及时，下一步建立栏目巡查制度。\n六、其他需要报告的事项\n无。`;

  it('counts a sentence whose only changes are its numbers as copied', () => {
    const older = report(2023, [1234, 56, 78, 90]);
    const newer = report(2024, [4321, 65, 87, 19]);
    expect(findCopied(older, newer).passages).toEqual([]);
    const r = govinfoRepeats(older, newer, null);
    expect(r.passages.map((p) => p.newer.quote)).toEqual([newer.split('\n')[1]]);
    expect(r.passages[0].older.quote).toContain('1234条');
  });
});

describe('compareYears', () => {
  it('carries the govinfo repeats for a 信息公开年报, on its own set or recognised by the default set', async () => {
    const own = compareYears(await checked('hongze-district-2023.pdf'), await checked('hongze-district-2024.pdf'));
    expect(own.govinfo?.share).toBeGreaterThan(0.25);
    const byDefault = compareYears(await checked('hongze-district-2023.pdf', defaultRules()), await checked('hongze-district-2024.pdf', defaultRules()));
    expect(byDefault.govinfo?.share).toBe(own.govinfo?.share);
  });

  it('has none for a 法治政府建设年度报告', () => {
    const text = '一、总体情况\n本年度我局依法行政工作取得进展，全年办理行政复议案件12件，组织法治培训5次，覆盖全体干部职工。';
    const report = checkDocument(textDoc(text), defaultRules(), { file: 'a.txt' });
    expect(compareYears({ report, text }, { report, text }).govinfo).toBeNull();
  });
});
