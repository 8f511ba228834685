// The engine chooses the rule set by the document's kind: a 政府信息公开工作年度报告 is checked
// against its own framework and says so; a 法治政府建设年度报告 stays with its own; a forced rule
// set checks anything, and names the document for what it is.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { defaultRules, shared } from '../../helpers/docs.ts';
import { checkText } from '../../helpers/dev-reports.ts';
import { GOVINFO_FILES, govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';
import { readFileSync } from 'node:fs';
import { textDoc } from '../../helpers/docs.ts';

const typeFindings = (r: { findings: { kind: string; code: string; severity: string }[] }) =>
  r.findings.filter((f) => f.kind === 'document-type').map((f) => [f.code, f.severity]);

describe.each(GOVINFO_FILES)('%s', (file) => {
  it('is checked against the govinfo rule set when it is there, and says so', async () => {
    const report = checkDocument(await govinfoDoc(file), defaultRules(), { file, alternatives: [govinfoRules()] });
    expect(report.ruleset.id).toBe('govinfo-annual-report');
    expect(typeFindings(report)).toEqual([['not-an-annual-report', 'info']]);
    expect(report.findings[0].message).toContain('已按“政府信息公开工作年度报告（规则集）”检查');
    expect(report.results.filter((v) => v.group === 'C').map((v) => v.status)).toEqual(['present', 'present', 'present']);
    expect(report.tables?.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    // No arithmetic finding on tables 二 and 三 (table 四 of 洪泽区 2023 and the prose of 2024 are as printed).
    expect(report.findings.filter((f) => /^(t2|t3)-|^bad-value|^table-not-alignable/.test(f.code))).toEqual([]);
  });

  it('is named for what it is when the 法治政府建设 rule set is forced', async () => {
    const report = checkDocument(await govinfoDoc(file), defaultRules(), { file });
    expect(report.ruleset.id).toBe('annual-report');
    expect(typeFindings(report)).toEqual([['not-an-annual-report', 'error']]);
    expect(report.tables).toBeUndefined();
  });
});

describe('a 法治政府建设年度报告', () => {
  const text = readFileSync(shared('corpus/dev/hongtu-2023.txt'), 'utf8');

  it('stays with its own framework when the govinfo set is offered', () => {
    const offered = checkDocument(textDoc(text), defaultRules(), { file: 'hongtu-2023.txt', alternatives: [govinfoRules()] });
    expect(offered).toEqual({ ...checkText('hongtu-2023.txt', shared('corpus/dev/hongtu-2023.txt')).report, stats: offered.stats });
  });

  it('is named for what it is when the govinfo set is forced', () => {
    const report = checkDocument(textDoc(text), govinfoRules(), { file: 'hongtu-2023.txt' });
    expect(typeFindings(report)).toEqual([['not-a-govinfo-report', 'error']]);
    expect(report.findings[0].message).toContain('看起来是“法治政府建设年度报告”，不是政府信息公开工作年度报告');
  });
});

describe('report-date on the real reports', () => {
  it('finds no publication date where the report prints none, and does not take the statistics period for one', async () => {
    const report = checkDocument(await govinfoDoc('huaian-city-2024.pdf'), govinfoRules(), { file: 'huaian' });
    expect(report.results.find((v) => v.id === 'report-date')?.status).toBe('missing');
  });
});
