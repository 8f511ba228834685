// The table language of a rule file: tables, rows, and identities written as equations, each
// mistake reported with the file, the line and the field.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/core/rules/load.ts';
import { parseEquation } from '../../../src/core/rules/equation.ts';
import { ruleFileError } from '../../helpers/rule.ts';

const base = `id: test
version: "1"
title: 测试
tables:
  - id: t9
    title: 三、申请情况
    anchors: [申请情况表]
    columns: [a, b, sum]
    rows:
      - { id: new, label: 新收 }
      - { id: deny1, label: 1.不予公开甲 }
      - { id: deny2, label: 2.不予公开乙 }
identities:
  - code: t9-rowsum
    title: 合计等于两列之和
    severity: error
    table: t9
    for-each: row
    check: sum = a + b
rules:
  - id: requests-table
    title: 申请情况表
    group: C
    source: 格式
    check: table
    table: t9
    look-for: [申请情况]
    advice: 补充表格
`;


describe('tables and identities in a rule file', () => {
  it('load with their rows, columns and equations', () => {
    const set = loadRuleSet(base, 'my.yaml');
    expect(set.tables[0]).toMatchObject({ id: 't9', layout: 'rows', rows: [{ id: 'new', columns: ['a', 'b', 'sum'] }, { id: 'deny1' }, { id: 'deny2' }] });
    expect(set.identities[0]).toMatchObject({ code: 't9-rowsum', forEach: 'row', lastYear: false, fromYear: null, line: 19 });
    expect(set.rules[0]).toMatchObject({ check: 'table', table: 't9', group: 'C' });
  });

  it('keep the year an identity is checked from, and refuse one that is not a whole year', () => {
    expect(loadRuleSet(base.replace('check: sum = a + b', 'check: sum = a + b\n    from-year: 2021'), 'my.yaml').identities[0].fromYear).toBe(2021);
    expect(ruleFileError(base.replace('check: sum = a + b', 'check: sum = a + b\n    from-year: 二〇二一')).field).toBe('from-year');
  });

  it('keep how many shifted rows make a table suspect, a whole number from 1', () => {
    expect(loadRuleSet(base.replace('check: sum = a + b', 'check: sum = a + b\n    shift-suspect: 3'), 'my.yaml').identities[0].shiftSuspect).toBe(3);
    expect(loadRuleSet(base, 'my.yaml').identities[0].shiftSuspect).toBeNull();
    expect(ruleFileError(base.replace('check: sum = a + b', 'check: sum = a + b\n    shift-suspect: 0')).field).toBe('shift-suspect');
  });

  it('name the line of an equation that names an unknown column', () => {
    const e = ruleFileError(base.replace('check: sum = a + b', 'check: sum = a + c'));
    expect([e.line, e.field]).toEqual([19, 'check']);
    expect(e.message).toContain('没有列 "c"');
  });

  it('accept a wildcard only where some row starts with it', () => {
    const column = base.replace('for-each: row', 'for-each: column').replace('check: sum = a + b', 'check: new >= deny*');
    expect(loadRuleSet(column, 'my.yaml').identities[0].check.right).toEqual([{ sign: 1, name: 'deny', wildcard: true, lastYear: false }]);
    expect(ruleFileError(column.replace('deny*', 'grant*')).message).toContain('没有行 "grant*"');
  });

  it('refuse an identity on an unknown table, and a table rule without its table', () => {
    expect(ruleFileError(base.replace('table: t9\n    for-each', 'table: t8\n    for-each')).message).toContain('没有编号为 "t8" 的表');
    const e = ruleFileError(base.replace('    table: t9\n    look-for', '    table: t7\n    look-for'));
    expect([e.field, e.line]).toEqual(['table', 21]);
  });

  it('name a row without columns and an instead-of that points nowhere', () => {
    expect(ruleFileError(base.replace('    columns: [a, b, sum]\n', '')).field).toBe('columns');
    expect(ruleFileError(base.replace('label: 新收 }', 'label: 新收, instead-of: [deny9] }')).message).toContain('没有行 "deny9"');
  });

  it('keep the columns that may hold decimals or negatives, for every row, and refuse one the table lacks', () => {
    const marked = base.replace('    columns: [a, b, sum]\n', '    columns: [a, b, sum]\n    signed-columns: [b]\n    decimal-columns: [sum]\n');
    expect(loadRuleSet(marked, 'my.yaml').tables[0].rows.map((r) => [r.signed, r.decimal])).toEqual([[['b'], ['sum']], [['b'], ['sum']], [['b'], ['sum']]]);
    expect(loadRuleSet(base.replace('label: 新收 }', 'label: 新收, decimal: true }'), 'my.yaml').tables[0].rows[0].decimal).toEqual(['a', 'b', 'sum']);
    const e = ruleFileError(marked.replace('signed-columns: [b]', 'signed-columns: [c]'));
    expect([e.line, e.field]).toEqual([5, 'signed-columns']);
    expect(e.message).toContain('没有列 "c"');
  });

  it('read a table of another format version only where a version lists it, and name the line of each mistake', () => {
    const trial = `  - id: t9v
    title: 三、申请情况（试行）
    instead-of: t9
    anchors: [申请情况表]
    columns: [a, sum]
    rows:
      - { id: new, label: 新收 }
identities:`;
    const versions = '\nformat-versions:\n  - name: 试行格式\n    words: [试行列名]\n    severity: error\n    tables: [t9v]\n';
    const withTrial = base.replace('identities:', trial) + versions;
    const set = loadRuleSet(withTrial, 'my.yaml');
    expect(set.tables.map((t) => [t.id, t.insteadOf])).toEqual([['t9', null], ['t9v', 't9']]);
    expect(set.formatVersions[0].tables).toEqual(['t9v']);
    const unlisted = ruleFileError(base.replace('identities:', trial));
    expect([unlisted.line, unlisted.field]).toEqual([13, 'instead-of']);
    expect(unlisted.message).toContain('没有哪一版格式');
    const nowhere = ruleFileError(withTrial.replace('instead-of: t9\n', 'instead-of: t8\n'));
    expect([nowhere.line, nowhere.field]).toEqual([13, 'instead-of']);
    const notATrialTable = ruleFileError(withTrial.replace('tables: [t9v]', 'tables: [t9v, t9]'));
    expect([notATrialTable.line, notATrialTable.field]).toEqual([38, 'tables']);
    expect(notATrialTable.message).toContain('没有 "t9"');
  });

  it('refuse a misspelt key of a table by the schema, with its line', () => {
    const e = ruleFileError(base.replace('    columns: [a, b, sum]', '    colums: [a, b, sum]'));
    expect([e.line, e.field]).toEqual([8, 'colums']);
  });
});

describe('parseEquation', () => {
  it('reads signs, wildcards and last year’s cells', () => {
    expect(parseEquation('valid >= issued - repealed')).toEqual({
      left: [{ sign: 1, name: 'valid', wildcard: false, lastYear: false }],
      op: '>=',
      right: [
        { sign: 1, name: 'issued', wildcard: false, lastYear: false },
        { sign: -1, name: 'repealed', wildcard: false, lastYear: false },
      ],
    });
    expect(parseEquation('carry = last.fwd')).toMatchObject({ right: [{ name: 'fwd', lastYear: true }] });
  });

  it('says what is wrong with an equation it cannot read', () => {
    expect(parseEquation('a + b')).toContain('须含');
    expect(parseEquation('a = b = c')).toContain('只能有一个');
    expect(parseEquation('a = 总计')).toContain('看不懂“总计”');
  });
});
