// The reviewer's word over the checker's: where a reviewer overrules a verdict, the effective
// status, the counts and the overall verdict follow the reviewer. Pure, so the app's view and
// the 审核意见 written by the core say the same thing.

import type { Finding, Report, Status, Verdict } from '../report.ts';

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

/** The code of the finding that says the file is some other document than the annual report. */
export const NOT_A_REPORT = 'not-an-annual-report';

/** The document is not what the rule set checks. A report of another type that was checked
 * against its own rule set carries its document-type finding as information, and is a report. */
export function isWrongDocument(f: Finding): boolean {
  return f.kind === 'document-type' && f.severity === 'error';
}

export function review(report: Report, overrides: Readonly<Record<string, Override>> = {}): ReviewedVerdict[] {
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
  const notReport = report.findings.find(isWrongDocument);
  if (notReport) return { kind: 'not-report', message: notReport.message };
  const partsMissing = verdicts.filter((v) => v.group === 'A' && v.effective === 'missing');
  if (partsMissing.length) return { kind: 'missing-parts', titles: partsMissing.map((v) => v.title) };
  const partsWeak = verdicts.filter((v) => v.group === 'A' && v.effective === 'weak').length;
  if (partsWeak) return { kind: 'weak-parts', count: partsWeak };
  const gaps = verdicts.filter((v) => v.group === 'B' && v.effective !== 'present').length;
  return gaps ? { kind: 'work-gaps', count: gaps } : { kind: 'good' };
}
