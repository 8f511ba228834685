// The rule set of the second report type: the 17 indicators of GOVINFO.md, each with examples
// the checker must judge as written.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { textDoc } from '../../helpers/docs.ts';
import { govinfoRules } from '../../helpers/govinfo.ts';

const rules = govinfoRules();

describe('govinfo rule set', () => {
  it('encodes the 17 indicators of GOVINFO.md in groups A–D', () => {
    expect(rules.rules.map((r) => r.id)).toEqual([
      'report-title-year', 'statistics-period', 'report-date',
      'overview', 'overview-proactive', 'overview-on-request', 'overview-info-management', 'overview-platforms', 'overview-supervision', 'overview-assessment-accountability',
      'proactive-table', 'requests-table', 'review-litigation-table',
      'problems-and-improvements', 'previous-problems-followup', 'other-matters', 'info-processing-fee',
    ]);
    expect(rules.rules.map((r) => r.group).join('')).toBe('AAABBBBBBBCCCDDDD');
  });

  for (const rule of rules.rules) {
    for (const { status, text, line } of rule.examples) {
      it(`${rule.id}: ${status} (line ${line}) — ${text.replace(/\n/g, ' ').slice(0, 40)}`, () => {
        const report = checkDocument(textDoc(text), rules, { file: 'example.txt' });
        const verdict = report.results.find((r) => r.id === rule.id)!;
        expect(verdict.status, verdict.reason).toBe(status);
      });
    }
  }

  it('gives every rule at least one non-present example and all but table 三 a present one', () => {
    for (const rule of rules.rules) {
      const of = (status: string) => rule.examples.filter((e) => e.status === status).length;
      if (rule.id !== 'requests-table') expect(of('present'), rule.id).toBeGreaterThan(0);
      expect(of('weak') + of('missing'), rule.id).toBeGreaterThan(0);
    }
  });
});
