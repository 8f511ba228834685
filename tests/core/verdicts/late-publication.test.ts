// late-publication for a report type with deadlines by issuer (政府信息公开年报, 第四十九条).
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { textDoc } from '../../helpers/docs.ts';
import { govinfoRules } from '../../helpers/govinfo.ts';

const late = (text: string) => checkDocument(textDoc(text), govinfoRules(), { file: 't.txt' }).findings.filter((f) => f.code === 'late-publication');

describe('late-publication', () => {
  it('counts the days past a department’s 1月31日', () => {
    const [f] = late('某县财政局2024年政府信息公开工作年度报告\n全年主动公开政府信息1200条。\n某县财政局\n2025年2月3日');
    expect([f.severity, f.message]).toEqual(['warning', expect.stringContaining('晚于 2025年1月31日 3 天')]);
    expect(f.message).toContain('第四十九条');
  });

  it('gives a government until 3月31日, and says nothing of a date before it', () => {
    expect(late('某县人民政府2024年政府信息公开工作年度报告\n全年主动公开政府信息1200条。\n某县人民政府\n2025年2月3日')).toEqual([]);
    expect(late('某县人民政府2024年政府信息公开工作年度报告\n全年主动公开政府信息1200条。\n某县人民政府\n2025年4月2日')[0].message).toContain('2 天');
  });

  it('holds a report on 2018 or earlier to the 2007 regulation’s 3月31日, whoever issued it', () => {
    expect(late('某县财政局2017年政府信息公开工作年度报告\n全年主动公开政府信息1200条。\n某县财政局\n2018年2月3日')).toEqual([]);
    const [f] = late('某县财政局2017年政府信息公开工作年度报告\n全年主动公开政府信息1200条。\n某县财政局\n2018年4月3日');
    expect(f.message).toContain('晚于 2018年3月31日 3 天');
    expect(f.message).toContain('2007年');
  });
});
