// The opening of a 政府信息公开工作年度报告 names the report it introduces ("现将本局2023年度政府
// 信息公开工作年度报告予以公布"), or opens its overview on a year ("2023年，我局…"): another year
// than the title's is the year-mismatch of GOVINFO.md — a report copied forward, or a wrong title.

import type { Analysis } from '../structure/analysis.ts';
import type { Finding } from '../report.ts';
import { evidenceOf } from '../verdicts/evidence.ts';
import { yearMismatch } from './year-fit.ts';

/** Sentences after the title that make up the opening. */
const OPENING_SENTENCES = 4;
/** How far the report's subject may follow the year ("2023年度本局政府信息公开…"). */
const SUBJECT_REACH = 12;

export function openingYearFindings(a: Analysis, subject: string[]): Finding[] {
  const title = a.title;
  if (a.year === null || !title) return [];
  const year = a.year;
  const named = a.sentences
    .filter((s) => s.start >= title.end)
    .slice(0, OPENING_SENTENCES)
    .flatMap((s) => {
      const m = [...s.text.matchAll(/(\d{4})年度?/gu)].find((x) => Number(x[1]) !== year && namesReport(s.text.slice(x.index! + x[0].length), subject));
      if (!m) return [];
      const at = s.start + m.index!;
      return [
        {
          kind: 'year-fit',
          code: 'year-mismatch',
          severity: 'error' as const,
          message: `标题的报告年度为${year}年，开头却称“${m[1]}年”的年度报告：请核对报告年度，是否沿用了上年的报告。`,
          evidence: [evidenceOf(a, at, at + m[0].length)],
        },
      ];
    });
  const opening = yearMismatch(a).map((f) => ({ ...f, severity: 'error' as const }));
  return [...named, ...opening].slice(0, 1);
}

/** The words after a year name the report: its subject, then 报告, with no number between. */
function namesReport(after: string, subject: string[]): boolean {
  const near = /^[^，。；,;\d]*/u.exec(after)![0];
  const at = Math.min(...subject.map((w) => near.indexOf(w)).filter((i) => i >= 0 && i <= SUBJECT_REACH));
  return Number.isFinite(at) && near.slice(at).includes('报告');
}
