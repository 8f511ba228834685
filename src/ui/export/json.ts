// The CLI's JSON (../shared/framework/CLI.md): an array with one report object. The checker's
// status stays as it was; a reviewer's decision travels beside it as `override`.

import type { Report } from '../../core/report.ts';
import type { Override, ReviewedVerdict } from '../state/verdicts.ts';

export function toJson(report: Report, verdicts: readonly ReviewedVerdict[]): string {
  const overrides = new Map<string, Override>(verdicts.filter((v) => v.override).map((v) => [v.id, v.override!]));
  const results = report.results.map((r) => {
    const override = overrides.get(r.id);
    return override ? { ...r, override: { status: override.status, reason: override.reason } } : r;
  });
  return JSON.stringify([{ ...report, results }], null, 2) + '\n';
}
