// The trial format (reports on 2019 and 2020): its table 二 (t2v, 22 cells) read in place of the
// 2021 one, from every format a report arrives in, and a whole trial report checked without a
// false finding. The report is our own (tests/helpers/govinfo-trial.ts).
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { checkDocument } from '../../../src/core/check.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { cellFindings } from '../../../src/core/tables/cell-findings.ts';
import { formatVersionOf, readReportTables } from '../../../src/core/tables/format-version.ts';
import { withChromium } from '../../fixtures/build-scans.ts';
import { textDoc } from '../../helpers/docs.ts';
import { govinfoRules } from '../../helpers/govinfo.ts';
import { trialCells, trialDocx, trialHtml, trialReport, trialText, type TextCopy } from '../../helpers/govinfo-trial.ts';

const set = govinfoRules();
const COPIES: TextCopy[] = ['cells on one line', 'one cell per line', 'pipes'];

async function read(name: string, bytes: Uint8Array) {
  const doc = await readDocument({ name, bytes }, await nodeReadEnv());
  return { doc, tables: readReportTables(doc, set, null) };
}

const values = (tables: Awaited<ReturnType<typeof read>>['tables']) => new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value])));

/** The trial report printed to PDF by Chromium from its web page: a real PDF text layer. Landscape
 * keeps table 四's fifteen header cells on one line each, as a report's merged headers are. */
async function trialPdf(html: string): Promise<Uint8Array> {
  return withChromium(async (browser) => {
    const page = await browser.newPage();
    await page.setContent(html.replace('</style>', 'body{font-size:12px}</style>'));
    return new Uint8Array(await page.pdf({ format: 'A4', landscape: true }));
  });
}

describe('trial table 二, with tables 三 and 四 of a trial report', () => {
  it.each(COPIES)('read from a text copy with %s: all 22 cells of t2v and every cell of 三 and 四', async (copy) => {
    const { doc, tables } = await read('copy.txt', new TextEncoder().encode(trialText(trialReport(), copy)));
    expect(tables.map((t) => t.id)).toEqual(['t2v', 't3', 't4']);
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(values(tables)).toEqual(trialCells());
    expect(tables[0].cells).toHaveLength(22);
    for (const c of tables.flatMap((t) => t.cells)) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  });

  it.each([
    ['copy.docx', () => trialDocx(trialReport())],
    ['copy.html', () => new TextEncoder().encode(trialHtml(trialReport()))],
  ])('read from %s with real tables', async (name, bytes) => {
    const { tables } = await read(name, bytes());
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(values(tables)).toEqual(trialCells());
  });

  it('read from the PDF text layer of the printed report', async () => {
    const { doc, tables } = await read('copy.pdf', await trialPdf(trialHtml(trialReport())));
    expect(doc.format).toBe('pdf');
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(values(tables)).toEqual(trialCells());
    for (const c of tables.flatMap((t) => t.cells)) {
      expect(doc.text.slice(c.start, c.end)).toBe(c.text);
      expect(c.page).toBe(doc.paragraphs.find((p) => c.start >= p.start && c.end <= p.end)?.page);
    }
    expect(tables[0].cells.every((c) => c.page === 1)).toBe(true);
  }, 60_000);
});

describe('本年增/减', () => {
  it('is read as negative, and a negative change is no bad value', async () => {
    const { tables } = await read('copy.txt', new TextEncoder().encode(trialText(trialReport(), 'pipes')));
    const t2v = tables.find((t) => t.id === 't2v')!;
    expect(t2v.cells.filter((c) => c.column === 'change').map((c) => [c.id, c.value])).toEqual([
      ['t2v.licensing.change', -3],
      ['t2v.services.change', 2],
      ['t2v.penalty.change', -8],
      ['t2v.coercion.change', 0],
      ['t2v.fees.change', -1],
    ]);
    expect(cellFindings(set.tables, tables)).toEqual([]);
  });

  it('reads a typographic minus and a plus sign', () => {
    const text = trialText(trialReport(), 'cells on one line').replace('行政处罚 143 -8 97', '行政处罚 143 −8 97').replace('其他对外管理服务事项 21 2 305', '其他对外管理服务事项 21 +2 305');
    const t2v = readReportTables(textDoc(text), set, null)[0];
    expect(t2v.cells.find((c) => c.id === 't2v.penalty.change')!.value).toBe(-8);
    expect(t2v.cells.find((c) => c.id === 't2v.services.change')!.value).toBe(2);
  });

  it('only there: a negative count or a fraction of an item is a bad value, a decimal 采购总金额 is not', () => {
    const text = trialText(trialReport(), 'cells on one line').replace('行政处罚 143 -8 97', '行政处罚 -143 -8 97').replace('行政强制 12 0 6', '行政强制 12 0.5 6');
    const tables = readReportTables(textDoc(text), set, null);
    const findings = cellFindings(set.tables, tables);
    expect(findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['bad-value', 'error', ['t2v.penalty.prior', 't2v.coercion.change']]]);
  });
});

describe('the layout follows the format version', () => {
  const trial = () => textDoc(trialText(trialReport(), 'cells on one line'));

  it('is the trial one where table 二 prints its column words, whatever the year', () => {
    expect(formatVersionOf(trial(), set.formatVersions, 2023)?.tables).toEqual(['t2v']);
    expect(readReportTables(trial(), set, 2023).map((t) => t.id)).toEqual(['t2v', 't3', 't4']);
  });

  it('is the one of the reported year where no column words are printed', () => {
    const doc = textDoc('某县2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n（表格为图片）');
    expect(formatVersionOf(doc, set.formatVersions, 2020)?.tables).toEqual(['t2v']);
    expect(formatVersionOf(doc, set.formatVersions, 2022)?.tables).toEqual([]);
    expect(formatVersionOf(doc, set.formatVersions, null)).toBeNull();
  });
});

describe('a whole trial report', () => {
  it.each(COPIES)('as a text copy with %s gets no finding, and table 二 is present', (copy) => {
    const report = checkDocument(textDoc(trialText(trialReport(), copy)), set, { file: 'trial.txt' });
    expect(report.year).toBe(2020);
    expect(report.findings).toEqual([]);
    expect(report.results.filter((r) => r.group === 'C').map((r) => [r.id, r.status])).toEqual([
      ['proactive-table', 'present'],
      ['requests-table', 'present'],
      ['review-litigation-table', 'present'],
    ]);
  });

  it('as a Word document gets no finding', async () => {
    const doc = await readDocument({ name: 'trial.docx', bytes: trialDocx(trialReport()) }, await nodeReadEnv());
    expect(checkDocument(doc, set, { file: 'trial.docx' }).findings).toEqual([]);
  });

  it('on 2022 is in the wrong format, and its table 二 is still read as printed', () => {
    const report = checkDocument(textDoc(trialText(trialReport({ year: 2022 }), 'pipes')), set, { file: 'trial.txt' });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['wrong-format-version', 'error']]);
    expect(report.tables!.map((t) => t.id)).toEqual(['t2v', 't3', 't4']);
  });
});
