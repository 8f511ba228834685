import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { defaultRules, textDoc } from '../../helpers/docs.ts';

const dateVerdict = (text: string) => checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' }).results.find((r) => r.id === 'report-date')!;
const BODY = '2023年，我县深入推进法治政府建设，全年审核规范性文件12件，受理行政复议案件8件。'.repeat(30);

describe('the date a report was published', () => {
  it('reads a publication line at the top, however late', () => {
    const v = dateVerdict(`××县2023年度法治政府建设工作报告\n发布时间 2025年09月05日\n${BODY}`);
    expect(v.status).toBe('weak');
    expect(v.reason).toContain('2025年9月5日');
  });

  it('takes no date at the top from before the reported year', () => {
    expect(dateVerdict(`××县2023年度法治政府建设工作报告\n2022年12月1日印发的方案\n${BODY}`).status).toBe('missing');
  });

  // 督察工作规定 第二十四条: published 4月1日之前; INDICATORS.md: "on or before 4月1日".
  const signed = (year: number, date: string) => dateVerdict(`××县${year}年度法治政府建设情况报告\n${BODY.replaceAll('2023', String(year))}\n××县人民政府\n${date}`);

  it.each([
    ['2024年3月20日', 'present'],
    ['2024年4月1日', 'present'],
    ['2024年4月2日', 'weak'],
    ['2024年4月30日', 'weak'],
    ['2024年12月28日', 'weak'],
  ])('holds a report on 2023 signed %s to 4月1日 of 2024: %s', (date, status) => {
    const v = signed(2023, date);
    expect(v.status).toBe(status);
    expect(v.reason).toContain('2024年4月1日');
  });

  it.each([
    ['2018年3月31日', 'present'],
    ['2018年4月1日', 'weak'],
  ])('holds a report on 2017 signed %s to the first quarter: %s', (date, status) => {
    expect(signed(2017, date).status).toBe(status);
  });
});
