// A pile of 政府信息公开年报: one row per report, the key cells as columns, identities failed.
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../../src/core/batch/matrix.ts';
import { FAILED_HEADER, matrixTable } from '../../../../src/core/batch/export/matrix-table.ts';
import { matrixCsv } from '../../../../src/core/batch/export/csv.ts';
import { checkDocument } from '../../../../src/core/check.ts';
import { GOVINFO_FILES, govinfoDoc, govinfoRules } from '../../../helpers/govinfo.ts';
import { parseCsv } from '../../../helpers/csv.ts';
import { devReport } from '../../../helpers/dev-reports.ts';

async function pile() {
  const docs = await Promise.all(GOVINFO_FILES.map(govinfoDoc));
  return docs.map((doc, i) => checkDocument(doc, govinfoRules(), { file: GOVINFO_FILES[i] }));
}

describe('the matrix of a pile of govinfo reports', () => {
  it('gives each report its key cells and the identities it breaks', async () => {
    const { header, rows } = matrixTable(buildMatrix(await pile()));
    const at = (name: string) => header.indexOf(name);
    expect(header.slice(-8)).toEqual(['本年新收申请', '上年结转', '办理结果总计', '结转下年度', '行政复议', '未经复议直接起诉', '复议后起诉', FAILED_HEADER]);
    expect(rows.map((r) => [r[at('本年新收申请')], r[at('上年结转')], r[at('结转下年度')], r[at('行政复议')]])).toEqual([
      [3119, 34, 103, 351],
      [21, 0, 0, 0],
      [95, 0, 0, 2],
    ]);
    expect(rows.map((r) => r[at(FAILED_HEADER)])).toEqual([null, 't4-sum', null]);
    expect(header).toContain('三、收到和处理政府信息公开申请情况（表三）');
  });

  it('reaches the CSV, and leaves a matrix of 法治政府建设 reports as it was', async () => {
    const [header] = parseCsv(matrixCsv(buildMatrix(await pile())).slice(1));
    expect(header.at(-1)).toBe(FAILED_HEADER);
    expect(matrixTable(buildMatrix([devReport('hongtu-2023.txt').report])).header).not.toContain(FAILED_HEADER);
  });
});
