// What every verdict of the report carries, whatever the indicator (CLI.md): up to three quotes
// as evidence, none when missing, and advice for the author only where something is to be added.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check.ts';
import { DEV_FILES, devReport } from '../helpers/dev-reports.ts';
import { defaultRules, textDoc } from '../helpers/docs.ts';

const RECONSIDERATION = [
  '××县2023年度法治政府建设情况报告',
  '2023年，我县深入推进法治政府建设，现将有关情况报告如下：',
  '一、主要举措和成效',
  '全年共收到行政复议申请31件，受理28件，审结25件。',
  '行政复议案件中维持原行政行为16件，撤销4件，确认违法2件。',
  '召开行政复议委员会会议6次，审议重大疑难案件9件。',
  '公开行政复议决定书21份，向被申请人制发行政复议意见书3份。',
].join('\n');

describe('a verdict', () => {
  it('quotes three of the facts it found, in the order of the text', () => {
    const report = checkDocument(textDoc(RECONSIDERATION), defaultRules(), { file: 'x.txt' });
    const v = report.results.find((r) => r.id === 'admin-reconsideration')!;
    expect(v.status).toBe('present');
    expect(v.evidence.map((e) => e.quote)).toEqual([
      expect.stringContaining('收到行政复议申请31件'),
      expect.stringContaining('维持原行政行为16件'),
      expect.stringContaining('审议重大疑难案件9件'),
    ]);
  });

  it.each(DEV_FILES)('never quotes more than three passages, and a missing one none: %s', (file) => {
    const { report } = devReport(file);
    for (const v of report.results) expect(v.evidence.length, v.id).toBeLessThanOrEqual(v.status === 'missing' ? 0 : 3);
  });

  it('gives advice for weak and missing indicators only', () => {
    const verdicts = DEV_FILES.flatMap((file) => devReport(file).report.results);
    const withStatus = (status: string) => verdicts.filter((v) => v.status === status);
    for (const status of ['present', 'weak', 'missing']) expect(withStatus(status).length, status).toBeGreaterThan(0);
    expect(withStatus('present').filter((v) => v.advice !== null).map((v) => v.id)).toEqual([]);
    for (const v of [...withStatus('weak'), ...withStatus('missing')]) expect(v.advice, v.id).toMatch(/\S/u);
  });
});
