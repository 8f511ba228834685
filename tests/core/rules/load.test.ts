import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/core/rules/load.ts';
import { FACT_KINDS } from '../../../src/core/text/facts.ts';
import { ruleFileError } from '../../helpers/rule.ts';

const base = `id: test
version: "1"
title: 测试
rules:
  - id: admin-reconsideration
    title: 行政复议
    group: B
    source: 纲要
    look-for: [行政复议]
    advice: 补充件数
`;


describe('loadRuleSet', () => {
  it('loads a minimal rule with defaults', () => {
    const set = loadRuleSet(base, 'my.yaml');
    expect(set.rules[0]).toMatchObject({ id: 'admin-reconsideration', check: 'mentions', quantitative: false, line: 5 });
    expect(set.rules[0].proof).toMatchObject({ facts: [...FACT_KINDS], count: false, mention: false });
  });

  it('names the file, line and field of a misspelt key', () => {
    const e = ruleFileError(base.replace('look-for:', 'lok-for:'));
    expect(e.file).toBe('my.yaml');
    expect(e.line).toBe(9);
    expect(e.field).toBe('lok-for');
    expect(e.message).toContain('my.yaml:9');
  });

  it('names a missing required field', () => {
    const e = ruleFileError(base.replace('    advice: 补充件数\n', ''));
    expect(e.field).toBe('advice');
    expect(e.line).toBe(5);
  });

  it('names a wrong value', () => {
    const e = ruleFileError(base.replace('group: B', 'group: E'));
    expect(e.line).toBe(7);
    expect(e.problem).toContain('A、B、C、D');
  });

  it('reports YAML syntax errors with their line', () => {
    const e = ruleFileError(base.replace('look-for: [行政复议]', 'look-for: [行政复议'));
    expect(e.line).toBeGreaterThanOrEqual(10);
    expect(e.problem).toContain('YAML');
  });

  it('rejects duplicate ids', () => {
    const dup = base + base.split('rules:\n')[1];
    expect(ruleFileError(dup).problem).toContain('重复');
  });
});
