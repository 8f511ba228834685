import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/text/dates.ts';

const only = (text: string) => {
  const found = findDates(text);
  expect(found, text).toHaveLength(1);
  const { year, month, day, text: quoted } = found[0];
  return { year, month, day, text: quoted };
};

describe('findDates', () => {
  it('reads 2024年3月1日 and 2024年03月01日', () => {
    expect(only('2024年3月1日')).toEqual({ year: 2024, month: 3, day: 1, text: '2024年3月1日' });
    expect(only('于2024年03月01日印发')).toEqual({ year: 2024, month: 3, day: 1, text: '2024年03月01日' });
  });

  it('reads 2024-03-01, 2024/3/1 and 2024.3.1', () => {
    for (const s of ['2024-03-01', '2024/3/1', '2024.3.1']) expect(only(s)).toMatchObject({ year: 2024, month: 3, day: 1, text: s });
  });

  it('reads dates written in Chinese numerals', () => {
    expect(only('二〇二四年三月一日')).toMatchObject({ year: 2024, month: 3, day: 1 });
    expect(only('二〇二四年三月十一日')).toMatchObject({ year: 2024, month: 3, day: 11 });
    expect(only('二〇二四年十二月三十一日')).toMatchObject({ year: 2024, month: 12, day: 31 });
    expect(only('二〇二四年十月二十日')).toMatchObject({ year: 2024, month: 10, day: 20 });
  });

  it('reads the look-alikes of 〇 in a Chinese year', () => {
    for (const s of ['二○二四年', '二〇二四年', '二Ｏ二四年', '二O二四年', '二零二四年']) expect(only(s)).toMatchObject({ year: 2024, month: null, day: null, text: s });
  });

  it('reads a year and month without a day', () => {
    expect(only('2024年3月')).toEqual({ year: 2024, month: 3, day: null, text: '2024年3月' });
    expect(only('2024年3月份')).toMatchObject({ year: 2024, month: 3, day: null, text: '2024年3月' });
  });

  it('reads a year alone and 年度', () => {
    expect(only('2023年法治政府建设')).toEqual({ year: 2023, month: null, day: null, text: '2023年' });
    expect(only('2023年度法治政府建设')).toEqual({ year: 2023, month: null, day: null, text: '2023年度' });
  });

  it('reads full-width digits', () => {
    expect(only('２０２４年３月１日')).toMatchObject({ year: 2024, month: 3, day: 1 });
  });

  it('reads spaced dates as Word documents write them', () => {
    expect(only('2024 年 3 月 1 日')).toMatchObject({ year: 2024, month: 3, day: 1 });
  });

  it('keeps what is valid of an impossible date', () => {
    expect(only('2024年13月1日')).toEqual({ year: 2024, month: null, day: null, text: '2024年' });
    expect(only('2023年2月29日')).toEqual({ year: 2023, month: 2, day: null, text: '2023年2月' });
    expect(only('2024年2月29日')).toMatchObject({ year: 2024, month: 2, day: 29 });
    expect(findDates('2024-13-01')).toEqual([]);
    expect(findDates('2024/2/30')).toEqual([]);
  });

  it('ignores numbers that are not dates', () => {
    expect(findDates('共12024年')).toEqual([]); // not a year: five digits
    expect(findDates('3月1日')).toEqual([]); // no year
    expect(findDates('受理13件，增长3.15%')).toEqual([]);
    expect(findDates('版本2024.3.1.5')).toEqual([]);
    expect(findDates('5000年')).toEqual([]); // not a plausible year
  });

  it('finds several dates in order with their offsets', () => {
    const text = '2023年，本单位于2024年1月5日召开会议。二〇二四年一月十日';
    const found = findDates(text);
    expect(found.map((d) => d.text)).toEqual(['2023年', '2024年1月5日', '二〇二四年一月十日']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('dates in one-line web copies', () => {
  it('reads a numeric date with the next paragraph glued on', () => {
    expect(findDates('日期:2024-03-012023年,我县')[0]).toMatchObject({ year: 2024, month: 3, day: 1, text: '2024-03-01' });
  });
});
