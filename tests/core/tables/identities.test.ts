// The identities of rules/govinfo-annual-report.yaml on the three real reports: none fails on
// tables 二 and 三 as printed; any one cell of table 三 changed in a copy is named, with the
// identities it breaks; 上年结转 of 洪泽区 2024 agrees with 2023's 结转下年度, and a changed one does not;
// so does its 现行有效件数 with 2023's plus this year's 制发 less 废止.
import { describe, expect, it } from 'vitest';
import type { DocumentText } from '../../../src/core/document.ts';
import type { Cell } from '../../../src/core/tables/read.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { identitiesFor, identityFindings, lastYearFindings } from '../../../src/core/tables/identities.ts';
import { GOVINFO_FILES, govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';

const set = govinfoRules();
const tablesOf = (doc: DocumentText) => ({ layouts: set.tables, tables: readReportTables(doc, set, null) });

/** The document with one printed cell changed to another number of the same length. */
function changed(doc: DocumentText, cell: Cell): DocumentText {
  const last = Number(cell.text.slice(-1));
  const text = cell.text.slice(0, -1) + String(last === 9 ? 8 : last + 1);
  return { ...doc, text: doc.text.slice(0, cell.start) + text + doc.text.slice(cell.end) };
}

const FLOW_ROWS = new Set(['new', 'carry', 'total', 'fwd']);
const RESULT_ROWS = /^(grant|partial|deny\d|unable\d|noproc\d|other\d?|total)$/;

describe.each(GOVINFO_FILES)('%s', (file) => {
  it('breaks no identity of tables 二 and 三 as printed', async () => {
    const findings = identityFindings(set.identities, tablesOf(await govinfoDoc(file)));
    expect(findings.filter((f) => !f.code.startsWith('t4'))).toEqual([]);
  });

  it('names any one changed cell of table 三 and each identity it breaks', async () => {
    const doc = await govinfoDoc(file);
    const cells = tablesOf(doc).tables.find((t) => t.id === 't3')!.cells;
    expect(cells.length).toBeGreaterThanOrEqual(161);
    for (const cell of cells) {
      const findings = identityFindings(set.identities, tablesOf(changed(doc, cell))).filter((f) => f.cells.includes(cell.id));
      const expected = ['t3-rowsum'];
      if (FLOW_ROWS.has(cell.row)) expected.push('t3-flow');
      if (RESULT_ROWS.test(cell.row)) expected.push('t3-results');
      expect(findings.map((f) => f.code).sort(), cell.id).toEqual(expected.sort());
      for (const f of findings) expect(f.evidence.some((e) => e.start === cell.start), cell.id).toBe(true);
    }
  });
});

describe('the printed identity in its message', () => {
  it('gives the column and the numbers on both sides', async () => {
    const doc = await govinfoDoc('huaian-city-2024.pdf');
    const fwd = tablesOf(doc).tables.find((t) => t.id === 't3')!.cells.find((c) => c.id === 't3.fwd.c7')!;
    const flow = identityFindings(set.identities, tablesOf(changed(doc, fwd))).find((f) => f.code === 't3-flow')!;
    expect(flow.severity).toBe('error');
    expect(flow.message).toContain('总计（c7）列：3119 + 34 ≠ 3050 + 104');
  });
});

describe('table 四 of 洪泽区 2023 as printed', () => {
  it('fails t4-sum where the 总计 cells are 0 beside non-zero results', async () => {
    const findings = identityFindings(set.identities, tablesOf(await govinfoDoc('hongze-district-2023.pdf')));
    expect(findings.map((f) => [f.code, f.cells.filter((c) => c.endsWith('.total'))])).toEqual([
      ['t4-sum', ['t4.rec.total']],
      ['t4-sum', ['t4.after.total']],
    ]);
  });
});

describe('上年结转 against last year’s 结转下年度 (洪泽区 2023 → 2024)', () => {
  it('agrees for the real pair', async () => {
    const [last, current] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    expect(lastYearFindings(set.identities, tablesOf(current), tablesOf(last))).toEqual([]);
  });

  it('fails on the column where last year’s 结转下年度 was changed', async () => {
    const [last, current] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const fwd = tablesOf(last).tables.find((t) => t.id === 't3')!.cells.find((c) => c.id === 't3.fwd.c1')!;
    const findings = lastYearFindings(set.identities, tablesOf(current), tablesOf(changed(last, fwd)));
    expect(findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['carry-mismatch', 'warning', ['t3.carry.c1']]]);
    expect(findings[0].message).toContain('0 ≠ 1');
  });

  it('fails when this year’s 上年结转 was changed', async () => {
    const [last, current] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const carry = tablesOf(current).tables.find((t) => t.id === 't3')!.cells.find((c) => c.id === 't3.carry.c7')!;
    const findings = lastYearFindings(set.identities, tablesOf(changed(current, carry)), tablesOf(last));
    expect(findings.map((f) => f.cells)).toEqual([['t3.carry.c7']]);
  });
});

describe('现行有效件数 against last year’s plus 制发 less 废止 (洪泽区 2023 → 2024)', () => {
  const cellOf = (doc: DocumentText, id: string) => tablesOf(doc).tables.find((t) => t.id === 't2')!.cells.find((c) => c.id === id)!;

  it('fails on the row where last year’s 现行有效件数 was changed, naming this year’s cells', async () => {
    const [last, current] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const findings = lastYearFindings(set.identities, tablesOf(current), tablesOf(changed(last, cellOf(last, 't2.normdocs.valid'))));
    expect(findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['stock-mismatch', 'warning', ['t2.normdocs.valid', 't2.normdocs.issued', 't2.normdocs.repealed']]]);
    expect(findings[0].message).toContain('8 ≠ 6 + 3 - 0');
  });

  it('fails when this year’s 制发件数 was changed', async () => {
    const [last, current] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const findings = lastYearFindings(set.identities, tablesOf(changed(current, cellOf(current, 't2.rules.issued'))), tablesOf(last));
    expect(findings.map((f) => [f.code, f.cells[0]])).toEqual([['stock-mismatch', 't2.rules.valid']]);
  });

  it('is left out when a report is on a year before the 2021 format, or on no known year', () => {
    const codes = (years: (number | null)[]) => identitiesFor(set.identities, years).filter((d) => d.lastYear).map((d) => d.code);
    expect(codes([2023, 2024])).toEqual(['carry-mismatch', 'stock-mismatch']);
    expect(codes([2020, 2021])).toEqual(['carry-mismatch']);
    expect(codes([null, 2024])).toEqual(['carry-mismatch']);
    expect(codes([2021, 2021])).toEqual(['carry-mismatch', 'stock-mismatch']);
  });
});

describe('a table read one column off (table-parse-suspect)', () => {
  /** The document with each of these rows of table 三 printed as a stray 9 followed by the row
   * less one of its 0 cells: what a reader sees when a row number is read in and a blank lost. */
  async function shifted(rows: string[]): Promise<DocumentText> {
    const doc = await govinfoDoc('hongze-district-2024.pdf');
    const t3 = tablesOf(doc).tables.find((t) => t.id === 't3')!;
    const spans = rows.map((row) => t3.cells.filter((c) => c.row === row)).sort((a, b) => b[0].start - a[0].start);
    return spans.reduce((d, cells) => {
      const values = cells.map((c) => c.text);
      const zero = values.lastIndexOf('0', values.length - 2);
      const text = ['9', ...values.filter((_, i) => i !== zero)].join(' ');
      return { ...d, text: d.text.slice(0, cells[0].start) + text + d.text.slice(cells[cells.length - 1].end) };
    }, doc);
  }

  it('is named when three rows hold one column over, and the table’s errors become warnings', async () => {
    const findings = identityFindings(set.identities, tablesOf(await shifted(['deny3', 'deny6', 'deny7'])));
    const suspect = findings.filter((f) => f.code === 'table-parse-suspect');
    expect(suspect.map((f) => [f.severity, new Set(f.cells.map((c) => c.split('.')[1]))])).toEqual([['info', new Set(['deny3', 'deny6', 'deny7'])]]);
    expect(findings.filter((f) => f.code === 't3-rowsum')).toHaveLength(3);
    expect(findings.some((f) => f.code === 't3-results')).toBe(true);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is not named for two such rows: their failures stay errors', async () => {
    const findings = identityFindings(set.identities, tablesOf(await shifted(['deny3', 'deny6'])));
    expect(findings.map((f) => f.code)).not.toContain('table-parse-suspect');
    expect(findings.filter((f) => f.code === 't3-rowsum').map((f) => f.severity)).toEqual(['error', 'error']);
  });
});
