// What the cells say on their own, before any identity: values the format does not allow,
// blanks (counted as 0, but the format wants a 0 printed), rows that could not be aligned, and
// rows the format does not have (read past, never failed).

import type { TableLayout } from '../rules/types.ts';
import type { TableRead } from './read.ts';
import { cellEvidence, tableName, type TableFinding } from './identities.ts';

export function cellFindings(layouts: TableLayout[], tables: TableRead[]): TableFinding[] {
  return tables.flatMap((table) => {
    const layout = layouts.find((l) => l.id === table.id)!;
    return [badValues(layout, table), blanks(layout, table), unaligned(layout, table), extraRows(layout, table)].filter((f): f is TableFinding => f !== null);
  });
}

/** Counts are whole numbers ≥ 0; only columns marked decimal (万元) or signed (本年增/减) differ. */
function badValues(layout: TableLayout, table: TableRead): TableFinding | null {
  const bad = table.cells.filter((c) => {
    if (c.value === null) return false;
    const row = layout.rows.find((r) => r.id === c.row)!;
    return (!row.decimal.includes(c.column) && !Number.isInteger(c.value)) || (!row.signed.includes(c.column) && c.value < 0);
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

/** A province's own rows: not part of the format, so no identity uses them. */
function extraRows(layout: TableLayout, table: TableRead): TableFinding | null {
  if (table.extraRows.length === 0) return null;
  return {
    kind: 'table',
    code: 'extra-rows',
    severity: 'info',
    message: `${tableName(layout)}有 ${table.extraRows.length} 行不是格式规定的行，已略过，不参与勾稽关系：${table.extraRows.map((r) => `“${r.label}”`).join('、')}。`,
    evidence: table.extraRows.map((r) => ({ quote: r.label, section: null, start: r.start, end: r.end, page: r.page })),
    cells: [],
  };
}
