// The matrix as a table of plain values, the common ground of the CSV and the workbook's 总表.

import type { Status } from '../../report.ts';
import { documentKindLabel } from '../document-kind.ts';
import type { Matrix, MatrixRow } from '../matrix.ts';

export type TableValue = string | number | null;

export const STATUS_LABEL: Record<Status, string> = { present: '具备', weak: '薄弱', missing: '缺失' };

export const KIND_HEADER = '文件类型';
const FIXED_HEADER = ['文件', '单位', '年度', '格式', KIND_HEADER, STATUS_LABEL.present, STATUS_LABEL.weak, STATUS_LABEL.missing];

/** Columns before the indicators': file, body, year, format, document type and the three counts. */
export const FIXED_COLUMNS = FIXED_HEADER.length;

/** Only when no file could be read are there no indicator columns; the messages still need one. */
const ERROR_COLUMN = '检查结果';

export function matrixTable(matrix: Matrix): { header: string[]; rows: TableValue[][] } {
  const indicators = matrix.columns.length ? matrix.columns.map((c) => c.title) : [ERROR_COLUMN];
  return { header: [...FIXED_HEADER, ...indicators], rows: matrix.rows.map((row) => tableRow(matrix, row)) };
}

function tableRow(matrix: Matrix, row: MatrixRow): TableValue[] {
  const fixed = [row.file, row.body, row.year, row.format, row.kind ? documentKindLabel(row.kind) : null];
  // A file that could not be read says why in its first indicator cell and leaves the rest
  // empty: a blank is "not judged", where 缺失 would be a verdict on a report nobody read.
  if (row.error) return [...fixed, null, null, null, `无法检查：${row.error.message}`, ...matrix.columns.slice(1).map(() => null)];
  const cells = matrix.columns.map((c) => (row.cells[c.id] ? STATUS_LABEL[row.cells[c.id]] : null));
  return [...fixed, row.counts.present, row.counts.weak, row.counts.missing, ...cells];
}
