// 表三 other2 > 0 (fee notices sent) with no word on 信息处理费: fee-not-reported.
import { describe, expect, it } from 'vitest';
import type { DocumentText } from '../../../src/core/document.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { statementFindings } from '../../../src/core/tables/statements.ts';
import { govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';

const set = govinfoRules();
const findingsOf = (doc: DocumentText) => statementFindings(doc, set.statements, readReportTables(doc, set, null));

describe('fee-not-reported', () => {
  it('is silent where the report states the fee (淮安市: notices sent, 3940元 collected)', async () => {
    const doc = await govinfoDoc('huaian-city-2024.pdf');
    expect(readReportTables(doc, set, null).find((t) => t.id === 't3')!.cells.find((c) => c.id === 't3.other2.c1')!.value).toBe(6);
    expect(findingsOf(doc)).toEqual([]);
  });

  it('names the cells of the row when the fee statement is gone', async () => {
    const doc = await govinfoDoc('huaian-city-2024.pdf');
    const silent = { ...doc, text: doc.text.replaceAll('信息处理费', '费用') };
    expect(findingsOf(silent).map((f) => [f.code, f.severity, f.cells])).toEqual([['fee-not-reported', 'warning', ['t3.other2.c1', 't3.other2.c7']]]);
  });

  it('asks nothing of a report whose row is zero or absent (洪泽区 prints the trial row)', async () => {
    const doc = await govinfoDoc('hongze-district-2024.pdf');
    expect(findingsOf({ ...doc, text: doc.text.replaceAll('信息处理费', '费用') })).toEqual([]);
  });
});
