// Rule files that would hang or crash a YAML parser or match every report get a rule-file
// message naming their line, never an internal error.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/core/rules/load.ts';
import { ruleFileError } from '../../helpers/rule.ts';

const head = `id: test
version: "1"
title: 测试
`;
const rule = (lookFor: string) => `rules:
  - id: admin-reconsideration
    title: 行政复议
    group: B
    source: 纲要
    look-for: ${lookFor}
    advice: 补充件数
`;


describe('rule file guards', () => {
  it('refuses an alias bomb at the line of its first alias', () => {
    const lol = `["${'哈'.repeat(3)}", ${Array(9).fill('"哈"').join(', ')}]`;
    const layers = ['a', 'b', 'c', 'd', 'e', 'f'];
    const bomb = layers.map((n, i) => `${n}: &${n} ${i ? `[${Array(9).fill(`*${layers[i - 1]}`).join(', ')}]` : lol}`).join('\n');
    const e = ruleFileError(`${head}x-bomb:\n  ${bomb.replace(/\n/g, '\n  ')}\n${rule('[行政复议]')}`);
    expect(e.line).toBe(6);
    expect(e.problem).toContain('别名');
  });

  it('refuses nesting thousands deep, and nesting past the limit, with a line', () => {
    const parser = ruleFileError(`${head}rules: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(parser.line).toBe(4);
    expect(parser.problem).toContain('嵌套');
    const deep = ruleFileError(`${head}rules: ${'['.repeat(30)}${']'.repeat(30)}\n`);
    expect(deep.line).toBe(4);
    expect(deep.problem).toContain('嵌套层数太多');
  });

  it('refuses a term list of 100 000 entries at its line', () => {
    const e = ruleFileError(head + rule(`[${Array.from({ length: 100_000 }, (_, i) => `词${i}`).join(', ')}]`));
    expect(e.line).toBe(9);
    expect(e.field).toBe('look-for');
    expect(e.problem).toContain('100000');
    expect(e.english).toContain('too many terms (100000');
  });

  it('refuses a term that matches everywhere, in any term list', () => {
    expect(ruleFileError(head + rule('[行政复议, 的]'))).toMatchObject({ line: 9, field: 'look-for' });
    expect(ruleFileError(head + rule('[行政复议, "、"]')).problem).toContain('空的');
    expect(ruleFileError(head + rule('[的]')).english).toBe('the term “的” is a single character: it would match in every report');
    expect(ruleFileError(head + rule('行政复议')).english).toBe('must be a list ([a, b] or one “- ” a line)');
    expect(ruleFileError(head + rule('[…案件]')).problem).toContain('空的');
    const inAspects = `${head}${rule('[行政复议]')}    aspects:\n      min: 1\n      list:\n        公开: [公示, " "]\n`;
    expect(ruleFileError(inAspects)).toMatchObject({ line: 14, field: '公开' });
  });

  it('refuses a term with more than one “…”, which would never match', () => {
    expect(ruleFileError(head + rule('[甲方…乙方…丙方]'))).toMatchObject({ line: 9, field: 'look-for' });
    expect(ruleFileError(head + rule('[甲方...乙方...丙方]')).english).toContain('would never match');
  });

  it('keeps a one-character part of a composite term', () => {
    expect(loadRuleSet(head + rule('[复议…件, 依法治…委]'), 'my.yaml').rules[0].lookFor).toHaveLength(2);
  });

  it('reads each example with its status and line', () => {
    const set = loadRuleSet(`${head}${rule('[行政复议]')}    examples:\n      present: [全年办理行政复议案件12件。]\n      missing:\n        - 本年度召开会议。\n`, 'my.yaml');
    expect(set.rules[0].examples).toEqual([
      { status: 'present', text: '全年办理行政复议案件12件。', line: 12 },
      { status: 'missing', text: '本年度召开会议。', line: 14 },
    ]);
  });
});
