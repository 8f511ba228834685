// The tables from a Word document's own tables: a docx made here with the `docx` writer, each
// table row a label cell and one cell per value (the labels and anchors are the rule file's, the
// values the PDF's), read back with the project's docx reader.
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { readTables, type TableRead } from '../../../src/core/tables/read.ts';
import type { TableLayout } from '../../../src/core/rules/types.ts';
import { GOVINFO_FILES, HAND_READ, govinfoDoc, govinfoRules, handCells } from '../../helpers/govinfo.ts';

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

function wordTable(layout: TableLayout, read: TableRead): Table {
  const values = (row: string) => read.cells.filter((c) => c.row === row).map((c) => cell(c.text));
  const rows =
    layout.layout === 'one-run'
      ? [new TableRow({ children: [cell(layout.rows.map((r) => r.label).join('、')), ...read.cells.map((c) => cell(c.text))] })]
      : read.rows.map((row) => new TableRow({ children: [cell(layout.rows.find((r) => r.id === row)!.label), ...values(row)] }));
  return new Table({ rows });
}

async function docxOf(tables: TableRead[]): Promise<Uint8Array> {
  const layouts = govinfoRules().tables;
  const children = tables.flatMap((t) => {
    const layout = layouts.find((l) => l.id === t.id)!;
    return [new Paragraph(layout.title), new Paragraph(layout.anchors[0]), wordTable(layout, t)];
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe.each(GOVINFO_FILES)('%s as a Word document with tables', (file) => {
  it('gives every cell of the PDF', async () => {
    const fromPdf = readTables(await govinfoDoc(file), govinfoRules().tables);
    const doc = await readDocument({ name: 'copy.docx', bytes: await docxOf(fromPdf) }, await nodeReadEnv());
    const tables = readTables(doc, govinfoRules().tables);
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value])))).toEqual(handCells(HAND_READ[file]));
  });
});
