// What each year-fit finding says, and the edges of when it is said.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { yearFitFindings } from '../../../src/core/findings/year-fit.ts';
import { textDoc } from '../../helpers/docs.ts';

function report(year: number | null, measures: string, { opening = '我县坚持依法行政，推进法治政府建设。', signed = '2024年3月1日' } = {}): string {
  return [year ? `关于${year}年法治政府建设情况的报告` : '关于法治政府建设情况的报告', opening, '一、主要举措和成效', measures, '二、存在的不足', '法治意识还不够强。', '某某县人民政府', signed].join('\n');
}
const found = (text: string) => yearFitFindings(analyse(textDoc(text))).map((f) => `${f.code}: ${f.message}`);

describe('stale plans, phases and congresses, as said', () => {
  it('names the 纲要 that had ended, or had not begun', () => {
    expect(found(report(2023, '深入贯彻《法治政府建设实施纲要（2015—2020年）》。'))).toEqual([
      'stale-plan: 报告年度为2023年，却把已到期的《法治政府建设实施纲要（2015—2020年）》作为正在贯彻落实的纲要',
    ]);
    expect(found(report(2019, '认真实施《法治政府建设实施纲要（2021—2025年）》。'))).toEqual([
      'stale-plan: 报告年度为2019年，却称贯彻落实2021年才开始的《法治政府建设实施纲要（2021—2025年）》',
    ]);
  });

  it('accepts the 纲要 in its first and last year', () => {
    expect(found(report(2021, '深入贯彻《法治政府建设实施纲要（2021—2025年）》。'))).toEqual([]);
    expect(found(report(2025, '深入贯彻《法治政府建设实施纲要（2021—2025年）》。'))).toEqual([]);
  });

  it('names the 普法 phase and its years, in either wording', () => {
    expect(found(report(2022, '全面实施第七个五年法治宣传教育规划。'))).toEqual(['stale-pufa: 报告年度为2022年，却把“七五”普法（2016—2020年）作为当前的普法规划']);
    expect(found(report(2016, '深入推进六五普法工作。'))).toEqual(['stale-pufa: 报告年度为2016年，却把“六五”普法（2011—2015年）作为当前的普法规划']);
  });

  it('accepts the 普法 phase in its own years', () => {
    expect(found(report(2020, '深入推进“七五”普法工作。'))).toEqual([]);
    expect(found(report(2016, '深入推进“七五”普法工作。'))).toEqual([]);
  });

  it('names the congress held since', () => {
    expect(found(report(2018, '深入学习贯彻党的十八大精神。'))).toEqual([
      'stale-congress: 报告年度为2018年，党的十九大（2017年）已经召开，报告仍把党的十八大精神作为当前要贯彻落实的精神',
    ]);
  });

  it('accepts a congress named without its 精神, or without a word of carrying it out', () => {
    expect(found(report(2023, '党的十九大报告提出建设法治政府。'))).toEqual([]);
    expect(found(report(2023, '党的十九大精神的提出意义重大。'))).toEqual([]);
    expect(found(report(2023, '二十九大精神。'))).toEqual([]);
    expect(found(report(2028, '深入贯彻党的二十一大精神。'))).toEqual([]);
  });

  it('finds nothing when the reported year is unknown', () => {
    expect(found(report(null, '深入贯彻《法治政府建设实施纲要（2015—2020年）》，深入推进六五普法。', { opening: '我县坚持依法行政。', signed: '' }))).toEqual([]);
  });
});

describe('dates after the report’s own', () => {
  it('compares by month when the day is not given', () => {
    expect(found(report(2023, '2024年4月，召开推进会。'))).toEqual(['date-after-report: 正文提到的2024年4月晚于报告的成文日期2024年3月1日']);
    expect(found(report(2023, '2024年3月，召开推进会。'))).toEqual([]);
    expect(found(report(2023, '2024年2月，召开推进会。'))).toEqual([]);
  });

  it('compares by day within the month', () => {
    expect(found(report(2023, '2024年3月2日召开推进会。'))).toEqual(['date-after-report: 正文提到的2024年3月2日晚于报告的成文日期2024年3月1日']);
    expect(found(report(2023, '2024年3月1日召开推进会。'))).toEqual([]);
  });

  it('takes a date followed by 前, 底, 起 or 以后 for a deadline or a start, not an event', () => {
    for (const after of ['前', '之前', '底', '起', '开始', '以后']) {
      expect(found(report(2023, `2024年5月${after}，完成清理。`)), after).toEqual([]);
    }
  });
});

describe('the opening against the title', () => {
  it('skips a salutation and a line with a date', () => {
    const opening = '区委、区政府：\n发布日期：2024年1月5日\n2022年，我县坚持依法行政。';
    expect(found(report(2023, '推进依法行政。', { opening }))).toEqual(['year-mismatch: 标题写的是2023年，正文开头却写“2022年”']);
  });

  it('reads only the first three sentences after the title', () => {
    const opening = '我县坚持依法行政。持续推进法治建设。不断深化改革。2022年，我县成立领导小组。';
    expect(found(report(2023, '推进依法行政。', { opening }))).toEqual([]);
  });

  it('reads an opening on the year that runs straight into the body', () => {
    expect(found(report(2023, '推进依法行政。', { opening: '2022年我县坚持依法行政。' }))).toEqual(['year-mismatch: 标题写的是2023年，正文开头却写“2022年”']);
    expect(found(report(2023, '推进依法行政。', { opening: '2022年度，我县坚持依法行政。' }))).toEqual(['year-mismatch: 标题写的是2023年，正文开头却写“2022年度”']);
  });
});
