// The matrix as a table of plain values, the common ground of the CSV and the workbook's 总表.

import type { Report, Status } from '../../report.ts';
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

/** For a pile of reports with tables (政府信息公开年报): the key cells, and which identities fail. */
const KEY_CELLS: [id: string, header: string][] = [
  ['t3.new.c7', '本年新收申请'],
  ['t3.carry.c7', '上年结转'],
  ['t3.total.c7', '办理结果总计'],
  ['t3.fwd.c7', '结转下年度'],
  ['t4.rec.total', '行政复议'],
  ['t4.direct.total', '未经复议直接起诉'],
  ['t4.after.total', '复议后起诉'],
];
export const FAILED_HEADER = '勾稽关系不成立';

export function matrixTable(matrix: Matrix): { header: string[]; rows: TableValue[][] } {
  const indicators = matrix.columns.length ? matrix.columns.map((c) => c.title) : [ERROR_COLUMN];
  const tables = matrix.rows.some((row) => !row.error && (row.source as Report).tables);
  const extra = tables ? [...KEY_CELLS.map(([, header]) => header), FAILED_HEADER] : [];
  return {
    header: [...FIXED_HEADER, ...indicators, ...extra],
    rows: matrix.rows.map((row) => [...tableRow(matrix, row), ...(tables ? tableCells(row) : [])]),
  };
}

/** A report's key cells (null where it has none or the cell could not be read) and the codes of
 *  the identities it breaks. */
function tableCells(row: MatrixRow): TableValue[] {
  if (row.error) return [...KEY_CELLS.map(() => null), null];
  const report = row.source as Report;
  const cells = new Map((report.tables ?? []).flatMap((t) => t.cells.map((c) => [c.id, c.value ?? 0])));
  const failed = [...new Set(report.findings.filter((f) => f.cells?.length && f.severity !== 'info').map((f) => f.code))];
  return [...KEY_CELLS.map(([id]) => cells.get(id) ?? null), failed.join('、') || null];
}

function tableRow(matrix: Matrix, row: MatrixRow): TableValue[] {
  const fixed = [row.file, row.body, row.year, row.format, row.kind ? documentKindLabel(row.kind) : null];
  // A file that could not be read says why in its first indicator cell and leaves the rest
  // empty: a blank is "not judged", where 缺失 would be a verdict on a report nobody read.
  if (row.error) return [...fixed, null, null, null, `无法检查：${row.error.message}`, ...matrix.columns.slice(1).map(() => null)];
  const cells = matrix.columns.map((c) => (row.cells[c.id] ? STATUS_LABEL[row.cells[c.id]] : null));
  return [...fixed, row.counts.present, row.counts.weak, row.counts.missing, ...cells];
}
