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
});
