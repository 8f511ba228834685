import { describe, expect, it } from 'vitest';
import type { Report, Verdict } from '../../src/core/report.ts';
import { STRINGS } from '../../src/ui/i18n.ts';
import { toJson } from '../../src/ui/export/json.ts';
import { toMarkdown } from '../../src/ui/export/markdown.ts';
import { countStatuses, describeOverall, overall, review } from '../../src/ui/state/verdicts.ts';

const verdict = (id: string, group: 'A' | 'B', status: Verdict['status']): Verdict => ({
  id,
  title: id,
  group,
  status,
  reason: `${id} 的理由`,
  advice: status === 'present' ? null : `${id} 的建议`,
  source: '来源',
  evidence: status === 'missing' ? [] : [{ quote: `${id} 的原文`, section: '一、主要举措', start: 0, end: 3, page: 2 }],
});

const report = (results: Verdict[], findings: Report['findings'] = []): Report => ({
  file: 'r.pdf',
  format: 'pdf',
  ruleset: { id: 'annual-report', version: '2021' },
  year: 2023,
  stats: { characters: 100, paragraphs: 3, pages: 2, ms: 1 },
  results,
  findings,
});

describe('the reviewer over the checker', () => {
  const r = report([verdict('title', 'A', 'present'), verdict('plan', 'A', 'missing'), verdict('review', 'B', 'weak')]);

  it('counts and judges by the reviewer’s status where they overruled', () => {
    expect(overall(r, review(r, {}))).toEqual({ kind: 'missing-parts', titles: ['plan'] });
    const reviewed = review(r, { plan: { status: 'present', reason: '见第三部分' } });
    expect(countStatuses(reviewed)).toEqual({ present: 2, weak: 1, missing: 0 });
    expect(overall(r, reviewed)).toEqual({ kind: 'work-gaps', count: 1 });
    expect(reviewed.find((v) => v.id === 'plan')!.status).toBe('missing');
  });

  it('puts structure first, and a document of another kind before everything', () => {
    const other = report(r.results, [{ kind: 'document-type', code: 'not-an-annual-report', severity: 'error', message: '像政府工作报告', evidence: [] }]);
    expect(describeOverall(overall(other, review(other, {})), STRINGS.zh)).toContain('像政府工作报告');
    const weakPart = report([verdict('title', 'A', 'weak'), verdict('review', 'B', 'present')]);
    expect(overall(weakPart, review(weakPart, {}))).toEqual({ kind: 'weak-parts', count: 1 });
    const good = report([verdict('title', 'A', 'present')]);
    expect(describeOverall(overall(good, review(good, {})), STRINGS.en)).toBe(STRINGS.en.verdictGood);
  });

  it('exports the CLI’s JSON with the override beside the checker’s status', () => {
    const reviewed = review(r, { review: { status: 'present', reason: '有数字' } });
    const [exported] = JSON.parse(toJson(r, reviewed));
    expect(exported.results[2]).toEqual({ ...r.results[2], override: { status: 'present', reason: '有数字' } });
    expect(exported.results[0]).toEqual(r.results[0]);
    expect({ ...exported, results: r.results }).toEqual(r);
  });

  it('writes the Markdown opinion with both statuses of an overruled indicator', () => {
    const reviewed = review(r, { review: { status: 'present', reason: '有数字' } });
    const md = toMarkdown({ name: 'r.pdf', report: r, verdicts: reviewed, counts: countStatuses(reviewed), overall: overall(r, reviewed), rules: null }, STRINGS.zh);
    expect(md).toContain('### ✓ review — 具备');
    expect(md).toContain('> 审核改判：具备。理由：有数字（检查结果：薄弱）');
    expect(md).toContain('### ✗ plan — 缺失');
    expect(md).toContain('- 修改建议：plan 的建议');
    expect(md).toContain('  - “title 的原文”（第 2 页 · 一、主要举措）');
  });
});
