// Checking the identities of the rule file on the cells read: each identity for each column (or
// row) it covers, with the numbers of a failure and the cells it used. Only aligned cells take
// part: an identity that needs a cell that could not be read is skipped, never failed. A printed
// blank counts as 0.

import type { Evidence, Finding } from '../report.ts';
import type { EquationTerm, Identity, TableLayout, TableRow } from '../rules/types.ts';
import { cellId } from '../rules/cell-id.ts';
import type { Cell, TableRead } from './read.ts';

export type TableFinding = Finding & { cells: string[] };

/** The tables of one report, to look cells up in. */
export interface TableCells {
  layouts: TableLayout[];
  tables: TableRead[];
}

interface Side {
  cells: Cell[];
  sum: number;
  shown: string;
}

/** Identities between the cells of this report (those that need last year's are left out). A
 * failure that uses a 总计 cell printed blank is explained by the blank: it is reported inside
 * one blank-total warning per table, not as an error. */
export function identityFindings(identities: Identity[], current: TableCells): TableFinding[] {
  const failures = identities.filter((d) => !d.lastYear).flatMap((d) => check(d, current, null));
  const blankTotals = new Map(current.tables.flatMap((t) => t.cells.filter((c) => c.value === null && isTotal(current.layouts, c)).map((c) => [c.id, c])));
  const explained = failures.filter((f) => f.cells.some((id) => blankTotals.has(id)));
  const byTable = new Map<string, TableFinding[]>();
  for (const f of explained) {
    const table = f.cells[0].split('.')[0];
    byTable.set(table, [...(byTable.get(table) ?? []), f]);
  }
  const findings = [...failures.filter((f) => !explained.includes(f)), ...[...byTable].map(([table, fs]) => blankTotal(current.layouts.find((l) => l.id === table)!, fs, blankTotals))];
  return distrustShiftedTables(identities, current, failures, findings);
}

/** GOVINFO.md: distrust the parse before the report. When a row identity with shift-suspect
 * fails on that many rows that would hold one column over (the row's last cell is the sum of the
 * others once a value at either end is dropped: a stray number read into the row, a blank lost),
 * the table was probably read shifted: table-parse-suspect says so, and the table's errors are
 * lowered to warnings. */
function distrustShiftedTables(identities: Identity[], current: TableCells, failures: TableFinding[], findings: TableFinding[]): TableFinding[] {
  const suspects = identities.flatMap((d) => {
    if (d.shiftSuspect === null || d.forEach !== 'row' || d.lastYear) return [];
    const layout = current.layouts.find((l) => l.id === d.table);
    const table = current.tables.find((t) => t.id === d.table);
    if (!layout || !table) return [];
    const failedRows = new Set(failures.filter((f) => f.code === d.code && f.cells[0]?.startsWith(`${d.table}.`)).map((f) => f.cells[0].split('.')[1]));
    const shifted = table.rows.filter((row) => failedRows.has(row) && holdsOneColumnOver(table.cells.filter((c) => c.row === row)));
    return shifted.length >= d.shiftSuspect ? [parseSuspect(layout, table, shifted)] : [];
  });
  if (suspects.length === 0) return findings;
  const distrusted = new Set(suspects.map((s) => s.cells[0].split('.')[0]));
  const lowered = findings.map((f) => (f.severity === 'error' && distrusted.has(f.cells[0]?.split('.')[0]) ? { ...f, severity: 'warning' as const } : f));
  return [...lowered, ...suspects];
}

function holdsOneColumnOver(cells: Cell[]): boolean {
  const values = cells.map((c) => c.value ?? 0);
  const sumHolds = (v: number[]) => v.length > 1 && round(v[v.length - 1]) === round(v.slice(0, -1).reduce((s, x) => s + x, 0));
  return sumHolds(values.slice(1)) || sumHolds(values.slice(0, -1));
}

function parseSuspect(layout: TableLayout, table: TableRead, rows: string[]): TableFinding {
  const cells = table.cells.filter((c) => rows.includes(c.row));
  const labels = rows.map((r) => `“${layout.rows.find((x) => x.id === r)?.label ?? r}”`);
  return {
    kind: 'table',
    code: 'table-parse-suspect',
    severity: 'info',
    message: `${tableName(layout)}有 ${rows.length} 行（${labels.join('、')}）的数错开一列后才对得上，表格可能没有读准（多读了一个数或漏了一个空格），这张表的勾稽关系错误因此降为警告。请核对原表，或提供 Word/网页版本。`,
    evidence: cells.map(cellEvidence),
    cells: cells.map((c) => c.id),
  };
}

function isTotal(layouts: TableLayout[], c: Cell): boolean {
  const layout = layouts.find((l) => l.id === c.table);
  return !!layout && (layout.totalColumns.includes(c.column) || layout.totalRows.includes(c.row));
}

function blankTotal(layout: TableLayout, explained: TableFinding[], blankTotals: Map<string, Cell>): TableFinding {
  const blanks = [...new Set(explained.flatMap((f) => f.cells.filter((id) => blankTotals.has(id))))];
  const cells = [...new Set(explained.flatMap((f) => f.cells))];
  return {
    kind: 'table',
    code: 'blank-total',
    severity: 'warning',
    message: `${tableName(layout)}的总计格 ${blanks.join('、')} 空白，而其各项之和不为 0：请在总计格填写合计数。因此不成立的勾稽关系：${explained.map((f) => f.message).join(' ')}`,
    evidence: blanks.map((id) => cellEvidence(blankTotals.get(id)!)),
    cells,
  };
}

/** The identities that hold for reports on these years: one with a from-year is left out when a
 * report is on an earlier year or its year is not known. */
export function identitiesFor(identities: Identity[], years: (number | null)[]): Identity[] {
  return identities.filter((d) => d.fromYear === null || years.every((y) => y !== null && y >= d.fromYear!));
}

/** Identities that compare this year's cells with last year's (上年结转 = 上年的结转下年度). */
export function lastYearFindings(identities: Identity[], current: TableCells, last: TableCells): TableFinding[] {
  return identities.filter((d) => d.lastYear).flatMap((d) => check(d, current, last));
}

function check(d: Identity, current: TableCells, last: TableCells | null): TableFinding[] {
  const layout = current.layouts.find((l) => l.id === d.table);
  const table = current.tables.find((t) => t.id === d.table);
  if (!layout || !table) return [];
  const lastTable = last?.tables.find((t) => t.id === d.table) ?? null;
  if (last && !lastTable) return [];
  return scopes(d, layout, table).flatMap((scope) => {
    const left = side(d, d.check.left, scope, layout, table, lastTable);
    const right = side(d, d.check.right, scope, layout, table, lastTable);
    if (!left || !right || holds(d.check.op, left.sum, right.sum)) return [];
    return [failure(d, layout, scope, left, right)];
  });
}

/** Each column (for-each column) or each row (for-each row) the identity is checked on. */
function scopes(d: Identity, layout: TableLayout, table: TableRead): string[] {
  if (d.forEach === 'column') {
    const columns = [...new Set(layout.rows.flatMap((r) => r.columns))];
    return d.only ?? columns;
  }
  return table.rows.filter((r) => !d.only || d.only.includes(r));
}

function side(d: Identity, terms: EquationTerm[], scope: string, layout: TableLayout, table: TableRead, lastTable: TableRead | null): Side | null {
  const cells: Cell[] = [];
  const shown: string[] = [];
  let sum = 0;
  for (const term of terms) {
    const source = term.lastYear ? lastTable : table;
    if (!source) return null;
    const found = termCells(d.forEach, term, scope, layout, source);
    if (!found) return null;
    const value = found.reduce((s, c) => s + (c.value ?? 0), 0);
    sum += term.sign * value;
    // Last year's cells stand in another document: the message gives their number.
    if (!term.lastYear) cells.push(...found);
    shown.push(`${shown.length && term.sign < 0 ? '- ' : shown.length ? '+ ' : term.sign < 0 ? '-' : ''}${round(value)}`);
  }
  return { cells, sum, shown: shown.join(' ') };
}

/** The cells a term stands for in this scope, or null when one of them is unknown (its row was
 * found but not aligned, or the table lacks the row). */
function termCells(forEach: Identity['forEach'], term: EquationTerm, scope: string, layout: TableLayout, table: TableRead): Cell[] | null {
  const byId = new Map(table.cells.map((c) => [c.id, c]));
  const rows: [TableRow, string][] = forEach === 'column'
    ? layout.rows.filter((r) => (term.wildcard ? r.id.startsWith(term.name) && table.rows.includes(r.id) : r.id === term.name)).map((r) => [r, scope])
    : layout.rows.filter((r) => r.id === scope).map((r) => [r, term.name]);
  if (rows.length === 0) return term.wildcard ? [] : null;
  const cells = rows.map(([row, column]) => byId.get(cellId(table.id, row, column)));
  return cells.every((c): c is Cell => c !== undefined) ? cells : null;
}

function holds(op: Identity['check']['op'], left: number, right: number): boolean {
  const diff = round(left) - round(right);
  if (op === '>=') return diff >= 0;
  if (op === '<=') return diff <= 0;
  return diff === 0;
}

/** Sums of decimals (万元) compared to the hundredth of the unit they are printed in. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const NOT: Record<Identity['check']['op'], string> = { '=': '≠', '>=': '<', '<=': '>' };

function failure(d: Identity, layout: TableLayout, scope: string, left: Side, right: Side): TableFinding {
  const where = d.forEach === 'column' ? `${layout.columnTitles[scope] ?? scope}（${scope}）列` : `“${layout.rows.find((r) => r.id === scope)?.label ?? scope}”行`;
  const cells = [...new Map([...left.cells, ...right.cells].map((c) => [c.id, c])).values()];
  return {
    kind: 'table',
    code: d.code,
    severity: d.severity,
    message: `${tableName(layout)}${where}：${left.shown} ${NOT[d.check.op]} ${right.shown}。应有：${d.title}。`,
    evidence: cells.map(cellEvidence),
    cells: cells.map((c) => c.id),
  };
}

export function cellEvidence(c: Cell): Evidence {
  return { quote: c.text || '（空白）', section: null, start: c.start, end: c.end, page: c.page };
}

/** "表三", from the part heading the table stands under ("三、收到和处理…"). */
export function tableName(layout: TableLayout): string {
  const numeral = /^([一二三四五六七八九十]+)、/u.exec(layout.title)?.[1];
  return numeral ? `表${numeral}` : layout.title;
}
