// The format of the year: a report on 2021 or later in the trial layout (table 二 with 本年新制作
// 数量…) is in the wrong format; a report on 2019 or 2020 in the 2021 layout probably has its
// year wrong. The versions and their words are data in the rule file, and so are the tables
// of a version (the trial table 二) that are read in place of the default ones.

import type { DocumentText } from '../document.ts';
import type { Finding } from '../report.ts';
import type { FormatVersion, RuleSet, TableLayout } from '../rules/types.ts';
import { foldText } from '../text/normalize.ts';
import { pageAt, readTables, type TableRead } from './read.ts';

/** The tables of the report, in the layouts of the format version it is written in. */
export function readReportTables(doc: DocumentText, set: Pick<RuleSet, 'tables' | 'formatVersions'>, year: number | null): TableRead[] {
  if (set.tables.length === 0) return [];
  return readTables(doc, layoutsOf(set.tables, formatVersionOf(doc, set.formatVersions, year)));
}

/** The version the report is written in: the first whose own words (table 二's column labels) it
 * prints, else the one for its year (a table 二 lost to an image still has its year's layout). */
export function formatVersionOf(doc: DocumentText, versions: FormatVersion[], year: number | null): FormatVersion | null {
  if (versions.length === 0) return null;
  const text = foldText(doc.text);
  const printed = versions.find((v) => v.words.some((w) => text.includes(foldText(w))));
  return printed ?? versions.find((v) => year !== null && (v.from === null || year >= v.from) && (v.to === null || year <= v.to)) ?? null;
}

/** The layouts to read: a table that stands for another is read in its place in the versions
 * that list it, and not at all in the others. */
export function layoutsOf(tables: TableLayout[], version: FormatVersion | null): TableLayout[] {
  const own = tables.filter((t) => t.insteadOf !== null && version?.tables.includes(t.id));
  return tables.flatMap((t) => {
    if (t.insteadOf !== null) return [];
    return [own.find((o) => o.insteadOf === t.id) ?? t];
  });
}

export function formatVersionFindings(doc: DocumentText, versions: FormatVersion[], year: number | null): Finding[] {
  if (year === null) return [];
  const text = foldText(doc.text);
  return versions.flatMap((v) => {
    const word = v.words.map(foldText).find((w) => text.includes(w));
    if (!word || ((v.from === null || year >= v.from) && (v.to === null || year <= v.to))) return [];
    const start = doc.text.indexOf(word);
    const span = start >= 0 ? { start, end: start + word.length } : { start: 0, end: 0 };
    const range = v.from !== null && v.to !== null ? `${v.from}—${v.to}年` : v.from !== null ? `${v.from}年以后` : `${v.to}年以前`;
    return [
      {
        kind: 'format',
        code: 'wrong-format-version',
        severity: v.severity,
        message: `报告年度为${year}年，表格却用${v.name}（“${word}”），该格式用于${range}的年度报告。`,
        evidence: [{ quote: word, section: null, ...span, page: pageAt(doc, span.start) }],
      },
    ];
  });
}
