// Reading the statistical tables of a report from its text, whatever format it came from: PDF
// text layers (labels broken across lines, group labels interleaved, a stray character glued to
// a number), web copies with pipes, one cell per line, or rows flattened onto one line.
//
// Tables are found by their anchors, rows by their printed labels in the order of the layout
// (prefix-tolerant, across line and page breaks), and a row's numbers are the first run of
// exactly as many values as it has columns after its label. A row whose run has another length
// is not guessed at: it is reported as not alignable and its cells stay unknown. An empty cell of a
// Word or web table is an empty paragraph of the document: it reads as a blank in its place.
// A row the format does not have (a province adds "其他主动公开文件") is a label with a number in
// every column after a known row's numbers: it is read past and named, never failed.

import type { DocumentText } from '../document.ts';
import type { TableCell as Cell, ExtraRow, TableProblem, ReportTable as TableRead } from '../report.ts';
import type { TableLayout, TableRow } from '../rules/types.ts';
import { foldText, matchView } from '../text/normalize.ts';
import { cellId } from '../rules/cell-id.ts';
import { fitRun, valueTokens, runsOf, type ValueToken } from './values.ts';

export type { TableCell as Cell, TableProblem, ReportTable as TableRead } from '../report.ts';

/** How far a table reaches past its anchor when no later table or part heading stops it. */
const TABLE_REACH = 4000;
/** A row's label is matched on its first characters: printed labels drop or swap later ones. */
const KEY_LENGTH = 6;
/** Shorter labels keep their numbering ("3.其他", "(七)总计"): the bare words occur in headers. */
const MIN_BARE_KEY = 4;
const NUMBERING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/u;
/** The next part of the report ends a table at the latest. */
const NEXT_PART = /\n[ \t]*[五六七][、.．]/gu;
/** An extra row's label: a short name with two Chinese characters or more, not a sentence. */
const EXTRA_LABEL = /^(?=.*\p{Script=Han}.*\p{Script=Han})[^，。；,;]{2,30}$/u;

/** The tables of the layouts that the document has, in the layouts' order. */
export function readTables(doc: DocumentText, layouts: TableLayout[]): TableRead[] {
  // Folding the whole text is the cost of a read: a report type without tables skips it.
  if (layouts.length === 0) return [];
  const text = compactText(doc.text);
  const starts: number[] = [];
  let from = 0;
  for (const layout of layouts) {
    const at = firstAnchor(text, layout.anchors, from);
    starts.push(at);
    if (at >= 0) from = at;
  }
  return layouts.flatMap((layout, i) => {
    const start = starts[i];
    if (start < 0) return [];
    const next = starts.slice(i + 1).find((s) => s > start);
    const end = tableEnd(doc.text, text.at[start], next === undefined ? null : text.at[next]);
    return [readTable(doc, text, layout, start, end)];
  });
}

function tableEnd(original: string, start: number, next: number | null): number {
  NEXT_PART.lastIndex = start;
  const part = NEXT_PART.exec(original)?.index ?? Infinity;
  return Math.min(next ?? Infinity, part, start + TABLE_REACH, original.length);
}

function readTable(doc: DocumentText, text: Compact, layout: TableLayout, start: number, end: number): TableRead {
  const startOffset = text.at[start];
  const found = layout.layout === 'one-run' ? [] : findRows(text, layout.rows, start, end);
  const placed = layout.layout === 'one-run' ? readOneRun(doc, layout, startOffset, end) : readRows(doc, layout.id, found, end);
  const problems = [...placed.problems, ...missingRows(layout, found)];
  const lastCell = Math.max(startOffset, ...placed.cells.map((c) => c.end));
  return {
    id: layout.id,
    title: layout.title,
    start: startOffset,
    end: lastCell,
    page: pageAt(doc, startOffset),
    rows: layout.layout === 'one-run' ? layout.rows.map((r) => r.id) : found.map((f) => f.row.id),
    labels: Object.fromEntries(layout.rows.map((r) => [r.id, r.label])),
    columns: [...new Set(layout.rows.flatMap((r) => r.columns))].map((id) => ({ id, title: layout.columnTitles[id] ?? id })),
    cells: placed.cells,
    problems,
    extraRows: placed.extraRows,
  };
}

interface FoundRow {
  row: TableRow;
  /** Original offsets: the label's key, where the row's numbers are looked for from. */
  labelStart: number;
  after: number;
}

/** Each row's label, in order; a row standing for others (trial format) replaces them. */
function findRows(text: Compact, rows: TableRow[], start: number, end: number): FoundRow[] {
  const found: FoundRow[] = [];
  const replaced = new Set<string>();
  let pos = start;
  for (const row of rows) {
    if (replaced.has(row.id)) continue;
    const key = labelKey(row.label);
    const at = text.text.indexOf(key, pos);
    if (at < 0 || text.at[at] >= end) continue;
    found.push({ row, labelStart: text.at[at], after: text.at[at + key.length - 1] + 1 });
    for (const id of row.insteadOf) replaced.add(id);
    pos = at + key.length;
  }
  return found;
}

function missingRows(layout: TableLayout, found: FoundRow[]): TableProblem[] {
  if (layout.layout === 'one-run') return [];
  const present = new Set(found.map((f) => f.row.id));
  const stoodFor = new Set(found.flatMap((f) => f.row.insteadOf));
  const alternatives = new Set(layout.rows.flatMap((r) => r.insteadOf));
  return layout.rows
    .filter((r) => !present.has(r.id) && !stoodFor.has(r.id))
    // A row that stands for others is optional when they are there, and they when it is.
    .filter((r) => !(r.insteadOf.length > 0 && r.insteadOf.every((id) => present.has(id))))
    .filter((r) => !(alternatives.has(r.id) && layout.rows.some((o) => o.insteadOf.includes(r.id) && present.has(o.id))))
    .map((r) => ({ row: r.id, label: r.label, message: `没有找到“${r.label}”这一行` }));
}

interface Placed {
  cells: Cell[];
  problems: TableProblem[];
  extraRows: ExtraRow[];
}

function readRows(doc: DocumentText, table: string, found: FoundRow[], end: number): Placed {
  const placed: Placed = { cells: [], problems: [], extraRows: [] };
  found.forEach((f, i) => {
    const stop = i + 1 < found.length ? found[i + 1].labelStart : end;
    const runs = runsOf(valueTokens(doc.text, f.after, stop, emptyCells(doc)));
    const n = f.row.columns.length;
    const at = runs.findIndex((r) => fitRun(r, n) !== null);
    if (at < 0) {
      placed.problems.push({ row: f.row.id, label: f.row.label, message: misfit(f.row.label, runs, n) });
      return;
    }
    placed.cells.push(...toCells(doc, table, f.row, fitRun(runs[at], n)!));
    placed.extraRows.push(...extraRows(doc, runs.slice(at), n));
  });
  return placed;
}

/** Rows after a known row's numbers (runs[0]) that are a label and as many values as it has. */
function extraRows(doc: DocumentText, runs: ValueToken[][], n: number): ExtraRow[] {
  return runs.slice(1).flatMap((run, i) => {
    // A merged label cell padded with empty cells (a block's 第二十条 row) holds no number.
    if (fitRun(run, n) === null || run.every((t) => t.value === null)) return [];
    const before = runs[i][runs[i].length - 1].end;
    const gap = doc.text.slice(before, run[0].start);
    const lead = gap.search(/[^\s|\u3000]/u);
    const trail = gap.replace(/[\s|\u3000]+$/u, '').length;
    const label = lead < 0 ? '' : gap.slice(lead, trail).replace(/[\s|\u3000]+/gu, ' ');
    if (!EXTRA_LABEL.test(label)) return [];
    return [{ label, start: before + lead, end: before + trail, page: pageAt(doc, before + lead) }];
  });
}

function readOneRun(doc: DocumentText, layout: TableLayout, start: number, end: number): Placed {
  const n = layout.rows.reduce((sum, r) => sum + r.columns.length, 0);
  const runs = runsOf(valueTokens(doc.text, start, end, emptyCells(doc)));
  const run = runs.map((r) => fitRun(r, n)).find((r) => r !== null);
  if (!run) return { cells: [], problems: [{ row: layout.rows[0].id, label: layout.title, message: misfit(layout.title, runs, n) }], extraRows: [] };
  let i = 0;
  const cells = layout.rows.flatMap((row) => {
    const part = run.slice(i, i + row.columns.length);
    i += row.columns.length;
    return toCells(doc, layout.id, row, part);
  });
  return { cells, problems: [], extraRows: [] };
}

function misfit(label: string, runs: ValueToken[][], n: number): string {
  if (runs.length === 0) return `无法对齐“${label}”：没有找到数字（应有 ${n} 个）`;
  const counts = [...new Set(runs.map((r) => r.length))].join('、');
  return `无法对齐“${label}”：找到 ${counts} 个数，应为 ${n} 个，不能确定哪一格是空的`;
}

function toCells(doc: DocumentText, table: string, row: TableRow, run: ValueToken[]): Cell[] {
  return run.map((token, j) => ({
    id: cellId(table, row, row.columns[j]),
    table,
    row: row.id,
    column: row.columns[j],
    value: token.value,
    text: token.text,
    start: token.start,
    end: token.end,
    page: pageAt(doc, token.start),
  }));
}

function emptyCells(doc: DocumentText): number[] {
  return doc.paragraphs.filter((p) => p.emptyCell).map((p) => p.start);
}

export function pageAt(doc: DocumentText, offset: number): number | null {
  return doc.paragraphs.find((p) => offset >= p.start && offset <= p.end)?.page ?? null;
}

function firstAnchor(text: Compact, anchors: string[], from: number): number {
  const hits = anchors.map((a) => text.text.indexOf(compactWords(a), from)).filter((i) => i >= 0);
  return hits.length ? Math.min(...hits) : -1;
}

function labelKey(label: string): string {
  const words = compactWords(label);
  const bare = words.replace(NUMBERING, '');
  return bare.length >= MIN_BARE_KEY ? bare.slice(0, KEY_LENGTH) : words;
}

/** The folded text without whitespace, each character with the original offset it came from:
 * labels broken across lines and pages, or spaced out ("商 业 企 业"), match as one word. */
export interface Compact {
  text: string;
  at: number[];
}

export function compactText(original: string): Compact {
  const view = matchView(original);
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < view.text.length; i++) {
    const ch = view.text[i];
    if (/\s/u.test(ch)) continue;
    text += isNumberingMark(ch) && /\d/.test(text.slice(-1)) ? '.' : ch;
    at.push(view.toOriginal(i));
  }
  at.push(original.length);
  return { text, at };
}

export function compactWords(s: string): string {
  return compactText(foldText(s)).text;
}

/** "1、" and "1．" are numbered as "1.". */
function isNumberingMark(ch: string): boolean {
  return ch === '、' || ch === '．';
}
