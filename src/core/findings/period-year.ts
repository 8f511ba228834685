// The statistics period must be the reported year: a report titled 2024 whose period runs
// through 2023 was copied forward, or its title is wrong (GOVINFO.md year-mismatch). The words
// that introduce the period are data in the rule file (period-words).

import type { Analysis } from '../structure/analysis.ts';
import type { Finding } from '../report.ts';
import { findDates } from '../text/dates.ts';
import { foldText } from '../text/normalize.ts';
import { evidenceOf } from '../verdicts/evidence.ts';

export function periodYearFindings(a: Analysis, periodWords: string[]): Finding[] {
  if (a.year === null || periodWords.length === 0) return [];
  const year = a.year;
  const words = periodWords.map(foldText);
  return a.sentences.flatMap((s) => {
    const at = Math.min(...words.map((w) => s.text.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return [];
    const other = findDates(s.text.slice(at)).filter((d) => d.year !== year);
    if (other.length === 0) return [];
    const start = s.start + at;
    const end = s.start + at + other[other.length - 1].end;
    return [
      {
        kind: 'year-fit',
        code: 'year-mismatch',
        severity: 'error' as const,
        message: `标题的报告年度为${year}年，统计期限却写${[...new Set(other.map((d) => d.year))].join('、')}年：请核对报告年度与统计期限。`,
        evidence: [evidenceOf(a, start, end)],
      },
    ];
  });
}
