import { describe, expect, it } from 'vitest';
import { findNumbers, isExplicitZero, parseChineseNumber, type NumberMention } from '../../../src/core/text/numbers.ts';

/** The one mention in `text`, as the fields a test cares about. */
function one(text: string): Pick<NumberMention, 'text' | 'value' | 'unit' | 'kind' | 'approximate' | 'zero'> {
  const found = findNumbers(text);
  expect(found.map((m) => m.text), text).toHaveLength(1);
  const { text: t, value, unit, kind, approximate, zero } = found[0];
  return { text: t, value, unit, kind, approximate, zero };
}

const counts = (text: string) => findNumbers(text).filter((m) => m.kind === 'count');

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['一百二十三', 123],
    ['两千', 2000],
    ['三万', 30000],
    ['一万二千三百零五', 12305],
    ['三亿五千万', 350_000_000],
    ['十余', 10],
    ['三十多', 30],
    ['二〇二三', 2023],
    ['二○二三', 2023],
    ['〇', 0],
    ['零', 0],
  ])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumber('十四五')).toBeNull();
    expect(parseChineseNumber('行政')).toBeNull();
    expect(parseChineseNumber('')).toBeNull();
  });
});

describe('Arabic numbers', () => {
  it('reads counts with a measure word', () => {
    expect(one('受理行政复议案件13件')).toEqual({ text: '13件', value: 13, unit: '件', kind: 'count', approximate: false, zero: false });
    expect(one('培训1,234人次')).toMatchObject({ value: 1234, unit: '人次', kind: 'count' });
    expect(one('共12场')).toMatchObject({ value: 12, unit: '场', kind: 'count' });
  });

  it('applies 万 and 亿', () => {
    expect(one('1.25万条')).toMatchObject({ value: 12500, unit: '条', kind: 'count' });
    expect(one('1.2万')).toMatchObject({ value: 12000, unit: null, kind: 'number' });
    expect(one('投入3亿元')).toMatchObject({ value: 300_000_000, unit: '元', kind: 'amount' });
  });

  it('reads decimals and bare numbers', () => {
    expect(one('指数3.15')).toMatchObject({ value: 3.15, unit: null, kind: 'number' });
    expect(one('共计13')).toMatchObject({ value: 13, kind: 'number' });
  });

  it('marks approximations', () => {
    expect(one('540余单')).toMatchObject({ value: 540, unit: '单', approximate: true, kind: 'count' });
    expect(one('近300件')).toMatchObject({ value: 300, unit: '件', approximate: true });
    expect(one('约500平方米')).toMatchObject({ value: 500, unit: '平方米', approximate: true, kind: 'amount' });
    expect(one('600万余元')).toMatchObject({ text: '600万余元', value: 6_000_000, unit: '元', approximate: true, kind: 'amount' });
    expect(one('5万余')).toMatchObject({ value: 50000, approximate: true });
    expect(one('300件左右')).toMatchObject({ text: '300件左右', approximate: true });
    expect(one('3000人以上')).toMatchObject({ approximate: true });
    expect(one('最近3次')).toMatchObject({ approximate: false });
  });

  it('reads percentages', () => {
    expect(one('化解率95.2%')).toMatchObject({ value: 95.2, unit: '%', kind: 'percent' });
    expect(one('办结率100%')).toMatchObject({ value: 100, kind: 'percent' });
    expect(one('提高3个百分点')).toMatchObject({ value: 3, unit: '个百分点', kind: 'percent' });
  });

  it('tells years, dates and ordinals from counts', () => {
    expect(one('2023年')).toMatchObject({ value: 2023, kind: 'year' });
    expect(one('2024年3月1日')).toMatchObject({ value: 2024, kind: 'date' });
    expect(one('于3月1日召开')).toMatchObject({ text: '3月1日', kind: 'date' });
    expect(one('第83次常务会议')).toMatchObject({ text: '第83次', value: 83, unit: '次', kind: 'ordinal' });
    expect(one('〔2023〕')).toMatchObject({ value: 2023, kind: 'year' });
    expect(findNumbers('2021-2025年').map((m) => m.kind)).toEqual(['year', 'year']);
    expect(one('3个月')).toMatchObject({ unit: '个月', kind: 'number' });
    expect(one('15日内')).toMatchObject({ unit: '日', kind: 'number' });
  });

  it('skips list markers', () => {
    expect(findNumbers('1、加强领导')).toEqual([]);
    expect(findNumbers('（1）加强领导')).toEqual([]);
    expect(findNumbers('(2)完善制度')).toEqual([]);
    expect(findNumbers('1.加强领导\n2.完善制度')).toEqual([]);
  });

  it('marks zero', () => {
    expect(one('0件')).toMatchObject({ value: 0, zero: true, kind: 'count' });
    expect(one('0.5%')).toMatchObject({ zero: false });
  });

  it('reads full-width digits', () => {
    expect(one('１３件')).toMatchObject({ value: 13, unit: '件' });
  });
});

describe('Chinese numerals', () => {
  it('count when a measure word follows', () => {
    expect(one('两名')).toMatchObject({ value: 2, unit: '名', kind: 'count' });
    expect(one('三家')).toMatchObject({ value: 3, unit: '家', kind: 'count' });
    expect(one('二十三件')).toMatchObject({ value: 23, kind: 'count' });
    expect(one('一百零五人')).toMatchObject({ value: 105, kind: 'count' });
    expect(one('三万元')).toMatchObject({ value: 30000, unit: '元', kind: 'amount' });
  });

  it('read 十余次 as about ten', () => {
    expect(one('十余次')).toEqual({ text: '十余次', value: 10, unit: '次', kind: 'count', approximate: true, zero: false });
    expect(one('三十多人')).toMatchObject({ value: 30, approximate: true });
  });

  it('read 一起 as one case only where cases are counted', () => {
    expect(one('发生一起')).toMatchObject({ text: '一起', value: 1, kind: 'count' });
    expect(one('一起行政复议案件')).toMatchObject({ value: 1, kind: 'count' });
    expect(counts('大家一起学习')).toEqual([]);
    expect(counts('与群众一起参与')).toEqual([]);
  });

  it('read percentages in words', () => {
    expect(one('百分之九十五')).toMatchObject({ value: 95, kind: 'percent' });
    expect(one('百分之九十')).toMatchObject({ value: 90, kind: 'percent' });
    expect(one('百分之百')).toMatchObject({ value: 100, kind: 'percent' });
    expect(one('百分之九十五点二')).toMatchObject({ value: 95.2, kind: 'percent' });
    expect(one('百分之95')).toMatchObject({ value: 95, kind: 'percent' });
  });

  it('are ordinals after 第 and 届, and in 二次全会', () => {
    expect(one('第一次')).toMatchObject({ text: '第一次', value: 1, kind: 'ordinal' });
    expect(findNumbers('六届二次全会').map((m) => [m.text, m.kind])).toEqual([
      ['六届', 'ordinal'],
      ['二次', 'ordinal'],
    ]);
  });

  it.each([
    '一是', '一体', '一律', '一站式', '一网通办', '一村一法律顾问', '统一', '一把手', '一岗双责', '进一步', '一系列',
    '一中心四板块', '三项制度', '四个亲自', '八五普法', '七五', '十九大', '二十大', '十四五期间', '之一', '同一个部门',
    '高效办成一件事', '一次性告知', '最多跑一次', '一条龙服务', '三年行动', '一年来', '百姓', '千方百计', '万一',
    '（一）', '一、', '三是',
  ])('%s is not a count', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('state zero when negated', () => {
    expect(one('未出现一起')).toMatchObject({ value: 0, zero: true, kind: 'count' });
    expect(one('未发生一起')).toMatchObject({ zero: true });
    expect(one('零件')).toMatchObject({ value: 0, zero: true });
  });
});

describe('offsets', () => {
  it('point into the given text', () => {
    const text = '全年受理案件13件，审结10件，化解率95.2%，第83次常务会议，发生一起。';
    for (const m of findNumbers(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findNumbers(text).map((m) => m.text)).toEqual(['13件', '10件', '95.2%', '第83次', '一起']);
  });
});

describe('isExplicitZero', () => {
  it.each([
    '0件',
    '行政复议案件为0件',
    '零件',
    '无行政复议案件',
    '全年无行政诉讼案件',
    '2023年无行政复议案件。',
    '其中无败诉案件',
    '未发生行政复议案件',
    '没有发生行政诉讼败诉案件',
    '截至目前为0件',
    '实现矛盾纠纷零发生',
    '未出现一起',
    '数量为零',
    '本年度未发生此类情形',
    '本年度未制定出台行政规范性文件',
    '全年没有印发新的文件',
  ])('%s states zero', (clause) => expect(isExplicitZero(clause)).toBe(true));

  it.each([
    '受理行政复议案件13件',
    '查处无证经营案件12起',
    '推进无证明城市建设',
    '推行无纸化办案',
    '解决无物业小区的问题',
    '一是加强领导',
    '增长0.5%',
    '制定出台规范性文件3件',
  ])('%s does not', (clause) => expect(isExplicitZero(clause)).toBe(false));
});

describe('session ordinals', () => {
  it('reads 十四届人大二次会议 as ordinals and 召开会议3次 as a count', () => {
    expect(findNumbers('十四届人大二次会议').map((m) => m.kind)).toEqual(['ordinal', 'ordinal']);
    expect(one('召开会议3次')).toMatchObject({ kind: 'count' });
    expect(one('召开3次会议')).toMatchObject({ kind: 'count' });
  });
});

describe('zero after a time phrase and a subject', () => {
  it('reads 2024年街道无…案件 as an explicit zero', () => {
    expect(isExplicitZero('2024年街道无行政复议案件')).toBe(true);
    expect(isExplicitZero('全年我局无行政诉讼案件')).toBe(true);
    expect(isExplicitZero('2024年查处无证经营案件12起')).toBe(false);
  });
});

describe('slogans and commemorative days are not counts', () => {
  it('ignores 一支…队伍 and 12·4', () => {
    expect(findNumbers('建设一支政治坚定、素质过硬的执法队伍')).toEqual([]);
    expect(findNumbers('开展“12·4”国家宪法日宣传')).toEqual([]);
    expect(findNumbers('组建调解队伍4支').map((n) => n.value)).toEqual([4]);
  });
});
