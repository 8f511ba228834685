// The reviewer's word over the checker's, as the app shows it: the review itself is the core's
// (core/verdicts/review.ts, shared with the 审核意见); the one-line verdict is in the UI's language.

import type { Status } from '../../core/report.ts';
import type { Overall } from '../../core/verdicts/review.ts';
import { STRINGS, type Strings } from '../i18n.ts';

export { countStatuses, overall, review, type Counts, type Overall, type Override, type ReviewedVerdict } from '../../core/verdicts/review.ts';

export const STATUSES: readonly Status[] = ['present', 'weak', 'missing'];
export const GROUPS = ['A', 'B', 'C', 'D'] as const;
export type Group = (typeof GROUPS)[number];

/** The groups a checklist has: A and B for a 法治政府建设 report, A–D for a 政府信息公开年报. */
export function groupsOf(verdicts: readonly { group: Group }[]): Group[] {
  return GROUPS.filter((g) => verdicts.some((v) => v.group === g));
}

/** A group's name and what it stands for, in the words of the report type's framework. */
export function groupLabel(t: Strings, ruleset: string, group: Group): { name: string; hint: string } {
  const own = t.groupsOf[ruleset] ?? t.groupsOf['annual-report'];
  return own[group] ?? { name: group, hint: '' };
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
