// Years printed in a table's headers and notes: a trial table 二 names the previous year ("上一年
// 项目数量（指2019年事项数）" in a report on 2020), and nothing else. A header naming another year
// was left from an older report (GOVINFO.md year-mismatch). A number read as a cell is no year,
// even with a 年 glued to it by a vertical group label ("2019年" as 2019 decisions).

import type { DocumentText } from '../document.ts';
import type { Finding } from '../report.ts';
import type { TableLayout } from '../rules/types.ts';
import { tableName } from './identities.ts';
import { pageAt, type TableRead } from './read.ts';

const YEAR = /(?<!\d)((?:19|20)\d{2})年/gu;

export function tableYearFindings(doc: DocumentText, layouts: TableLayout[], tables: TableRead[], year: number | null): Finding[] {
  if (year === null) return [];
  return tables.flatMap((table) => {
    const cells = new Set(table.cells.map((c) => c.start));
    const other = [...doc.text.slice(table.start, table.end).matchAll(YEAR)]
      .map((m) => ({ year: Number(m[1]), start: table.start + m.index!, end: table.start + m.index! + m[0].length }))
      .filter((y) => !cells.has(y.start) && y.year !== year && y.year !== year - 1);
    if (other.length === 0) return [];
    const layout = layouts.find((l) => l.id === table.id)!;
    return [
      {
        kind: 'year-fit',
        code: 'year-mismatch',
        severity: 'error' as const,
        message: `报告年度为${year}年，${tableName(layout)}的表头或注却写${[...new Set(other.map((y) => `${y.year}年`))].join('、')}（表头只应写报告年度或上一年）：表格可能沿用了其他年度的报告。`,
        evidence: other.map((y) => ({ quote: doc.text.slice(y.start, y.end), section: null, start: y.start, end: y.end, page: pageAt(doc, y.start) })),
      },
    ];
  });
}
