// What an edit of the rules changes on real reports: every report × indicator whose status is
// not the same under the new rule set, with the evidence the new verdict rests on. A rule added
// by the edit has no status before it (null), a rule removed none after it.

import type { Evidence, Status, Verdict } from '../report.ts';

export interface VerdictChange {
  report: string;
  indicator: string;
  title: string;
  before: Status | null;
  after: Status | null;
  /** Why the new verdict is what it is (the old one's reason for a rule removed), and its
   *  quotes (the old ones when it went missing). */
  reason: string;
  evidence: Evidence[];
}

export function verdictChanges(report: string, before: Verdict[], after: Verdict[]): VerdictChange[] {
  const old = new Map(before.map((v) => [v.id, v]));
  const kept = new Set(after.map((v) => v.id));
  const changed = after.flatMap((v): VerdictChange[] => {
    const was = old.get(v.id);
    if (was?.status === v.status) return [];
    const evidence = v.evidence.length || !was ? v.evidence : was.evidence;
    return [{ report, indicator: v.id, title: v.title, before: was?.status ?? null, after: v.status, reason: v.reason, evidence }];
  });
  const removed = before
    .filter((v) => !kept.has(v.id))
    .map((v): VerdictChange => ({ report, indicator: v.id, title: v.title, before: v.status, after: null, reason: v.reason, evidence: v.evidence }));
  return [...changed, ...removed];
}
