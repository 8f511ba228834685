// Two years of one body's 政府信息公开年报 compared: 上年结转 against last year's 结转下年度, 现行有效件数
// against last year's.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { compareYears } from '../../../src/core/batch/compare.ts';
import type { DocumentText } from '../../../src/core/document.ts';
import { govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';

const checked = (doc: DocumentText, file: string) => ({ report: checkDocument(doc, govinfoRules(), { file }), text: doc.text });

describe('compareYears on 洪泽区 2023 → 2024', () => {
  it('finds 上年结转 equal to last year’s 结转下年度', async () => {
    const [older, newer] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    expect(compareYears(checked(older, '2023'), checked(newer, '2024'), [govinfoRules()]).tables).toEqual([]);
  });

  it('names the column where they differ', async () => {
    const [older, newer] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const changed = { ...older, text: older.text.replace('四、结转下年度继续办理 0 0 0 0 0 0 0', '四、结转下年度继续办理 2 0 0 0 0 0 2') };
    const tables = compareYears(checked(changed, '2023'), checked(newer, '2024'), [govinfoRules()]).tables;
    expect(tables.map((f) => [f.code, f.cells])).toEqual([
      ['carry-mismatch', ['t3.carry.c1']],
      ['carry-mismatch', ['t3.carry.c7']],
    ]);
    expect(tables[0].message).toContain('0 ≠ 2');
  });

  it('sets this year’s 上年结转 beside last year’s 结转下年度, the columns that differ marked', async () => {
    const [older, newer] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const same = compareYears(checked(older, '2023'), checked(newer, '2024'), [govinfoRules()]).carried;
    expect(same.map((r) => [r.code, r.table, r.now, r.then])).toEqual([['carry-mismatch', '表三', '二、上年结转政府信息公开申请数量', '四、结转下年度继续办理']]);
    expect(same[0].columns.map((c) => [c.id, c.now, c.then, c.mismatch])).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'].map((c) => [c, 0, 0, null]));
    const changed = { ...older, text: older.text.replace('四、结转下年度继续办理 0 0 0 0 0 0 0', '四、结转下年度继续办理 2 0 0 0 0 0 2') };
    const [carried] = compareYears(checked(changed, '2023'), checked(newer, '2024'), [govinfoRules()]).carried;
    expect(carried.columns.filter((c) => c.mismatch).map((c) => [c.id, c.title, c.now, c.then])).toEqual([
      ['c1', '自然人', 0, 2],
      ['c7', '总计', 0, 2],
    ]);
    expect(carried.columns[0].mismatch).toContain('0 ≠ 2');
  });

  it('names the row whose 现行有效件数 does not follow from last year’s', async () => {
    const [older, newer] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const changed = { ...newer, text: newer.text.replace(/(行政规范性文件\s+3\s+0\s+)8/u, '$19') };
    expect(changed.text).not.toBe(newer.text);
    const tables = compareYears(checked(older, '2023'), checked(changed, '2024'), [govinfoRules()]).tables;
    expect(tables.map((f) => [f.code, f.cells[0]])).toEqual([['stock-mismatch', 't2.normdocs.valid']]);
  });

  it('has nothing to say on tables without the rule set', async () => {
    const [older, newer] = await Promise.all([govinfoDoc('hongze-district-2023.pdf'), govinfoDoc('hongze-district-2024.pdf')]);
    const bare = compareYears(checked(older, '2023'), checked(newer, '2024'));
    expect([bare.tables, bare.carried]).toEqual([[], []]);
  });
});
