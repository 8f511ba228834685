import { describe, expect, it } from 'vitest';
import { applicableRuleFinding } from '../../../src/core/verdicts/applicable-rule.ts';

describe('applicable rule', () => {
  it('says a report on 2018 was held to the 2015—2020 纲要 and its 3月31日', () => {
    const f = applicableRuleFinding(2018)!;
    expect(f).toMatchObject({ kind: 'applied-rule', code: 'before-2019-rule', severity: 'info' });
    expect(f.message).toContain('2019年3月31日');
  });

  it('says nothing for reports under the 2019 督察工作规定 or of unknown year', () => {
    expect(applicableRuleFinding(2019)).toBeNull();
    expect(applicableRuleFinding(2023)).toBeNull();
    expect(applicableRuleFinding(null)).toBeNull();
  });
});

describe('the message for an older report', () => {
  it('names the year, the rule applied, its deadline, and that the five parts were not required', () => {
    const { message, evidence } = applicableRuleFinding(2016)!;
    expect(message).toBe(
      '这是2016年度的报告，早于《法治政府建设与责任落实督察工作规定》（2019年4月施行）：按《法治政府建设实施纲要（2015—2020年）》：每年第一季度报告，时限为2017年3月31日；报告应包括的五部分内容当时是良好做法，不是硬性要求。',
    );
    expect(evidence).toEqual([]);
  });
});
