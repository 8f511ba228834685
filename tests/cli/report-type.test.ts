// The command line checks every file against the default rule set (CLI.md), so that a
// 政府信息公开工作年度报告 sent as the annual report is named for what it is; --by-kind checks it
// against its own framework instead.
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { shared } from '../helpers/docs.ts';

const GOVINFO = shared('corpus/govinfo/hongze-district-2024.pdf');
const REPORT = shared('corpus/dev/hongtu-2023.txt');

interface Checked {
  ruleset: { id: string };
  findings: { code: string; severity: string }[];
  tables?: unknown[];
}

function check(...args: string[]): Checked[] {
  const run = cli('--json', ...args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.text) as Checked[];
}

const typeFinding = (r: Checked) => r.findings.filter((f) => /^not-an?-/u.test(f.code)).map((f) => `${f.code} ${f.severity}`);

describe('the report type on the command line', () => {
  it('checks a 信息公开年报 against the default set by default, and says it is not the annual report', () => {
    const [govinfo, report] = check(GOVINFO, REPORT);
    expect(govinfo.ruleset.id).toBe('annual-report');
    expect(typeFinding(govinfo)).toEqual(['not-an-annual-report error']);
    expect(govinfo.tables).toBeUndefined();
    expect(report.ruleset.id).toBe('annual-report');
    expect(typeFinding(report)).toEqual([]);
  });

  it('checks each file against the rule set of its kind with --by-kind', () => {
    const [govinfo, report] = check('--by-kind', GOVINFO, REPORT);
    expect(govinfo.ruleset.id).toBe('govinfo-annual-report');
    expect(typeFinding(govinfo)).toEqual(['not-an-annual-report info']);
    expect(govinfo.tables).toHaveLength(3);
    expect(report.ruleset.id).toBe('annual-report');
  });
});
