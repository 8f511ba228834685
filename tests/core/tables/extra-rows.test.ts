// Rows a province adds to a table (“其他主动公开文件”) and headers it annotates (“上一年项目数量
// （指2019年事项数）”): the added row is read past and named (extra-rows, info), never failed;
// the annotated header changes nothing (columns keep their fixed order).
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { checkDocument } from '../../../src/core/check.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { cellFindings } from '../../../src/core/tables/cell-findings.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { textDoc } from '../../helpers/docs.ts';
import { HAND_READ, govinfoDoc, govinfoRules, handCells } from '../../helpers/govinfo.ts';
import { trialCells, trialDocx, trialReport, trialText, type TextCopy } from '../../helpers/govinfo-trial.ts';

const set = govinfoRules();
const COPIES: TextCopy[] = ['cells on one line', 'one cell per line', 'pipes'];
const values = (tables: ReturnType<typeof readReportTables>) => new Map(tables.flatMap((t) => t.cells.map((c) => [c.id, c.value])));
const added = { extraRows: [['其他主动公开文件', '12', '12', '40']] };

describe('a row the format does not have', () => {
  it.each(COPIES)('in a text copy with %s is read past and named, every other cell as printed', (copy) => {
    const doc = textDoc(trialText(trialReport(added), copy));
    const tables = readReportTables(doc, set, null);
    expect(tables.flatMap((t) => t.problems)).toEqual([]);
    expect(values(tables)).toEqual(trialCells());
    const [extra] = tables[0].extraRows;
    expect(tables.flatMap((t) => t.extraRows)).toHaveLength(1);
    expect(extra.label).toBe('其他主动公开文件');
    expect(doc.text.slice(extra.start, extra.end)).toBe('其他主动公开文件');
    const findings = cellFindings(set.tables, tables);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['extra-rows', 'info']]);
    expect(findings[0].message).toContain('“其他主动公开文件”');
    expect(findings[0].evidence[0].quote).toBe('其他主动公开文件');
  });

  it('in a Word table is read past as well, and the whole report gets that info alone', async () => {
    const doc = await readDocument({ name: 'trial.docx', bytes: trialDocx(trialReport(added)) }, await nodeReadEnv());
    const report = checkDocument(doc, set, { file: 'trial.docx' });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['extra-rows', 'info']]);
    expect(report.results.find((r) => r.id === 'proactive-table')?.status).toBe('present');
  });

  it('in a 2021-format table 二 and in table 三 is read past too', async () => {
    const pdf = await govinfoDoc('hongze-district-2024.pdf');
    const text = pdf.text
      .replace('行政规范性文件 3 0 8', '行政规范性文件 3 0 8\n其他主动公开文件 6 0 6')
      .replace('（七）总计 95 0 0 0 0 0 95', '其中：网上申请 80 0 0 0 0 0 80\n（七）总计 95 0 0 0 0 0 95');
    expect(text).not.toBe(pdf.text);
    const tables = readReportTables(textDoc(text), set, null);
    expect(values(tables)).toEqual(handCells(HAND_READ['hongze-district-2024.pdf']));
    expect(tables.map((t) => t.extraRows.map((r) => r.label))).toEqual([['其他主动公开文件'], ['其中：网上申请'], []]);
  });
});

describe('an annotated header', () => {
  it.each(COPIES)('still aligns in a text copy with %s', (copy) => {
    for (const priorHeader of ['上一年项目数量（指2019年事项数）', '上一年项目数量 （指 2019 年事项数）']) {
      const tables = readReportTables(textDoc(trialText(trialReport({ priorHeader }), copy)), set, null);
      expect(tables.flatMap((t) => t.problems)).toEqual([]);
      expect(tables.flatMap((t) => t.extraRows)).toEqual([]);
      expect(values(tables)).toEqual(trialCells());
    }
  });
});
