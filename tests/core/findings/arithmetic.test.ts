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

describe('a rate against its counts', () => {
  it('flags a rate its own counts contradict, showing the computation', () => {
    const [f, ...rest] = findings('2023年我镇共排查553件，化解527件，稳控26件，化解率95.2%；受理信访案件86件。');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'arithmetic', code: 'rate-mismatch', severity: 'warning', message: '化解率95.2%，但 527 ÷ 553 = 95.3%' });
    expect(f.evidence[0].quote).toBe('2023年我镇共排查553件，化解527件，稳控26件，化解率95.2%');
  });

  it('checks a named 审结率 against its own counts', () => {
    expect(brief('受理行政复议案件20件，审结18件，审结率95%。')).toEqual(['rate-mismatch warning 审结率95%，但 18 ÷ 20 = 90%']);
  });

  it.each([
    '共排查矛盾纠纷553件，化解527件，化解率95.3%。',
    '调解矛盾纠纷3件，调解成功2件，调解成功率66.7%。',
    '调解矛盾纠纷3件，调解成功2件，调解成功率67%。',
    '受理信访案件86件，结案86件，处置率100%。',
    '收到依申请公开信息22件，办结22件，办结率100%。',
    '受理行政复议案件250件，办结249件，办结率99.6%。',
    '受理行政复议案件20件，审结18件，审结率90%。',
  ])('accepts a rate that rounds to what is printed: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it.each([
    ['调解矛盾纠纷3件，调解成功2件，调解成功率66%。', 'rate-mismatch warning 调解成功率66%，但 2 ÷ 3 = 67%'],
    ['受理信访案件86件，结案80件，处置率100%。', 'rate-mismatch warning 处置率100%，但 80 ÷ 86 = 93%'],
    ['收到依申请公开信息22件，办结20件，办结率100%。', 'rate-mismatch warning 办结率100%，但 20 ÷ 22 = 91%'],
    ['受理行政复议案件二十件，办结十五件，办结率80%。', 'rate-mismatch warning 办结率80%，但 15 ÷ 20 = 75%'],
  ])('flags %s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('checks a 纠错率 against the cases decided', () => {
    expect(brief('全年行政复议案件审结20件，其中纠错3件，纠错率20%。')).toEqual(['rate-mismatch warning 纠错率20%，但 3 ÷ 20 = 15%']);
    expect(findings('全年行政复议案件审结20件，其中纠错3件，纠错率15%。')).toEqual([]);
  });

  it('gives only info where the report may mean another base', () => {
    expect(brief('办理行政应诉案件10件，负责人出庭应诉8件，出庭应诉率100%。')).toEqual([
      'rate-mismatch info 出庭应诉率100%，但 8 ÷ 10 = 80%',
    ]);
  });

  it.each([
    '乡村两级调解组织共调处各类矛盾纠纷50余起，调处率达100%。',
    '排查矛盾纠纷50余起，化解48起，化解率100%。',
    '排查矛盾纠纷约60件，化解50件，化解率90%。',
    '全年共调解各类矛盾纠纷3159起，调解率100%，调解成功率97%。',
    '共排查矛盾纠纷553件，化解527件。化解率95.2%。',
  ])('does not check approximate figures or rates without their counts: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('a total against its parts', () => {
  it.each([
    '对规范性文件进行全面清理，共清理246件，其中保留107件、修改46件、废止88件、失效5件。',
    '清理规范性文件十件，其中保留五件、废止三件、修改二件。',
    '清理规范性文件50件，废止3件，修改2件。',
    '全年共受理法律援助案件419件，其中刑事408件，民事11件；法律帮助案件35件。',
    '行政复议案件审结12件，其中维持8件、驳回2件。',
  ])('accepts parts that add up, or an incomplete list of changes: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('flags a complete list that does not add up', () => {
    const [f] = findings('对规范性文件进行全面清理，共清理246件，其中保留107件、修改46件、废止88件、失效4件。');
    expect(f).toMatchObject({ code: 'sum-mismatch', severity: 'warning', message: '清理246件，但所列各项 107 + 46 + 88 + 4 = 245' });
    expect(f.evidence[0].quote).toBe('共清理246件，其中保留107件、修改46件、废止88件、失效4件');
  });

  it.each([
    ['清理规范性文件20件，其中废止15件、修改8件。', 'sum-mismatch warning 清理20件，但所列各项 15 + 8 = 23'],
    ['清理规范性文件十件，其中保留五件、废止四件、修改二件。', 'sum-mismatch warning 清理10件，但所列各项 5 + 4 + 2 = 11'],
    ['受理法律援助案件400件，其中刑事408件。', 'sum-mismatch warning 受理400件，但其中刑事一项就有408件'],
    ['清理规范性文件246件，保留107件、废止88件。', 'sum-mismatch info 清理246件，但所列各项 107 + 88 = 195'],
  ])('flags %s', (text, expected) => {
    expect(brief(text)).toEqual([expected]);
  });

  it('reads a part that repeats its noun (废止文件15件) as one of the list', () => {
    expect(findings('共清理行政规范性文件120件，其中继续有效98件、废止文件15件、失效7件。')).toEqual([]);
    expect(brief('共清理行政规范性文件120件，其中继续有效98件、废止文件16件、失效7件。')).toEqual(['sum-mismatch warning 清理120件，但所列各项 98 + 16 + 7 = 121']);
  });

  it('does not check approximate totals', () => {
    expect(findings('清理规范性文件200余件，其中保留107件、修改46件、废止88件、失效5件。')).toEqual([]);
  });
});
