// The tables from a Word document's own tables: a docx made here with the `docx` writer, each
// table row a label cell and one cell per value (the labels and anchors are the rule file's, the
// values the PDF's), read back with the project's docx reader. Cells left empty in the Word table
// (and in a web copy of it) stay in their columns as blanks.
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import type { TableRead } from '../../../src/core/tables/read.ts';
import { cellFindings } from '../../../src/core/tables/cell-findings.ts';
import type { TableLayout } from '../../../src/core/rules/types.ts';
import { GOVINFO_FILES, HAND_READ, govinfoDoc, govinfoRules, handCells } from '../../helpers/govinfo.ts';

const cell = (text: string) => new TableCell({ children: text ? [new Paragraph(text)] : [] });

/** The table's rows as cell texts: the label, then the values ('' for a cell left empty). */
function rowTexts(layout: TableLayout, read: TableRead, empty: Set<string>): string[][] {
  const text = (c: TableRead['cells'][number]) => (empty.has(c.id) ? '' : c.text);
  return layout.layout === 'one-run'
    ? [[layout.rows.map((r) => r.label).join('、'), ...read.cells.map(text)]]
    : read.rows.map((row) => [layout.rows.find((r) => r.id === row)!.label, ...read.cells.filter((c) => c.row === row).map(text)]);
}

async function docxOf(tables: TableRead[], empty = new Set<string>()): Promise<Uint8Array> {
  const layouts = govinfoRules().tables;
  const children = tables.flatMap((t) => {
    const layout = layouts.find((l) => l.id === t.id)!;
    const rows = rowTexts(layout, t, empty).map((texts) => new TableRow({ children: texts.map(cell) }));
    return [new Paragraph(layout.title), new Paragraph(layout.anchors[0]), new Table({ rows })];
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The same tables as a saved web page, an empty cell written as CMS editors do (&nbsp;). */
function htmlOf(tables: TableRead[], empty: Set<string>): Uint8Array {
  const layouts = govinfoRules().tables;
  const body = tables.map((t) => {
    const layout = layouts.find((l) => l.id === t.id)!;
    const rows = rowTexts(layout, t, empty).map((texts) => `<tr>${texts.map((x) => `<td>${x || '&nbsp;'}</td>`).join('')}</tr>`);
    return `<p>${layout.title}</p><p>${layout.anchors[0]}</p><table>${rows.join('')}</table>`;
  });
  return new TextEncoder().encode(`<html><body><div class="content">${body.join('')}</div></body></html>`);
}

/** Cells to leave empty: the second of every row of table 三, the last of table 四 (one run). */
function emptied(tables: TableRead[]): Set<string> {
  const t3 = tables.find((t) => t.id === 't3')!;
  const t4 = tables.find((t) => t.id === 't4')!;
  const seconds = t3.rows.map((row) => t3.cells.filter((c) => c.row === row)[1].id);
  return new Set([...seconds, t4.cells[t4.cells.length - 1].id]);
}

describe.each(GOVINFO_FILES)('%s as a Word document with tables', (file) => {
  it('gives every cell of the PDF', async () => {
    const fromPdf = readReportTables(await govinfoDoc(file), govinfoRules(), null);
    const doc = await readDocument({ name: 'copy.docx', bytes: await docxOf(fromPdf) }, await nodeReadEnv());
    const tables = readReportTables(doc, govinfoRules(), null);
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value])))).toEqual(handCells(HAND_READ[file]));
  });
});

describe.each(GOVINFO_FILES)('%s with empty cells, in Word and as a web page', (file) => {
  it.each([
    ['copy.docx', (t: TableRead[], e: Set<string>) => docxOf(t, e)],
    ['copy.html', async (t: TableRead[], e: Set<string>) => htmlOf(t, e)],
  ])('%s: an empty cell is a located blank in its column, and blank-cells names it', async (name, write) => {
    const fromPdf = readReportTables(await govinfoDoc(file), govinfoRules(), null);
    const empty = emptied(fromPdf);
    const doc = await readDocument({ name, bytes: await write(fromPdf, empty) }, await nodeReadEnv());
    const tables = readReportTables(doc, govinfoRules(), null);
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    const expected = new Map([...handCells(HAND_READ[file])].map(([id, v]) => [id, empty.has(id) ? null : v]));
    expect(new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value])))).toEqual(expected);
    const blanks = tables.flatMap((t) => t.cells.filter((c) => c.value === null));
    for (const c of blanks) expect(doc.paragraphs.some((p) => p.emptyCell && p.start === c.start)).toBe(true);
    const named = cellFindings(govinfoRules().tables, tables).filter((f) => f.code === 'blank-cells').flatMap((f) => f.cells);
    expect(new Set(named)).toEqual(empty);
  });
});
