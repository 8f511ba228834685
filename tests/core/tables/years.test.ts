// year-mismatch in a 政府信息公开工作年度报告 beyond the statistics period: years printed in the
// tables' headers and notes (a trial header naming the previous year agrees), and an opening
// that names another reported year. The reports are our own (tests/helpers/govinfo-trial.ts).
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { textDoc } from '../../helpers/docs.ts';
import { GOVINFO_FILES, govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';
import { trialReport, trialText, type TrialOptions } from '../../helpers/govinfo-trial.ts';

const set = govinfoRules();
const check = (text: string) => checkDocument(textDoc(text), set, { file: 'trial.txt' });
const trial = (options: TrialOptions = {}) => trialText(trialReport(options), 'pipes');
const mismatches = (text: string) => check(text).findings.filter((f) => f.code === 'year-mismatch');

describe('years in the tables', () => {
  it('agree when a trial header names the year before the reported one', () => {
    expect(check(trial({ priorHeader: '上一年项目数量（指2019年事项数）' })).findings).toEqual([]);
  });

  it('disagree when a header names another year, and the finding quotes it', () => {
    const text = trial({ priorHeader: '上一年项目数量（指2018年事项数）' });
    const [f, ...rest] = mismatches(text);
    expect(rest).toEqual([]);
    expect([f.kind, f.severity]).toEqual(['year-fit', 'error']);
    expect(f.message).toContain('2018年');
    expect(f.message).toContain('表二');
    expect(f.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['2018年', '2018年', '2018年']);
  });

  it('are no years where a cell has a 年 glued to it', () => {
    const text = trial().replace('行政许可 | 58 | -3 | 1264 |', '行政许可 | 58 | -3 | 2016年 |');
    expect(text).not.toBe(trial());
    const report = check(text);
    expect(report.tables![0].cells.find((c) => c.id === 't2v.licensing.decisions')?.value).toBe(2016);
    expect(report.findings).toEqual([]);
  });

  it.each(GOVINFO_FILES)('agree in the real report %s', async (file) => {
    const report = checkDocument(await govinfoDoc(file), set, { file });
    expect(report.findings.filter((f) => f.code === 'year-mismatch')).toEqual([]);
  });
});

describe('the opening', () => {
  it('that names the report with another year is an error', () => {
    const text = trial().replace('本报告依照', '现将本局2019年度政府信息公开工作年度报告公布如下。本报告依照');
    const [f, ...rest] = mismatches(text);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.message).toContain('2019年');
    expect(text.slice(f.evidence[0].start, f.evidence[0].end)).toBe('2019年度');
  });

  it('that opens the overview on another year is an error', () => {
    const text = trial().replace('2020年，本局围绕', '2019年，本局围绕');
    expect(mismatches(text).map((f) => f.severity)).toEqual(['error']);
  });

  it('that names the reported year, or another year of something else, agrees', () => {
    expect(check(trial().replace('本报告依照', '现将本局2020年度政府信息公开工作年度报告公布如下。本报告依照')).findings).toEqual([]);
    expect(check(trial().replace('本报告依照', '本局在2019年度考核中获评先进。本报告依照')).findings).toEqual([]);
  });
});
