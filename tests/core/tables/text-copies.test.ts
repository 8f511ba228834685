// The same tables from plain-text copies, as a web page copied to text gives them: one cell per
// line, and the cells joined on one line. The copies are made here from the PDF's own text (no
// report text is committed) and read with the txt reader; they must give the PDF's cells.
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { GOVINFO_FILES, HAND_READ, govinfoDoc, govinfoRules, handCells } from '../../helpers/govinfo.ts';

const COPIES: Record<string, (text: string) => string> = {
  'one cell per line': (text) => text.replace(/[ \t\u3000]+/g, '\n'),
  'cells joined on one line': (text) => text.replace(/\n/g, ' '),
  // A web table saved with pipes: every line padded with empty cells to the widest row.
  'pipes, rows padded with empty cells': (text) =>
    text
      .split('\n')
      .map((line) => `${line.replace(/\s+(?=\d)/g, ' | ')} | | |`)
      .join('\n'),
};

async function cellsOfCopy(text: string) {
  const doc = await readDocument({ name: 'copy.txt', bytes: new TextEncoder().encode(text) }, await nodeReadEnv());
  const tables = readReportTables(doc, govinfoRules(), null);
  return { doc, tables, values: new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value]))) };
}

describe.each(GOVINFO_FILES)('%s as plain text', (file) => {
  it.each(Object.keys(COPIES))('%s gives every cell of the PDF', async (copy) => {
    const { doc, tables, values } = await cellsOfCopy(COPIES[copy]((await govinfoDoc(file)).text));
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(tables.flatMap((t) => t.extraRows)).toEqual([]);
    expect(values).toEqual(handCells(HAND_READ[file]));
    for (const c of tables.flatMap((t) => t.cells)) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('a copy where a blank cell vanished', () => {
  it('names the row instead of shifting the next cells into it', async () => {
    const text = COPIES['one cell per line']((await govinfoDoc('huaian-city-2024.pdf')).text);
    const row = '（一）予以公开\n1288\n21\n0\n0\n50\n3\n1362';
    expect(text).toContain(row);
    const { tables } = await cellsOfCopy(text.replace(row, '（一）予以公开\n1288\n21\n0\n50\n3\n1362'));
    expect(tables.find((t) => t.id === 't3')!.problems.map((p) => [p.row, p.message])).toEqual([['grant', expect.stringContaining('找到 6 个数，应为 7 个')]]);
  });

  it('reads a printed blank ("-") as blank, and pipes with an empty cell as one', async () => {
    const text = COPIES['cells joined on one line']((await govinfoDoc('hongze-district-2024.pdf')).text)
      .replace('规章 0 0 0', '规章 | - | | 0 |');
    const { tables } = await cellsOfCopy(text);
    const rules = tables.find((t) => t.id === 't2')!.cells.filter((c) => c.row === 'rules');
    expect(rules.map((c) => [c.id, c.value])).toEqual([['t2.rules.issued', null], ['t2.rules.repealed', null], ['t2.rules.valid', 0]]);
  });
});
