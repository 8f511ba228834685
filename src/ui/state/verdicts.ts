// The reviewer's word over the checker's: effective statuses, counts and the one-line verdict
// all follow the reviewer where they overruled, and every export shows both.

import type { Report, Status, Verdict } from '../../core/report.ts';
import { STRINGS, type Strings } from '../i18n.ts';

export const STATUSES: readonly Status[] = ['present', 'weak', 'missing'];
export const GROUPS = ['A', 'B'] as const;
export type Group = (typeof GROUPS)[number];

export interface Override {
  status: Status;
  reason: string;
}

export interface ReviewedVerdict extends Verdict {
  override: Override | null;
  /** The reviewer's status where they overruled, else the checker's. */
  effective: Status;
}

export type Counts = Record<Status, number>;

export function review(report: Report, overrides: Record<string, Override>): ReviewedVerdict[] {
  return report.results.map((v) => {
    const override = overrides[v.id] ?? null;
    return { ...v, override, effective: override?.status ?? v.status };
  });
}

export function countStatuses(verdicts: readonly ReviewedVerdict[]): Counts {
  const counts: Counts = { present: 0, weak: 0, missing: 0 };
  for (const v of verdicts) counts[v.effective]++;
  return counts;
}

export type Overall =
  | { kind: 'not-report'; message: string }
  | { kind: 'missing-parts'; titles: string[] }
  | { kind: 'weak-parts'; count: number }
  | { kind: 'work-gaps'; count: number }
  | { kind: 'good' };

/** Structure first: a report without its required parts goes back whatever its content. */
export function overall(report: Report, verdicts: readonly ReviewedVerdict[]): Overall {
  const notReport = report.findings.find((f) => f.code === 'not-an-annual-report');
  if (notReport) return { kind: 'not-report', message: notReport.message };
  const partsMissing = verdicts.filter((v) => v.group === 'A' && v.effective === 'missing');
  if (partsMissing.length) return { kind: 'missing-parts', titles: partsMissing.map((v) => v.title) };
  const partsWeak = verdicts.filter((v) => v.group === 'A' && v.effective === 'weak').length;
  if (partsWeak) return { kind: 'weak-parts', count: partsWeak };
  const gaps = verdicts.filter((v) => v.group === 'B' && v.effective !== 'present').length;
  return gaps ? { kind: 'work-gaps', count: gaps } : { kind: 'good' };
}

export function describeOverall(o: Overall, t: Strings): string {
  switch (o.kind) {
    case 'not-report': return t.verdictNotReport(o.message);
    case 'missing-parts': return t.verdictMissingParts(o.titles.join(t === STRINGS.zh ? '、' : ', '));
    case 'weak-parts': return t.verdictWeakParts(o.count);
    case 'work-gaps': return t.verdictWorkGaps(o.count);
    case 'good': return t.verdictGood;
  }
}
