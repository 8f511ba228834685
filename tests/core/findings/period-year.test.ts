// year-mismatch (GOVINFO.md): the statistics period names another year than the title's.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { textDoc } from '../../helpers/docs.ts';
import { GOVINFO_FILES, govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';

const mismatches = (text: string) =>
  checkDocument(textDoc(text), govinfoRules(), { file: 't.txt' }).findings.filter((f) => f.code === 'year-mismatch');
const report = (period: string) => `某县人民政府2024年政府信息公开工作年度报告\n${period}\n全年主动公开政府信息1200条。`;

describe('year-mismatch', () => {
  it('is an error, quoting the period up to its last wrong date, when the period runs through another year', () => {
    const found = mismatches(report('本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。'));
    expect(found.map((f) => [f.severity, f.evidence[0].quote])).toEqual([['error', '统计期限自2023年1月1日起至2023年12月31日']]);
    expect(found[0].message).toContain('2023');
  });

  it('reads a period only given by its end, in Chinese numerals too', () => {
    expect(mismatches(report('本报告中所列数据统计截至二〇二二年十二月三十一日。'))).toHaveLength(1);
  });

  it('says nothing when the period is the reported year, or when years stand elsewhere', () => {
    expect(mismatches(report('本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。'))).toEqual([]);
    expect(mismatches(report('2023年出台的办法继续施行。'))).toEqual([]);
  });

  it.each(GOVINFO_FILES)('says nothing on %s', async (file) => {
    expect(checkDocument(await govinfoDoc(file), govinfoRules(), { file }).findings.filter((f) => f.code === 'year-mismatch')).toEqual([]);
  });
});
