import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, sheetNames } from '../../../../src/core/batch/export/sheet-names.ts';

describe('sheet names', () => {
  it('drops characters Excel refuses and keeps 31 characters at most', () => {
    const [name] = sheetNames(['[县]市场:监督*管理?局/法治\\报告 2023 年度 法治政府建设情况的报告 附件']);
    expect(name).not.toMatch(/[[\]:*?/\\]/u);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name.startsWith('_县_市场_监督_管理_局_法治_报告')).toBe(true);
  });

  it('makes names unique regardless of case, and avoids the taken ones', () => {
    const long = '某某省某某市某某县某某乡镇人民政府法治政府建设年度报告';
    const names = sheetNames(['梁园区 2021', '梁园区 2021', 'ABC', 'abc', '总表', long, long], ['总表']);
    expect(names.slice(0, 5)).toEqual(['梁园区 2021', '梁园区 2021(2)', 'ABC', 'abc(2)', '总表(2)']);
    expect(names[5]).not.toBe(names[6]);
    expect(names.every((n) => n.length <= MAX_SHEET_NAME)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('never leaves a name empty or wrapped in apostrophes, nor splits a surrogate pair', () => {
    expect(sheetNames(["'报告'", '***', ''])).toEqual(['报告', '___', '报告(2)']);
    const [name] = sheetNames(['一'.repeat(30) + '𠀀𠀀']);
    expect(name).toBe('一'.repeat(30));
  });
});
