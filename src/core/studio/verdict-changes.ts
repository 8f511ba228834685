// What an edit of the rules changes on real reports: every report × indicator whose status is
// not the same under the new rule set, with the evidence the new verdict rests on.

import type { Evidence, Status, Verdict } from '../report.ts';

export interface VerdictChange {
  report: string;
  indicator: string;
  title: string;
  before: Status;
  after: Status;
  /** Why the new verdict is what it is, and its quotes (the old ones when it went missing). */
  reason: string;
  evidence: Evidence[];
}

export function verdictChanges(report: string, before: Verdict[], after: Verdict[]): VerdictChange[] {
  const old = new Map(before.map((v) => [v.id, v]));
  return after.flatMap((v) => {
    const was = old.get(v.id);
    if (!was || was.status === v.status) return [];
    return [{ report, indicator: v.id, title: v.title, before: was.status, after: v.status, reason: v.reason, evidence: v.evidence.length ? v.evidence : was.evidence }];
  });
}
