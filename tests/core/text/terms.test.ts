import { describe, expect, it } from 'vitest';
import { compactOf, compileTerm, matchesOf, matchTerm } from '../../../src/core/text/terms.ts';

const match = (term: string, text: string) => matchTerm(compileTerm(term), compactOf(text));

describe('terms', () => {
  it('matches words ignoring punctuation between them', () => {
    expect(match('谁执法谁普法', '落实“谁执法、谁普法”要求')).toEqual({ start: 3, end: 10 });
  });
  it('matches A…B only when B follows closely', () => {
    expect(match('复议…案件', '受理行政复议申请案件13件')).not.toBeNull();
    expect(match('复议…案件', '复议工作很重要，全县各级各部门要认真对待每一起群众反映的案件')).toBeNull();
  });
  it('finds every place A…B stands, not only the first', () => {
    const text = '发挥聘请律师的作用，决策均由聘请的律师把关';
    expect(matchesOf(compileTerm('聘请…律师'), compactOf(text)).map((m) => text.slice(m.start, m.end))).toEqual(['聘请律师', '聘请的律师']);
  });
  it('matches A + B anywhere in the sentence, in any order', () => {
    expect(match('规范性文件 + 备案', '全年备案审查行政规范性文件12件')).not.toBeNull();
    expect(match('规范性文件 + 备案', '全年审核行政规范性文件12件')).toBeNull();
  });
  it('spans A + B from the first of its words to the last, where a fact near either is near it', () => {
    expect(match('规范性文件 + 备案', '全年备案审查行政规范性文件12件')).toEqual({ start: 2, end: 13 });
    expect(match('中心组 + 法治 + 学习', '将法治思想纳入中心组，学习3次')).toEqual({ start: 1, end: 13 });
  });
});
