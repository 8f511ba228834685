// What the cells say on their own, before any identity: values the format does not allow,
// blanks (counted as 0, but the format wants a 0 printed), and rows that could not be aligned.

import type { TableLayout } from '../rules/types.ts';
import type { TableRead } from './read.ts';
import { cellEvidence, tableName, type TableFinding } from './identities.ts';

export function cellFindings(layouts: TableLayout[], tables: TableRead[]): TableFinding[] {
  return tables.flatMap((table) => {
    const layout = layouts.find((l) => l.id === table.id)!;
    return [badValues(layout, table), blanks(layout, table), unaligned(layout, table)].filter((f): f is TableFinding => f !== null);
  });
}

/** Counts are whole numbers ≥ 0; only rows marked decimal (万元) or signed (本年增/减) differ. */
function badValues(layout: TableLayout, table: TableRead): TableFinding | null {
  const bad = table.cells.filter((c) => {
    if (c.value === null) return false;
    const row = layout.rows.find((r) => r.id === c.row)!;
    return (!row.decimal && !Number.isInteger(c.value)) || (!row.signed && c.value < 0);
  });
  if (bad.length === 0) return null;
  return {
    kind: 'table',
    code: 'bad-value',
    severity: 'error',
    message: `${tableName(layout)}中 ${bad.length} 格不是件数（应为不小于 0 的整数）：${bad.map((c) => `${c.id} = ${c.text}`).join('；')}。`,
    evidence: bad.map(cellEvidence),
    cells: bad.map((c) => c.id),
  };
}

function blanks(layout: TableLayout, table: TableRead): TableFinding | null {
  const blank = table.cells.filter((c) => c.value === null);
  if (blank.length === 0) return null;
  return {
    kind: 'table',
    code: 'blank-cells',
    severity: 'info',
    message: `${tableName(layout)}有 ${blank.length} 格空白或写作“-”“无”，计算时按 0 计：${blank.map((c) => c.id).join('、')}。格式要求每格填数，没有的填 0。`,
    evidence: blank.map(cellEvidence),
    cells: blank.map((c) => c.id),
  };
}

/** Rows the reader would not guess at: the identities that need them were skipped. */
function unaligned(layout: TableLayout, table: TableRead): TableFinding | null {
  if (table.problems.length === 0) return null;
  return {
    kind: 'table',
    code: 'table-not-alignable',
    severity: 'info',
    message: `${tableName(layout)}有 ${table.problems.length} 行未能读出，涉及这些行的勾稽关系没有检查：${table.problems.map((p) => p.message).join('；')}。请核对原表，或提供 Word/网页版本。`,
    evidence: [{ quote: layout.title, section: null, start: table.start, end: table.start, page: table.page }],
    cells: [],
  };
}
