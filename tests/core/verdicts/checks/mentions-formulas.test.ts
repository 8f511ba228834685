// A set phrase (formula) demotes a sentence only when the sentence holds no fact of the kinds the
// rule needs: a slogan stays weak, the same words beside the work they name make it present.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../../src/core/check.ts';
import { loadRuleSet } from '../../../../src/core/rules/load.ts';
import { textDoc } from '../../../helpers/docs.ts';

const rules = loadRuleSet(
  `id: t
version: "1"
title: t
rules:
  - id: publicity
    title: 宣传
    group: B
    source: s
    look-for: [宣传活动]
    formula: [宣传]
    proof: [count, event]
    advice: a
  - id: cases
    title: 案件
    group: B
    source: s
    quantitative: true
    look-for: [案件 + 审理]
    formula: [案件]
    units: [件]
    advice: a
  - id: decisions
    title: 决策
    group: B
    source: s
    look-for: [重大决策]
    proof: [count, event]
    advice: a
`,
  't.yaml',
);

function statusOf(id: string, text: string) {
  const report = checkDocument(textDoc(text), rules, { file: 't.txt' });
  return report.results.find((r) => r.id === id)!;
}

describe('a formula beside a fact', () => {
  it('stays weak with no fact', () => {
    const v = statusOf('publicity', '持续深化宣传，营造良好氛围。');
    expect(v.status).toBe('weak');
    expect(v.reason).toContain('原则性的提法');
  });

  it('is present with a count of the rule in its own clause', () => {
    expect(statusOf('publicity', '开展宣传专场2场，覆盖群众300余人次。').status).toBe('present');
  });

  it('is present when it leads the next clause, which holds the fact', () => {
    expect(statusOf('publicity', '深入推进宣传，走进村组举办专场12场。').status).toBe('present');
  });

  it('is not proven by a fact two clauses away, which belongs to other work of the sentence', () => {
    expect(statusOf('publicity', '召开会议3次，听取汇报，部署宣传。').status).toBe('weak');
  });

  it('is not proven by a fact of a kind the rule does not accept', () => {
    expect(statusOf('publicity', '印发《宣传工作要点》。').status).toBe('weak');
  });

  it('is not proven by a count in another unit for a quantitative rule', () => {
    expect(statusOf('cases', '研究案件办理问题，召开会议2次。').status).toBe('weak');
    expect(statusOf('cases', '全年办结案件12件。').status).toBe('present');
  });

  it('is not proven by a figure of the item before it where a web copy lost the line break', () => {
    expect(statusOf('cases', '满意率达到98%（三）加强案件管理。').status).toBe('weak');
  });

  it('is no work of its own when it only dates what follows', () => {
    expect(statusOf('publicity', '宣传规划实施以来，召开会议10次。').status).toBe('weak');
  });

  it('mentions the topic but proves nothing inside a title the body only follows', () => {
    expect(statusOf('publicity', '对照《宣传工作规定》，开展专场2场。').status).toBe('weak');
  });
});

describe('a topic a meeting took up', () => {
  it('is named, not worked on, in the list of topics the meeting studied', () => {
    expect(statusOf('decisions', '区政府常务会议3次研究重大决策、重点项目等重要工作。').status).toBe('weak');
  });

  it('is proven when the meeting decided on it with a count', () => {
    expect(statusOf('decisions', '区政府常务会议审议重大决策事项5项。').status).toBe('present');
  });
});
