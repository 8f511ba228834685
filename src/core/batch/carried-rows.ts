// A row carried from last year's report, beside last year's row, column by column: this year's
// 上年结转 under last year's 结转下年度 (identity carry-mismatch: carry = last.fwd). The rows come
// from the rule file's last-year identities that set one row equal to one row of last year's
// table; a column is marked where the identity failed.

import type { ReportTable } from '../report.ts';
import type { Identity, TableLayout } from '../rules/types.ts';
import { tableName, type TableFinding } from '../tables/identities.ts';

export interface CarriedRows {
  code: string;
  /** The identity as the rule file titles it. */
  title: string;
  /** 表三 */
  table: string;
  /** The rows' labels: this year's (上年结转), last year's (结转下年度). */
  now: string;
  then: string;
  columns: CarriedColumn[];
}

export interface CarriedColumn {
  id: string;
  title: string;
  /** The values as printed (null: blank), or undefined where the cell was not read. */
  now: number | null | undefined;
  then: number | null | undefined;
  /** The identity failed in this column: the message of that failure. */
  mismatch: string | null;
}

export function carriedRows(identities: Identity[], layouts: TableLayout[], newer: ReportTable[], older: ReportTable[], failed: TableFinding[]): CarriedRows[] {
  return identities.flatMap((d) => {
    const [left, right] = [d.check.left, d.check.right];
    if (d.forEach !== 'column' || d.check.op !== '=' || left.length !== 1 || right.length !== 1) return [];
    if (left[0].lastYear || !right[0].lastYear || left[0].wildcard || right[0].wildcard) return [];
    const layout = layouts.find((l) => l.id === d.table);
    const now = newer.find((t) => t.id === d.table);
    const then = older.find((t) => t.id === d.table);
    if (!layout || !now || !then) return [];
    const value = (table: ReportTable, row: string, column: string) => table.cells.find((c) => c.row === row && c.column === column)?.value;
    const columns = (d.only ?? [...new Set(layout.rows.flatMap((r) => r.columns))]).map((column) => ({
      id: column,
      title: layout.columnTitles[column] ?? column,
      now: value(now, left[0].name, column),
      then: value(then, right[0].name, column),
      mismatch: failed.find((f) => f.code === d.code && f.cells.includes(`${d.table}.${left[0].name}.${column}`))?.message ?? null,
    }));
    const label = (row: string) => layout.rows.find((r) => r.id === row)?.label ?? row;
    return [{ code: d.code, title: d.title, table: tableName(layout), now: label(left[0].name), then: label(right[0].name), columns }];
  });
}
