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
