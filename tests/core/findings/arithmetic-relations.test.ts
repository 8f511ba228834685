// Each relation the arithmetic check knows, on sentences of our own: what adds up stays silent,
// what does not is said, with the severity the relation carries.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { arithmeticFindings } from '../../../src/core/findings/arithmetic.ts';
import { findKeyFigures } from '../../../src/core/findings/figures.ts';
import { textDoc } from '../../helpers/docs.ts';

function findings(text: string) {
  const a = analyse(textDoc(text));
  return arithmeticFindings(a, findKeyFigures(a));
}
const brief = (text: string) => findings(text).map((f) => `${f.code} ${f.severity} ${f.message}`);

describe('rates against their counts', () => {
  it.each([
    ['行政复议案件审结20件，纠错3件，纠错率20%。', 'rate-mismatch warning 纠错率20%，但 3 ÷ 20 = 15%'],
    ['收到政府信息公开申请40件，办结30件，办结率100%。', 'rate-mismatch warning 办结率100%，但 30 ÷ 40 = 75%'],
    ['受理信访事项50件，办结40件，办结率100%。', 'rate-mismatch warning 办结率100%，但 40 ÷ 50 = 80%'],
    ['行政诉讼案件审结10件，胜诉6件，胜诉率80%。', 'rate-mismatch info 胜诉率80%，但 6 ÷ 10 = 60%'],
    ['行政诉讼案件审结10件，败诉1件，败诉率20%。', 'rate-mismatch info 败诉率20%，但 1 ÷ 10 = 10%'],
    ['受理行政复议案件8件，办结6件，办结率100%。', 'rate-mismatch warning 办结率100%，但 6 ÷ 8 = 75%'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('allows the rounding of the last printed digit, and no more', () => {
    // 2 ÷ 3 = 66.666…%
    expect(findings('调解矛盾纠纷3件，调解成功2件，调解成功率66.7%。')).toEqual([]);
    expect(brief('调解矛盾纠纷3件，调解成功2件，调解成功率66.6%。')).toEqual(['rate-mismatch warning 调解成功率66.6%，但 2 ÷ 3 = 66.7%']);
    // 1 ÷ 8 = 12.5%: printed as 12% or 13% both round from it
    expect(findings('行政诉讼案件审结8件，败诉1件，败诉率13%。')).toEqual([]);
    expect(findings('行政诉讼案件审结8件，败诉1件，败诉率12%。')).toEqual([]);
    expect(brief('行政诉讼案件审结8件，败诉1件，败诉率14%。')).toEqual(['rate-mismatch info 败诉率14%，但 1 ÷ 8 = 13%']);
  });

  it('checks nothing against a base of zero, or against counts given after the rate', () => {
    expect(findings('行政诉讼案件审结0件，败诉0件，败诉率0%。')).toEqual([]);
    expect(findings('行政复议纠错率20%，审结20件，纠错3件。')).toEqual([]);
  });

  it('uses the counts of the rate’s own topic', () => {
    expect(findings('受理行政复议案件20件，审结18件；行政诉讼案件审结5件，胜诉4件，胜诉率80%。')).toEqual([]);
    expect(findings('行政诉讼案件审结5件，胜诉4件，行政复议案件审结10件，行政诉讼胜诉率80%。')).toEqual([]);
  });

  it('quotes from the clause of the first count to the rate', () => {
    const [f] = findings('全年工作有序开展，受理行政复议案件8件，办结6件，办结率100%，群众满意。');
    expect(f.evidence[0].quote).toBe('受理行政复议案件8件，办结6件，办结率100%');
  });

  it('quotes from the text’s start when the clause is its first', () => {
    const [f] = findings('受理行政复议案件8件，办结6件，办结率100%。');
    expect(f.evidence[0]).toMatchObject({ quote: '受理行政复议案件8件，办结6件，办结率100%', start: 0 });
  });
});

describe('totals against their parts', () => {
  it('checks the outcomes of decided reconsideration cases, a complete list', () => {
    expect(findings('行政复议案件审结12件，其中维持6件、驳回3件、纠错2件、终止1件。')).toEqual([]);
    expect(brief('行政复议案件审结12件，其中维持6件、驳回3件、纠错2件、终止2件。')).toEqual(['sum-mismatch warning 审结12件，但所列各项 6 + 3 + 2 + 2 = 13']);
    expect(brief('行政复议案件审结12件，其中维持5件、驳回3件、纠错2件、终止1件。')).toEqual(['sum-mismatch warning 审结12件，但所列各项 5 + 3 + 2 + 1 = 11']);
  });

  it('says nothing of an incomplete list that falls short', () => {
    expect(findings('行政复议案件审结12件，其中维持6件、驳回3件。')).toEqual([]);
    expect(findings('清理规范性文件50件，其中保留40件。')).toEqual([]);
  });

  it('checks legal aid cases by kind', () => {
    expect(brief('办理法律援助案件30件，其中刑事10件、民事15件、行政6件。')).toEqual(['sum-mismatch warning 办理30件，但所列各项 10 + 15 + 6 = 31']);
    expect(findings('办理法律援助案件30件，其中刑事10件、民事15件、行政5件。')).toEqual([]);
  });

  it('does not add a category listed twice', () => {
    expect(findings('清理规范性文件50件，其中废止30件，废止30件中有部分失效。')).toEqual([]);
  });

  it('stops the parts at the next figure of the same total', () => {
    expect(findings('清理规范性文件4件，废止3件，另清理规范性文件10件，修改2件。')).toEqual([]);
    expect(findings('清理规范性文件4件，另清理规范性文件20件，修改2件，废止9件。')).toEqual([]);
  });

  it('adds only the parts of the total’s own topic', () => {
    expect(findings('行政诉讼案件审结5件，行政复议案件维持8件。')).toEqual([]);
  });

  it('says what kind of finding a sum is', () => {
    expect(findings('清理规范性文件20件，其中废止15件、修改8件。')[0]).toMatchObject({ kind: 'arithmetic', code: 'sum-mismatch' });
  });

  it('does not check approximate parts', () => {
    expect(findings('清理规范性文件20件，其中废止15余件、修改8件。')).toEqual([]);
  });
});
