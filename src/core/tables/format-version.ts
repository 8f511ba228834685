// The format of the year: a report on 2021 or later in the trial layout (table 二 with 本年新制作
// 数量…) is in the wrong format; a report on 2019 or 2020 in the 2021 layout probably has its
// year wrong. The versions and their words are data in the rule file, and so are the tables
// of a version (the trial table 二) that are read in place of the default ones.

import type { DocumentText } from '../document.ts';
import type { Finding } from '../report.ts';
import type { FormatVersion, RuleSet, TableLayout } from '../rules/types.ts';
import { compactText, compactWords, pageAt, readTables, type Compact, type TableRead } from './read.ts';
import { spans } from '../rules/year-span.ts';

/** The tables of the report, in the layouts of the format version it is written in. */
export function readReportTables(doc: DocumentText, set: Pick<RuleSet, 'tables' | 'formatVersions'>, year: number | null): TableRead[] {
  if (set.tables.length === 0) return [];
  return readTables(doc, layoutsOf(set.tables, formatVersionOf(doc, set.formatVersions, year)));
}

/** The version the report is written in: the first whose own words (table 二's column labels) it
 * prints, else the one for its year (a table 二 lost to an image still has its year's layout). */
export function formatVersionOf(doc: DocumentText, versions: FormatVersion[], year: number | null): FormatVersion | null {
  if (versions.length === 0) return null;
  const text = compactText(doc.text);
  const printed = versions.find((v) => printedWord(text, v) !== null);
  return printed ?? versions.find((v) => year !== null && spans(v, year)) ?? null;
}

/** Where the version's first word printed stands (original offsets), or null. Header cells of a
 * PDF break their words across lines ("本年新制\n作数量"): they are matched without the breaks. */
function printedWord(text: Compact, v: FormatVersion): { start: number; end: number } | null {
  for (const word of v.words.map(compactWords)) {
    const at = text.text.indexOf(word);
    if (at >= 0) return { start: text.at[at], end: text.at[at + word.length - 1] + 1 };
  }
  return null;
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
  if (year === null || versions.length === 0) return [];
  const text = compactText(doc.text);
  return versions.flatMap((v) => {
    const span = printedWord(text, v);
    if (!span || spans(v, year)) return [];
    const word = doc.text.slice(span.start, span.end);
    const range = v.from !== null && v.to !== null ? `${v.from}—${v.to}年` : v.from !== null ? `${v.from}年以后` : `${v.to}年以前`;
    return [
      {
        kind: 'format',
        code: 'wrong-format-version',
        severity: v.severity,
        message: `报告年度为${year}年，表格却用${v.name}（“${word.replace(/\s+/gu, '')}”），该格式用于${range}的年度报告。`,
        evidence: [{ quote: word, section: null, ...span, page: pageAt(doc, span.start) }],
      },
    ];
  });
}
