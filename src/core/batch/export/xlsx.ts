// The matrix as an Excel workbook: 总表 with the matrix, then one sheet per report listing every
// indicator with its status, reason and quotes, so a reviewer can file comments beside them.
//
// Written with write-excel-file's universal build: no Node APIs, so the same code runs in the
// browser and in the CLI, and it zips with fflate, which the app already ships.

import writeXlsxFile, { type Cell, type CellObject, type Row, type Sheet } from 'write-excel-file/universal';
import type { Evidence, FailedReport, Report, Status } from '../../report.ts';
import type { Matrix, MatrixRow } from '../matrix.ts';
import { documentKindLabel, REPORT_LABEL } from '../document-kind.ts';
import { FIXED_COLUMNS, KIND_HEADER, matrixTable, STATUS_LABEL, type TableValue } from './matrix-table.ts';
import { sheetNames } from './sheet-names.ts';

export const SUMMARY_SHEET = '总表';
/** Excel's limit for the text of one cell. */
const MAX_CELL = 32767;
const QUOTES_PER_INDICATOR = 3;

const STATUS_FILL: Record<Status, string> = { present: '#D9F2D9', weak: '#FFF2CC', missing: '#F8D7DA' };
const FILL_BY_LABEL = new Map(Object.entries(STATUS_LABEL).map(([s, label]) => [label, STATUS_FILL[s as Status]]));

export async function matrixXlsx(matrix: Matrix): Promise<Uint8Array> {
  const names = sheetNames(matrix.rows.map(sheetWish), [SUMMARY_SHEET]);
  const sheets: Sheet<Blob>[] = [summarySheet(matrix), ...matrix.rows.map((row, i) => reportSheet(row, names[i]))];
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function summarySheet(matrix: Matrix): Sheet<Blob> {
  const { header, rows } = matrixTable(matrix);
  const kindColumn = header.indexOf(KIND_HEADER);
  const cell = (v: TableValue, i: number): Cell => (i === kindColumn ? kindCell(v) : typeof v === 'string' && FILL_BY_LABEL.has(v) ? statusCell(v) : v);
  const data: Row[] = [header.map(headerCell), ...rows.map((r) => r.map(cell))];
  const widths = [28, 18, 6, 6, 24, 6, 6, 6, ...header.slice(FIXED_COLUMNS).map(() => 12)];
  return { sheet: SUMMARY_SHEET, data, columns: widths.map((width) => ({ width })), stickyRowsCount: 1, stickyColumnsCount: 2 };
}

function sheetWish(row: MatrixRow): string {
  const name = row.body ?? row.file.split(/[\\/]/u).pop()!.replace(/\.[^.]+$/u, '');
  return row.year ? `${name} ${row.year}` : name;
}

function reportSheet(row: MatrixRow, name: string): Sheet<Blob> {
  const head: Row[] = [
    [headerCell('文件'), row.file],
    [headerCell('单位'), row.body],
    [headerCell('年度'), row.year],
    ...(row.kind ? [[headerCell(KIND_HEADER), kindCell(documentKindLabel(row.kind))]] : []),
  ];
  const body = 'error' in row.source ? failureRows(row.source) : verdictRows(row.source);
  return { sheet: name, data: [...head, [], ...body], columns: [{ width: 10 }, { width: 22 }, { width: 8 }, { width: 36 }, { width: 36 }, { width: 60 }, { width: 24 }, { width: 6 }] };
}

function failureRows(r: FailedReport): Row[] {
  return [[headerCell('无法检查'), r.error.message]];
}

function verdictRows(r: Report): Row[] {
  const header = ['分组', '指标', '状态', '理由', '建议', '引文', '章节', '页码'].map(headerCell);
  const verdicts = r.results.map((v): Row => {
    const quotes = v.evidence.slice(0, QUOTES_PER_INDICATOR);
    return [v.group, v.title, statusCell(STATUS_LABEL[v.status]), v.reason, v.advice, wrapped(quotesText(quotes)), quotes[0]?.section ?? null, quotes[0]?.page ?? null];
  });
  if (!r.findings.length) return [header, ...verdicts];
  const findings = r.findings.map((f): Row => [f.severity, f.kind, f.code, wrapped(f.message)]);
  return [header, ...verdicts, [], ['级别', '类别', '代码', '说明'].map(headerCell), ...findings];
}

function quotesText(quotes: Evidence[]): string | null {
  if (!quotes.length) return null;
  return quotes.map((e) => `「${e.quote}」`).join('\n').slice(0, MAX_CELL);
}

const headerCell = (value: string): CellObject => ({ value, fontWeight: 'bold', backgroundColor: '#E7E6E6' });
const statusCell = (label: string): CellObject => ({ value: label, backgroundColor: FILL_BY_LABEL.get(label), align: 'center' });
/** A wrong document stands out in red, as a missing indicator does. */
const kindCell = (value: TableValue): Cell => (typeof value === 'string' && value !== REPORT_LABEL ? { value, backgroundColor: STATUS_FILL.missing } : value);
const wrapped = (value: string | null): Cell => (value === null ? null : { value, wrap: true, alignVertical: 'top' });
