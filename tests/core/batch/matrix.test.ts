import { describe, expect, it } from 'vitest';
import { buildMatrix, EMPTY_MATRIX, matrixRow, notReports, rowsWhere, sortRows, STATUSES, withRows } from '../../../src/core/batch/matrix.ts';
import type { FailedReport } from '../../../src/core/report.ts';
import { checkText, DEV_FILES, devReport } from '../../helpers/dev-reports.ts';
import { shared } from '../../helpers/docs.ts';

const dev = DEV_FILES.map(devReport);
const unreadable: FailedReport = { file: 'locked.pdf', error: { code: 'encrypted-pdf', message: '这个 PDF 加了密码，无法读取。' } };
const LOOKALIKES = [
  'n01-shanghai-govinfo-annual-2022.txt',
  'n02-jiulongpo-erlang-govinfo-annual-2022.txt',
  'n03-qingxin-qzfbgs-govinfo-annual-2022.txt',
  'n04-hunnan-guoziju-govinfo-annual-2022.txt',
  'n05-beibei-shenjiju-govinfo-annual-2022.txt',
];
const matrix = buildMatrix([...dev.map((d) => d.report), unreadable], dev.map((d) => d.text));

describe('matrix', () => {
  it('has one row per report, in order, with its cells equal to the report statuses', () => {
    expect(matrix.rows.map((r) => r.file)).toEqual([...DEV_FILES, 'locked.pdf']);
    dev.forEach(({ report }, i) => {
      const row = matrix.rows[i];
      expect(row.year).toBe(report.year);
      expect(row.format).toBe('txt');
      expect(row.error).toBeUndefined();
      for (const v of report.results) expect(row.cells[v.id]).toBe(v.status);
      for (const s of STATUSES) expect(row.counts[s]).toBe(report.results.filter((v) => v.status === s).length);
    });
  });

  it('names the issuing body from the title, else from the opening sentence', () => {
    expect(matrix.rows.map((r) => r.body)).toEqual(['红土乡县', '梁园区', null, '斜沟乡', null]);
    // without the text only the title can say
    expect(buildMatrix(dev.map((d) => d.report)).rows.map((r) => r.body)).toEqual([null, '梁园区', null, '斜沟乡']);
  });

  it('tells annual reports from the look-alikes sent instead, for n01–n05 (政府信息公开工作年度报告)', () => {
    const lookalikes = LOOKALIKES.map((name) => checkText(name, shared(`corpus/real-dev/${name}`)));
    const mixed = buildMatrix([...dev, ...lookalikes].map((d) => d.report), [...dev, ...lookalikes].map((d) => d.text));
    expect(mixed.rows.map((r) => r.kind?.isReport)).toEqual([true, true, true, true, false, false, false, false, false]);
    expect(notReports(mixed.rows).map((r) => r.file)).toEqual(LOOKALIKES);
    for (const row of notReports(mixed.rows)) expect(row.kind).toMatchObject({ looksLike: '政府信息公开工作年度报告' });
    expect(matrix.rows[4].kind).toBeNull();
  });

  it('keeps an unreadable file as a row carrying its error and no cells', () => {
    const row = matrix.rows[4];
    expect(row.error).toEqual(unreadable.error);
    expect(row.cells).toEqual({});
    expect(row.counts).toEqual({ present: 0, weak: 0, missing: 0 });
  });

  it('has one column per indicator in rule-set order, with totals over the readable reports', () => {
    expect(matrix.columns.map((c) => c.id)).toEqual(dev[0].report.results.map((v) => v.id));
    for (const c of matrix.columns) {
      const totals = matrix.totals[c.id];
      for (const s of STATUSES) expect(totals[s]).toBe(dev.filter((d) => d.report.results.find((v) => v.id === c.id)!.status === s).length);
      expect(totals.present + totals.weak + totals.missing).toBe(dev.length);
    }
  });

  it('filters the rows by an indicator status', () => {
    const missing = rowsWhere(matrix.rows, 'normative-docs-cleanup', 'missing').map((r) => r.file);
    const expected = dev.filter((d) => d.report.results.find((v) => v.id === 'normative-docs-cleanup')!.status === 'missing').map((d) => d.report.file);
    expect(missing).toEqual(expected);
    expect(missing.length).toBeGreaterThan(0);
    // several statuses: the rows with any of them, neither none nor all of the readable ones
    const gaps = rowsWhere(matrix.rows, 'admin-reconsideration', 'weak', 'missing').map((r) => r.file);
    const withGaps = dev.filter((d) => d.report.results.find((v) => v.id === 'admin-reconsideration')!.status !== 'present').map((d) => d.report.file);
    expect(gaps).toEqual(withGaps);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThan(dev.length);
    // an unreadable file has no status to match
    expect(rowsWhere(matrix.rows, 'admin-reconsideration', 'present', 'weak', 'missing').map((r) => r.file)).toEqual(DEV_FILES);
  });

  it('sorts by indicator (gaps first), by counts and by year, unreadable files always last', () => {
    const byCleanup = sortRows(matrix.rows, { indicator: 'normative-docs-cleanup' });
    const order = { missing: 0, weak: 1, present: 2 } as const;
    const ranks = byCleanup.slice(0, 4).map((r) => order[r.cells['normative-docs-cleanup']]);
    expect(ranks).toEqual([...ranks].sort());
    expect(byCleanup.at(-1)!.file).toBe('locked.pdf');

    const byMissing = sortRows(matrix.rows, 'missing', true);
    expect(byMissing.slice(0, 4).map((r) => r.counts.missing)).toEqual(dev.map((d) => d.report.results.filter((v) => v.status === 'missing').length).sort((a, b) => b - a));
    expect(byMissing.at(-1)!.file).toBe('locked.pdf');

    expect(sortRows(matrix.rows, 'year').map((r) => r.year)).toEqual([2020, 2021, 2023, 2023, null]);
    expect(sortRows(matrix.rows, 'year', true).map((r) => r.file)).toEqual(['hongtu-2023.txt', 'shuangjiang-2023.txt', 'liangyuan-2021.txt', 'xiegou-2020.txt', 'locked.pdf']);
    // bodies unknown (shuangjiang) sort by file name, among the others
    expect(sortRows(matrix.rows, 'body').at(-1)!.file).toBe('locked.pdf');
  });

  it('grows row by row to the matrix built at once, keeping its columns and the earlier totals', () => {
    const rows = matrix.rows;
    const first = withRows(EMPTY_MATRIX, rows.slice(0, 1));
    const firstTotals = structuredClone(first.totals);
    const grown = rows.slice(1).reduce((m, row) => withRows(m, [row]), first);
    expect(grown.columns).toBe(first.columns);
    expect(grown.totals).toEqual(matrix.totals);
    expect(grown.rows).toEqual(rows);
    expect(first.totals).toEqual(firstTotals);
    expect(withRows(EMPTY_MATRIX, [matrixRow(unreadable, null)]).columns).toEqual([]);
  });

  it('has no columns when no file could be read', () => {
    expect(buildMatrix([unreadable]).columns).toEqual([]);
  });
});
