import { describe, expect, it } from 'vitest';
import type { Finding, Report, Status, Verdict } from '../../../src/core/report.ts';
import { countStatuses, overall, review } from '../../../src/core/verdicts/review.ts';

const verdict = (id: string, group: 'A' | 'B', status: Status): Verdict => ({
  id,
  title: `${id}的标题`,
  group,
  status,
  reason: '理由',
  advice: status === 'present' ? null : '建议',
  source: '来源',
  evidence: [],
});

const reportOf = (results: Verdict[], findings: Finding[] = []): Report => ({
  file: 'a.txt',
  format: 'txt',
  ruleset: { id: 'r', version: '1' },
  year: 2023,
  stats: { characters: 10, paragraphs: 1, pages: null, ms: 1 },
  results,
  findings,
});

describe('the reviewer over the checker', () => {
  it('takes the reviewer’s status where they overruled, the checker’s elsewhere', () => {
    const report = reportOf([verdict('title', 'A', 'weak'), verdict('plan', 'A', 'present')]);
    const reviewed = review(report, { title: { status: 'present', reason: '标题在封面上' } });
    expect(reviewed.map((v) => [v.id, v.status, v.effective, v.override?.reason ?? null])).toEqual([
      ['title', 'weak', 'present', '标题在封面上'],
      ['plan', 'present', 'present', null],
    ]);
  });

  it('counts the effective statuses', () => {
    const report = reportOf([verdict('a', 'A', 'present'), verdict('b', 'B', 'weak'), verdict('c', 'B', 'missing'), verdict('d', 'B', 'missing')]);
    expect(countStatuses(review(report))).toEqual({ present: 1, weak: 1, missing: 2 });
    expect(countStatuses(review(report, { c: { status: 'present', reason: '附件中有' } }))).toEqual({ present: 2, weak: 1, missing: 1 });
  });
});

describe('the overall verdict', () => {
  const overallOf = (results: Verdict[], findings: Finding[] = [], overrides = {}) => {
    const report = reportOf(results, findings);
    return overall(report, review(report, overrides));
  };

  it('says first that the file is another document', () => {
    // the code documentTypeFinding gives (CLI.md)
    const finding: Finding = { kind: 'document-type', code: 'not-an-annual-report', severity: 'error', message: '这是一份新闻报道', evidence: [] };
    const other: Finding = { kind: 'arithmetic', code: 'rate-mismatch', severity: 'warning', message: '比率不符', evidence: [] };
    expect(overallOf([verdict('a', 'A', 'missing')], [other, finding])).toEqual({ kind: 'not-report', message: '这是一份新闻报道' });
    expect(overallOf([verdict('a', 'A', 'present')], [other])).toEqual({ kind: 'good' });
  });

  it('names the missing required parts, however good the rest', () => {
    const results = [verdict('shortcomings', 'A', 'missing'), verdict('plan', 'A', 'weak'), verdict('tasks', 'A', 'missing'), verdict('x', 'B', 'missing')];
    expect(overallOf(results)).toEqual({ kind: 'missing-parts', titles: ['shortcomings的标题', 'tasks的标题'] });
  });

  it('counts weak required parts when none is missing', () => {
    expect(overallOf([verdict('a', 'A', 'weak'), verdict('b', 'A', 'weak'), verdict('c', 'A', 'present'), verdict('d', 'B', 'missing')])).toEqual({ kind: 'weak-parts', count: 2 });
  });

  it('counts the gaps in the year’s work when the parts are all there', () => {
    expect(overallOf([verdict('a', 'A', 'present'), verdict('b', 'B', 'weak'), verdict('c', 'B', 'missing'), verdict('d', 'B', 'present')])).toEqual({ kind: 'work-gaps', count: 2 });
  });

  it('follows the reviewer: an overruled part or gap no longer counts', () => {
    const results = [verdict('a', 'A', 'missing'), verdict('b', 'B', 'weak')];
    expect(overallOf(results, [], { a: { status: 'present', reason: '有' } })).toEqual({ kind: 'work-gaps', count: 1 });
    expect(overallOf(results, [], { a: { status: 'present', reason: '有' }, b: { status: 'present', reason: '有' } })).toEqual({ kind: 'good' });
    expect(overallOf([verdict('a', 'A', 'present')], [], { a: { status: 'missing', reason: '没有' } })).toEqual({ kind: 'missing-parts', titles: ['a的标题'] });
  });
});
