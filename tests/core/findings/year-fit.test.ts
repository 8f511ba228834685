import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { yearFitFindings } from '../../../src/core/findings/year-fit.ts';
import { textDoc } from '../../helpers/docs.ts';

/** A small report on `year`: the sentence under test stands among its measures, or its plans. */
function report(year: number, measures: string, { opening = `${year}年，我县坚持依法行政，推进法治政府建设。`, plan = '继续推进法治政府建设。', signed = `${year + 1}年3月1日` } = {}): string {
  return [
    `关于${year}年法治政府建设情况的报告`,
    opening,
    '一、主要举措和成效',
    measures,
    '二、存在的不足和原因',
    '法治意识还不够强。',
    `三、${year + 1}年工作打算`,
    plan,
    '某某县人民政府',
    signed,
  ].join('\n');
}

const codes = (text: string) => yearFitFindings(analyse(textDoc(text))).map((f) => f.code);

describe('the 纲要 cited as current', () => {
  it('flags the 2015—2020 纲要 carried out in a report on 2023', () => {
    const [f] = yearFitFindings(analyse(textDoc(report(2023, '深入贯彻落实《法治政府建设实施纲要（2015—2020年）》，推进依法行政。'))));
    expect(f).toMatchObject({ kind: 'year-fit', code: 'stale-plan', severity: 'warning' });
    expect(f.message).toContain('2023');
    expect(f.evidence[0].quote).toBe('深入贯彻落实《法治政府建设实施纲要（2015—2020年）》，推进依法行政。');
  });

  it('flags the 2021—2025 纲要 carried out in a report on 2020', () => {
    expect(codes(report(2020, '认真落实《法治政府建设实施纲要（2021—2025年）》。'))).toEqual(['stale-plan']);
  });

  it.each([
    [2023, '全面总结《法治政府建设实施纲要（2015—2020年）》实施情况。'],
    [2019, '深入贯彻落实《法治政府建设实施纲要（2015—2020年）》。'],
    [2023, '深入贯彻落实《法治政府建设实施纲要（2021-2025 年）》。'],
    [2021, '《法治政府建设实施纲要（2015—2020年）》圆满完成。'],
  ])('accepts %i: %s', (year, sentence) => {
    expect(codes(report(year, sentence))).toEqual([]);
  });

  it('accepts the new 纲要 in the plans of a report on 2020', () => {
    expect(codes(report(2020, '推进依法行政。', { plan: '认真落实《法治政府建设实施纲要（2021—2025年）》。' }))).toEqual([]);
  });
});

describe('the 普法 phase', () => {
  it('flags 七五普法 carried out in a report on 2023', () => {
    expect(codes(report(2023, '深入实施“七五”普法规划，开展法治宣传。'))).toEqual(['stale-pufa']);
  });

  it('flags one sentence once, however often it names the phase', () => {
    expect(codes(report(2023, '深入推进“七五”普法工作，按照“七五”普法规划要求，开展法治宣传。'))).toEqual(['stale-pufa']);
  });

  it('flags 八五普法 plainly under way in a report on 2020', () => {
    expect(codes(report(2020, '全面落实“八五”普法规划，开展法治宣传。'))).toEqual(['stale-pufa']);
  });

  it.each([
    [2020, '全乡发放各类“七五”普法手册等1000余份。'],
    [2020, '认真谋划“八五”普法规划，做好衔接。'],
    [2020, '开展“八五”普法宣传。'],
    [2023, '“七五”普法期间，我县获评先进单位。'],
    [2023, '开展好“八五”普法宣传教育。'],
    [2021, '全面落实“八五”普法规划。'],
  ])('accepts %i: %s', (year, sentence) => {
    expect(codes(report(year, sentence))).toEqual([]);
  });
});

describe('the Party congress', () => {
  it('flags 十九大精神 carried out in a report on 2023', () => {
    expect(codes(report(2023, '全面贯彻落实党的十九大和十九届历次全会精神。'))).toEqual(['stale-congress']);
  });

  it.each([
    [2022, '全面贯彻落实党的十九大和十九届历次全会精神，认真学习党的二十大精神。'],
    [2021, '全面贯彻落实党的十九大和十九届历次全会精神。'],
    [2021, '以优异的成绩向党的二十大献礼。'],
    [2023, '全面贯彻落实党的二十大精神。'],
    [2023, '党的十八大以来，法治政府建设取得显著成效。'],
  ])('accepts %i: %s', (year, sentence) => {
    expect(codes(report(year, sentence))).toEqual([]);
  });
});

describe('dates after the report', () => {
  it('flags an event dated after the signature', () => {
    const [f] = yearFitFindings(analyse(textDoc(report(2023, '2024年5月10日，召开法治政府建设推进会。'))));
    expect(f).toMatchObject({ code: 'date-after-report' });
    expect(f.message).toBe('正文提到的2024年5月10日晚于报告的成文日期2024年3月1日');
  });

  it.each([
    ['2024年1月10日，召开法治政府建设推进会。', {}],
    ['确保2024年6月底前完成清理。', {}],
    ['推进依法行政。', { plan: '2024年6月，开展专项督察。' }],
    ['2024年5月10日，召开法治政府建设推进会。', { signed: '' }],
  ])('accepts %s', (sentence, options) => {
    expect(codes(report(2023, sentence, options))).toEqual([]);
  });
});

describe('the title year against the opening', () => {
  it('flags an opening on another year', () => {
    const [f] = yearFitFindings(analyse(textDoc(report(2023, '推进依法行政。', { opening: '2022年，我县坚持依法行政。' }))));
    expect(f).toMatchObject({ code: 'year-mismatch', message: '标题写的是2023年，正文开头却写“2022年”' });
  });

  it('flags a span that starts after the year of the title', () => {
    const [f] = yearFitFindings(analyse(textDoc(report(2022, '推进依法行政。', { opening: '2023年以来，我县坚持依法行政。' }))));
    expect(f).toMatchObject({ code: 'year-mismatch', message: '标题写的是2022年，正文开头却写“2023年以来”' });
  });

  it.each(['2023年，我县坚持依法行政。', '2023年以来，我县坚持依法行政。', '2021年以来，我县坚持依法行政。', '区委、区政府：\n2023年度，我县坚持依法行政。'])(
    'accepts %s',
    (opening) => {
      expect(codes(report(2023, '推进依法行政。', { opening }))).toEqual([]);
    },
  );
});
