// Part 一 restating table 三 and 四: a figure that equals none of its cells is named.
import { describe, expect, it } from 'vitest';
import type { DocumentText } from '../../../src/core/document.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { textFigureFindings } from '../../../src/core/tables/text-figures.ts';
import { loadRuleSet, RuleFileError } from '../../../src/core/rules/load.ts';
import { govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';
import type { GovinfoFile } from '../../helpers/govinfo.ts';

const set = govinfoRules();

function findingsOf(doc: DocumentText) {
  const tables = readReportTables(doc, set, null);
  return textFigureFindings(doc, set.textFigures, tables.flatMap((t) => t.cells), Math.min(...tables.map((t) => t.start)), set.partWords);
}

const withProse = async (file: GovinfoFile, from: string, to: string) => {
  const doc = await govinfoDoc(file);
  expect(doc.text).toContain(from);
  return { ...doc, text: doc.text.replace(from, to) };
};

describe('text against its tables', () => {
  it('agrees where the prose gives the table’s figure (淮安市: 受理 = 本年新收)', async () => {
    expect(findingsOf(await govinfoDoc('huaian-city-2024.pdf'))).toEqual([]);
  });

  it('leaves alone a figure its clause gives to a part (洪泽区 2024: the office acting for the government)', async () => {
    expect(findingsOf(await govinfoDoc('hongze-district-2024.pdf'))).toEqual([]);
  });

  it('names a figure that equals neither 新收 nor 新收 + 结转, with the cells, once no part is named', async () => {
    const doc = await govinfoDoc('hongze-district-2024.pdf');
    const partAt = doc.text.indexOf('代表');
    expect(partAt).toBeGreaterThan(0);
    const whole = { ...doc, text: doc.text.slice(0, partAt) + '本机' + doc.text.slice(partAt + 2) };
    const findings = findingsOf(whole);
    expect(findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['text-table-mismatch', 'warning', ['t3.new.c7', 't3.carry.c7']]]);
    expect(findings[0].message).toContain('t3.new.c7 = 95');
    expect(findings[0].evidence[0].quote).toContain('17');
  });

  it('reads a share introduced by 其中 as a part, the figure before it as the whole', async () => {
    const share = await withProse('huaian-city-2024.pdf', '受理政府信息公开申请3119件', '受理政府信息公开申请3119件，其中网上受理申请2000件');
    expect(findingsOf(share)).toEqual([]);
    const wrongWhole = await withProse('huaian-city-2024.pdf', '受理政府信息公开申请3119件', '受理政府信息公开申请3118件，其中网上受理申请2000件');
    expect(findingsOf(wrongWhole).map((f) => f.evidence[0].quote)).toEqual(['受理政府信息公开申请3118件']);
  });

  it('notices a changed prose figure, and leaves an approximate one alone', async () => {
    const changed = await withProse('huaian-city-2024.pdf', '受理政府信息公开申请3119件', '受理政府信息公开申请3120件');
    expect(findingsOf(changed).map((f) => f.cells)).toEqual([['t3.new.c7', 't3.carry.c7']]);
    const approximate = await withProse('huaian-city-2024.pdf', '受理政府信息公开申请3119件', '受理政府信息公开申请3100余件');
    expect(findingsOf(approximate)).toEqual([]);
  });

  it('refuses a rule file naming a cell no table has, with the line', () => {
    const yaml = `id: t\nversion: "1"\ntitle: t\ntables:\n  - { id: t9, title: 表, anchors: [表], columns: [a], rows: [{ id: x, label: 行 }] }\ntext-figures:\n  - { says: [收到], unit: 件, equals: [t9.y] }\nrules:\n  - { id: r, title: r, group: A, source: s, look-for: [信息公开], advice: a }\n`;
    expect(() => loadRuleSet(yaml, 'my.yaml')).toThrow(RuleFileError);
    try {
      loadRuleSet(yaml, 'my.yaml');
    } catch (e) {
      expect([(e as RuleFileError).line, (e as RuleFileError).field]).toEqual([7, 'equals']);
    }
  });
});
