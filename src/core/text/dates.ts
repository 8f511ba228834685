// Dates as Chinese official documents write them: 2024年3月1日, 二〇二四年三月一日 (the 成文日期 of
// a 公文), 2024-03-01 in tables, and a bare 2023年 or 2023年度 for the report year. The text may be
// the original or the matching view, so full-width digits and the look-alikes of 〇 (○, Ｏ, O,
// used by people typing the year on a Latin keyboard) are read as well.

export interface DateMention {
  /** Offsets into the text given to findDates; `end` is exclusive. */
  start: number;
  end: number;
  text: string;
  year: number;
  /** 1–12, or null when only the year is given. */
  month: number | null;
  /** 1–31, or null when the day is not given. */
  day: number | null;
}

export function findDates(text: string): DateMention[] {
  const found = [...written(text), ...numeric(text)];
  return found.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------

const ARABIC = '[0-9０-９]';
const ZERO_LIKE = '〇○零ＯO０0';
const CHINESE_DIGIT = `[${ZERO_LIKE}一二三四五六七八九]`;
/** A year written digit by digit in Chinese: 二〇二四, 一九九九. */
const CHINESE_YEAR = `[一二]${CHINESE_DIGIT}{3}`;
const CHINESE_MONTH = '十[一二]?|[一二三四五六七八九]';
const CHINESE_DAY = '[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
const GAP = '[ \\t\\u3000]*';

/** 2024年3月1日, 二〇二四年三月十一日, 2024年3月, 2023年, 2023年度. */
const WRITTEN = new RegExp(
  `(?<![0-9０-９${ZERO_LIKE}一二三四五六七八九十])` +
    `(?<year>${ARABIC}{4}|${CHINESE_YEAR})${GAP}年(?:(?<annual>度)|` +
    `(?:${GAP}(?<month>${ARABIC}{1,2}|${CHINESE_MONTH})${GAP}月` +
    `(?:${GAP}(?<day>${ARABIC}{1,2}|${CHINESE_DAY})${GAP}[日号])?)?)`,
  'gu',
);

/** 2024-03-01, 2024/3/1, 2024.3.1 — the same separator twice. A web copy may glue the next
 * paragraph's year straight on ("2024-03-012023年，我县…"), so a year may follow the day. */
const NUMERIC = new RegExp(
  `(?<![0-9０-９.．])(?<year>${ARABIC}{4})(?<sep>[-/.－／．])(?<month>${ARABIC}{1,2})\\k<sep>(?<day>${ARABIC}{1,2})(?!(?!${ARABIC}{4}年)${ARABIC}|[.．][0-9０-９])`,
  'gu',
);

function* written(text: string): Generator<DateMention> {
  for (const m of text.matchAll(WRITTEN)) {
    const g = m.groups!;
    const year = yearValue(g.year);
    if (!plausibleYear(year)) continue;
    const start = m.index;
    const month = g.month ? smallNumber(g.month) : null;
    const day = g.day ? smallNumber(g.day) : null;
    // An impossible month or day still leaves a good year (or year and month): keep what holds.
    if (month === null || !validMonth(month)) {
      yield mention(text, start, yearEnd(m), year, null, null);
    } else if (day === null || !validDay(year, month, day)) {
      yield mention(text, start, monthEnd(m), year, month, null);
    } else {
      yield mention(text, start, start + m[0].length, year, month, day);
    }
  }
}

function* numeric(text: string): Generator<DateMention> {
  for (const m of text.matchAll(NUMERIC)) {
    const g = m.groups!;
    const year = yearValue(g.year);
    const month = smallNumber(g.month)!;
    const day = smallNumber(g.day)!;
    if (plausibleYear(year) && validMonth(month) && validDay(year, month, day)) {
      yield mention(text, m.index, m.index + m[0].length, year, month, day);
    }
  }
}

function mention(text: string, start: number, end: number, year: number, month: number | null, day: number | null): DateMention {
  return { start, end, text: text.slice(start, end), year, month, day };
}

/** End of 「2024年」 or 「2023年度」 within a written match. */
function yearEnd(m: RegExpMatchArray): number {
  const local = m[0].indexOf('年') + 1;
  return m.index! + local + (m.groups!.annual ? 1 : 0);
}

/** End of 「2024年3月」 within a written match. */
function monthEnd(m: RegExpMatchArray): number {
  return m.index! + m[0].indexOf('月') + 1;
}

// ---------------------------------------------------------------------------------------------

const plausibleYear = (y: number) => y >= 1900 && y <= 2199;
const validMonth = (m: number) => m >= 1 && m <= 12;

function validDay(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day >= 1 && day <= days;
}

function digitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (ZERO_LIKE.includes(ch)) return 0;
  return '一二三四五六七八九'.indexOf(ch) + 1;
}

/** A year, Arabic or Chinese, read digit by digit. */
function yearValue(s: string): number {
  return [...s].reduce((n, ch) => n * 10 + digitValue(ch), 0);
}

/** A month or day: Arabic digits, or a Chinese numeral up to 三十一. */
function smallNumber(s: string): number | null {
  if (/^[0-9０-９]+$/u.test(s)) return yearValue(s);
  const ten = s.indexOf('十');
  if (ten < 0) return digitValue(s);
  const tens = ten === 0 ? 1 : digitValue(s[0]);
  const units = ten === s.length - 1 ? 0 : digitValue(s[ten + 1]);
  return tens * 10 + units;
}
