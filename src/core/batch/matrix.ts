// Many reports at once: the reviewer one level up receives dozens and reads them as a matrix,
// reports × indicators, to see who left out what and which indicators most reports miss.

import type { FailedReport, Report, Status, Verdict } from '../report.ts';
import { documentKind, type DocumentKind } from './document-kind.ts';
import { reportBody } from './issuing-body.ts';

export type StatusCounts = Record<Status, number>;

export interface MatrixColumn {
  id: string;
  title: string;
  group: Verdict['group'];
}

export interface MatrixRow {
  file: string;
  /** The issuing body (梁园区, ××县市场监督管理局), or null when neither title nor opening names it. */
  body: string | null;
  year: number | null;
  /** null for a file that could not be read. */
  format: string | null;
  /** Whether it is an annual report at all; null for a file that could not be read. */
  kind: DocumentKind | null;
  counts: StatusCounts;
  /** Indicator id → status; empty for a file that could not be read. */
  cells: Record<string, Status>;
  error?: FailedReport['error'];
  /** What the row was built from, for drilling down. */
  source: Report | FailedReport;
}

export interface Matrix {
  /** In rule-set order, as the first checked report lists them. The same array (and objects)
   *  from one added row to the next unless a row brings a new indicator: a view keyed on them
   *  redraws nothing when only rows arrive. */
  columns: MatrixColumn[];
  /** Column id → how many reports have that indicator present, weak, missing. */
  totals: Record<string, StatusCounts>;
  /** In the order given. */
  rows: MatrixRow[];
}

export const STATUSES: readonly Status[] = ['present', 'weak', 'missing'];

const noCounts = (): StatusCounts => ({ present: 0, weak: 0, missing: 0 });

export const EMPTY_MATRIX: Matrix = { columns: [], totals: {}, rows: [] };

/** `texts[i]`, when given, is the extracted text of `reports[i]`: its opening sentence names the
 *  body when the title does not. */
export function buildMatrix(reports: readonly (Report | FailedReport)[], texts: readonly (string | undefined)[] = []): Matrix {
  return withRows(EMPTY_MATRIX, reports.map((r, i) => matrixRow(r, 'error' in r ? null : reportBody(r, texts[i]))));
}

/** One report's row; `body` is its issuing body (reportBody), worked out where its text is. */
export function matrixRow(source: Report | FailedReport, body: string | null): MatrixRow {
  if ('error' in source) {
    return { file: source.file, body: null, year: null, format: null, kind: null, counts: noCounts(), cells: {}, error: source.error, source };
  }
  const counts = noCounts();
  const cells: Record<string, Status> = {};
  for (const v of source.results) {
    cells[v.id] = v.status;
    counts[v.status]++;
  }
  return { file: source.file, body, year: source.year, format: source.format, kind: documentKind(source), counts, cells, source };
}

/** The matrix with `rows` added at the end. A batch adds its rows as they are checked: the cost
 *  is that of the new rows (and one copy of the row list), not a rebuild of every row. */
export function withRows(matrix: Matrix, rows: readonly MatrixRow[]): Matrix {
  let columns = matrix.columns;
  const totals = Object.fromEntries(Object.entries(matrix.totals).map(([id, counts]) => [id, { ...counts }]));
  for (const row of rows) {
    if (row.error) continue;
    for (const v of (row.source as Report).results) {
      if (!totals[v.id]) {
        columns = [...columns, { id: v.id, title: v.title, group: v.group }];
        totals[v.id] = noCounts();
      }
      totals[v.id][v.status]++;
    }
  }
  return { columns, totals, rows: [...matrix.rows, ...rows] };
}

// ---------------------------------------------------------------------------------------------
// Sorting and filtering, for the reviewer's "who is missing 行政复议?".

export type SortKey = 'file' | 'body' | 'year' | Status | { indicator: string };

/** Rows sorted by `key`, stably. Rows of unreadable files, then rows without the value (no
 *  year, no such indicator), come last whatever the direction. By an indicator, ascending puts
 *  missing first: the reviewer looks for gaps. */
export function sortRows(rows: readonly MatrixRow[], key: SortKey, descending = false): MatrixRow[] {
  const value = sortValue(key);
  const sign = descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const failed = Number(!!a.row.error) - Number(!!b.row.error);
      if (failed) return failed;
      const [va, vb] = [value(a.row), value(b.row)];
      const unknown = Number(va === null) - Number(vb === null);
      if (unknown) return unknown;
      return (va === null || vb === null ? 0 : sign * compareValues(va, vb)) || a.index - b.index;
    })
    .map((x) => x.row);
}

const STATUS_ORDER: Record<Status, number> = { missing: 0, weak: 1, present: 2 };

function sortValue(key: SortKey): (row: MatrixRow) => string | number | null {
  if (typeof key === 'object') return (row) => (row.cells[key.indicator] ? STATUS_ORDER[row.cells[key.indicator]] : null);
  if (key === 'file') return (row) => row.file;
  if (key === 'body') return (row) => row.body ?? row.file;
  if (key === 'year') return (row) => row.year;
  return (row) => row.counts[key];
}

// One collator for every comparison: localeCompare builds one per call, which made sorting a
// thousand rows by body take seconds.
const COLLATOR = new Intl.Collator('zh-Hans-CN');

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return COLLATOR.compare(String(a), String(b));
}

/** The rows of documents that are not an annual report: the wrong file was sent. */
export function notReports(rows: readonly MatrixRow[]): MatrixRow[] {
  return rows.filter((row) => row.kind && !row.kind.isReport);
}

/** The rows whose `indicator` has one of the given statuses, e.g. rowsWhere(rows, 'admin-reconsideration', 'missing'). */
export function rowsWhere(rows: readonly MatrixRow[], indicator: string, ...statuses: Status[]): MatrixRow[] {
  return rows.filter((row) => statuses.includes(row.cells[indicator]));
}
