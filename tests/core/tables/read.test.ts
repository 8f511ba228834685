// Tables 二, 三 and 四 read from the PDF text layer of the three real reports: every cell, its
// value as read by hand, and where it stands (page and offsets of the printed number).
import { describe, expect, it } from 'vitest';
import { readTables } from '../../../src/core/tables/read.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { GOVINFO_FILES, HAND_READ, govinfoDoc, govinfoRules, handCells } from '../../helpers/govinfo.ts';

describe.each(GOVINFO_FILES)('the tables of %s', (file) => {
  it('give every cell the value printed, none left over and no row unaligned', async () => {
    const doc = await govinfoDoc(file);
    const tables = readReportTables(doc, govinfoRules(), null);
    expect(tables.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(tables.flatMap((t) => t.extraRows)).toEqual([]);
    const read = new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value])));
    expect(read).toEqual(handCells(HAND_READ[file]));
  });

  it('locate each cell on its page at the number printed', async () => {
    const doc = await govinfoDoc(file);
    const cells = readReportTables(doc, govinfoRules(), null).flatMap((t) => t.cells);
    for (const c of cells) {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(Number(c.text)).toBe(c.value);
      const paragraph = doc.paragraphs.find((p) => c.start >= p.start && c.end <= p.end);
      expect(c.page).toBe(paragraph?.page);
    }
    expect(new Set(cells.map((c) => c.page)).size).toBeGreaterThan(1);
  });
});

describe('a row that cannot be aligned', () => {
  it('is named, with the numbers found, and its cells stay unknown', async () => {
    const doc = await govinfoDoc('huaian-city-2024.pdf');
    const grant = doc.text.indexOf('1288 21 0 0 50 3 1362');
    const text = `${doc.text.slice(0, grant)}1288 21 1362${doc.text.slice(grant + '1288 21 0 0 50 3 1362'.length)}`;
    const tables = readReportTables({ ...doc, text, paragraphs: [{ start: 0, end: text.length, page: 4, headingHint: false }] }, govinfoRules(), null);
    const t3 = tables.find((t) => t.id === 't3')!;
    expect(t3.problems).toEqual([{ row: 'grant', label: '（一）予以公开', message: expect.stringContaining('找到 3 个数，应为 7 个') }]);
    expect(t3.cells.filter((c) => c.row === 'grant')).toEqual([]);
    expect(t3.cells).toHaveLength(168);
  });
});

describe('a rule set without tables', () => {
  it('reads none', async () => {
    expect(readTables(await govinfoDoc('hongze-district-2023.pdf'), [])).toEqual([]);
  });
});
