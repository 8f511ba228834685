// Indicators required only of some issuers or years (GOVINFO.md): judged all the same, but
// `required: false` with the reason, and a missing one gets no advice. A report on a year before
// the 2019 条例 (old-regime) is held to group A only, and old-regime-report says so.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { textDoc } from '../../helpers/docs.ts';
import { govinfoRules } from '../../helpers/govinfo.ts';

const reportOf = (text: string) => checkDocument(textDoc(text), govinfoRules(), { file: 't.txt' });
const verdict = (text: string, id: string) => checkDocument(textDoc(text), govinfoRules(), { file: 't.txt' }).results.find((v) => v.id === id)!;

describe('required-when', () => {
  it('asks 考核、评议、追究 of a government, not of a department', () => {
    const government = verdict('某县人民政府2024年政府信息公开工作年度报告\n全年主动公开政府信息1200条。', 'overview-assessment-accountability');
    expect([government.status, government.required, government.advice]).toEqual(['missing', undefined, expect.any(String)]);
    const department = verdict('某县财政局2024年政府信息公开工作年度报告\n全年主动公开政府信息1200条。', 'overview-assessment-accountability');
    expect([department.status, department.required, department.advice]).toEqual(['missing', false, null]);
    expect(department.requiredReason).toContain('第五十条');
  });

  it('asks for the 信息处理费 from reports on 2021', () => {
    const early = verdict('某县人民政府2020年政府信息公开工作年度报告\n全年主动公开政府信息1200条。', 'info-processing-fee');
    expect([early.required, early.requiredReason]).toEqual([false, expect.stringContaining('2021年度起要求')]);
    expect(verdict('某县人民政府2021年政府信息公开工作年度报告\n全年主动公开政府信息1200条。', 'info-processing-fee').required).toBeUndefined();
  });
});

describe('old-regime', () => {
  const text = (year: number) => `某县人民政府${year}年政府信息公开工作年度报告\n全年主动公开政府信息1200条。`;

  it('holds a report on 2018 to group A only, and says which regulation it applied', () => {
    const report = reportOf(text(2018));
    const byGroup = (a: boolean) => report.results.filter((v) => (v.group === 'A') === a);
    expect(byGroup(true).map((v) => v.required)).toEqual(byGroup(true).map(() => undefined));
    expect(new Set(byGroup(false).map((v) => [v.required, v.requiredReason].join(' ')))).toEqual(new Set([`false ${govinfoRules().oldRegime!.why}`]));
    expect(byGroup(false).filter((v) => v.status === 'missing').map((v) => v.advice)).toEqual(byGroup(false).filter((v) => v.status === 'missing').map(() => null));
    expect(report.findings.filter((f) => f.code === 'old-regime-report').map((f) => f.severity)).toEqual(['info']);
    expect(report.findings.map((f) => f.code)).not.toContain('before-2019-rule');
  });

  it('holds a report on 2019 to the whole set', () => {
    const report = reportOf(text(2019));
    expect(report.findings.map((f) => f.code)).not.toContain('old-regime-report');
    expect(report.results.filter((v) => v.group === 'B').map((v) => v.required)).toEqual(report.results.filter((v) => v.group === 'B').map(() => undefined));
  });
});
