// The name of a table cell: `t3.new.c7`; a row with one column names its cell after the row
// (`t2.licensing`), as GOVINFO.md names them.

import type { TableRow } from './types.ts';

export function cellId(table: string, row: Pick<TableRow, 'id' | 'columns'>, column: string): string {
  return row.columns.length === 1 ? `${table}.${row.id}` : `${table}.${row.id}.${column}`;
}
