// Numbers in Chinese administrative prose. A report proves it did something by counting it
// (受理行政复议案件13件, 化解率95.2%, 发生一起), or by saying there was none (未发生行政复议案件).
// The hard part is what is *not* a count: years and dates, ordinals (第83次常务会议, 六届二次全会),
// list markers (一是, （一）, 1.), and the many slogans built from Chinese numerals (一网通办,
// 三项制度, 四个亲自, 八五普法, 二十大). So Arabic numbers are always numbers, while Chinese numerals
// count only when a measure word follows (一起, 两名, 三家) and they are not part of a fixed phrase.

import { findDates } from './dates.ts';

export type NumberKind =
  | 'count' // 13件, 两名, 540余单
  | 'percent' // 95.2%, 百分之九十, 3个百分点
  | 'amount' // money, area, weight: 600万元, 500平方米
  | 'year' // 2023年, 〔2023〕
  | 'date' // 3月1日, 2024年3月1日
  | 'ordinal' // 第83次, 六届, 5号
  | 'number'; // anything else: a bare 13, durations (15日内, 3个工作日), multiples (2倍)

export interface NumberMention {
  /** Offsets into the text given to findNumbers; `end` is exclusive and covers unit and 余/左右. */
  start: number;
  end: number;
  text: string;
  /** The quantity itself, with 万/亿 applied: 1.2万 → 12000, 600万元 → 6000000.
   *  For percentages the number before %; for dates and years the year or the month. */
  value: number;
  /** The measure word or unit after the number, without 余/多: 件, 人次, 元, 平方米, %. */
  unit: string | null;
  kind: NumberKind;
  /** 约, 近, 余, 多, 左右, 以上 …: the report gives a round or bounding figure. */
  approximate: boolean;
  /** The number states that there were none: 0件, 零起, 未发生一起. */
  zero: boolean;
}

export function findNumbers(text: string): NumberMention[] {
  const taken = new Taken(text.length);
  const found: NumberMention[] = [];
  const add = (m: NumberMention | null) => {
    if (m && taken.claim(m.start, m.end)) found.push(m);
  };
  for (const d of findDates(text)) add(dateMention(d));
  for (const m of text.matchAll(PERCENT_WORDS)) add(percentInWords(text, m));
  for (const m of text.matchAll(FIXED_PHRASES)) taken.claim(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(NOT_NUMBERS)) taken.claim(m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(CORE)) {
    if (taken.overlaps(m.index!, m.index! + m[0].length)) continue;
    add(m.groups!.arabic ? arabicMention(text, m) : chineseMention(text, m));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** 一百二十三 → 123, 两 → 2, 十余 → 10, 三万 → 30000, 一百零五 → 105, 二〇二三 → 2023 (digit by
 *  digit, as years are written), 〇 → 0. Null when the string is not a Chinese numeral. */
export function parseChineseNumber(s: string): number | null {
  const bare = s.replace(/[余多]$/u, '');
  if (!bare || !/^[零〇○一二两三四五六七八九十百千万亿]+$/u.test(bare)) return null;
  if (!/[十百千万亿]/u.test(bare)) return digitByDigit(bare);
  return positional(bare);
}

/** The clause says a count is zero: 0件, 为零, 无行政复议案件, 未发生…案件, 没有…纠纷, 零发生, 未出现一起.
 *  A clause that also gives a positive count (查处无证经营案件12起) is not a zero statement. */
export function isExplicitZero(clause: string): boolean {
  const numbers = findNumbers(clause);
  if (numbers.some((n) => n.zero && QUANTITY.has(n.kind))) return true;
  if (numbers.some((n) => !n.zero && (n.kind === 'count' || n.kind === 'amount'))) return false;
  return ZERO_STATEMENTS.some((re) => re.test(clause));
}

// ---------------------------------------------------------------------------------------------
// What follows and precedes a number.

const QUANTITY = new Set<NumberKind>(['count', 'amount', 'percent', 'number']);

const COUNT_UNITS = [
  '人次', '件次', '户次', '家次', '场次', '批次', '个', '件', '起', '次', '人', '名', '位', '场', '期', '份', '条', '项',
  '家', '户', '辆', '处', '套', '台', '篇', '册', '单', '例', '宗', '批', '所', '座', '部', '本', '张', '块', '间', '支',
  '队', '组', '类', '轮', '遍', '封', '幅', '种', '款', '枚', '把', '首', '门', '站', '栋', '艘', '架', '只', '头', '棵', '株',
];
const AMOUNT_UNITS = ['美元', '元', '平方公里', '平方米', '平米', '立方米', '公顷', '亩', '公里', '千米', '米', '吨', '千克', '公斤', '千瓦'];
const PERCENT_UNITS = ['个百分点', '百分点', '%', '％', '‰'];
const TIME_UNITS = ['个工作日', '工作日', '个小时', '小时', '分钟', '个月', '天', '日', '周', '年', '倍'];
const ORDINAL_UNITS = ['届', '号'];
const MONTH = '月';

const UNIT_KIND = new Map<string, NumberKind>([
  ...COUNT_UNITS.map((u) => [u, 'count'] as const),
  ...AMOUNT_UNITS.map((u) => [u, 'amount'] as const),
  ...PERCENT_UNITS.map((u) => [u, 'percent'] as const),
  ...TIME_UNITS.map((u) => [u, 'number'] as const),
  ...ORDINAL_UNITS.map((u) => [u, 'ordinal'] as const),
  [MONTH, 'date'],
]);
const UNITS_LONGEST_FIRST = [...UNIT_KIND.keys()].sort((a, b) => b.length - a.length);

/** A measure word that is really the first character of another word: 期间, 一次性, 处理, 所有. */
const NOT_A_UNIT = /^(期间|次性|处[理罚置分]|所[有属在以谓]|部[署分]|条例|起[草诉来到点步]|场所|名[称义单]|单位|本[级地]|台账|张贴|座谈|位[置于]|支[持撑付]|组[织成建]|队伍|户籍|份额|天然|门[户槛类]|站[点位]|首[先要创批]|种类|把[关握好]|款[项式])/u;

const APPROX_BEFORE = /(?:大约|约为|约|将近|接近|近|逾|超过)$/u;
const NOT_APPROX_BEFORE = /(?:最近|附近|临近|就近|亲近)$/u;
const APPROX_AFTER = /^(?:左右|以上|以下|上下|之多)/u;

// ---------------------------------------------------------------------------------------------
// Fixed phrases in which a Chinese numeral is not a number. Chinese numerals without a measure
// word are never counted, so the list only needs the phrases where a measure word does follow
// (三项制度, 四个亲自, 一件事) plus a few frequent ones kept for clarity.

const FIXED_PHRASE_LIST = [
  '一是', '一体', '一律', '一站式', '一网通办', '一网统管', '一网协同', '一村一法律顾问', '一村（社区）一法律顾问',
  '一把手', '一岗双责', '进一步', '一系列', '一中心', '三项制度', '四个亲自', '两个维护', '两个确立', '四个意识',
  '四个自信', '两个结合', '三个务必', '三个代表', '一件事', '一次性', '最多跑一次', '一次办', '一条龙', '一门式',
  '一窗受理', '一张网', '一张图', '一盘棋', '一体化', '一案双查', '一案一档', '一户一档', '一人一档', '一企一档',
  '一事一议', '一区一策', '一码通', '一号通', '一表通', '一单制', '一类事', '一件事一次办', '两法衔接', '两法一条例',
  '双随机、一公开', '一公开', '三级联动', '一年来', '一年以来', '三年行动', '五年规划', '一批次', '一起学',
  '一起抓', '一起来', '一起参与', '一部分', '一些', '一切', '一定', '一般', '一直', '一致', '一道', '一同', '一并',
  '八五普法', '七五普法', '六五普法', '九五普法', '十四五', '十五五', '十三五', '十九大', '二十大', '二十届',
  '一流', '一线', '第一书记', '第一责任人', '三会一课', '五个一', '两学一做', '三重一大', '一府一委两院',
];
const FIXED_PHRASES = new RegExp(FIXED_PHRASE_LIST.map(escapeRegExp).join('|'), 'gu');
/** Not counts either: "打造一支…的队伍" (a slogan), and days named by month·day (12·4宪法日,
 *  3·15): the middle dot is only used for such commemorative days. */
const NOT_NUMBERS = /一支[^,，;；。]{0,20}?队伍|[0-9０-９]{1,2}[·•][0-9０-９]{1,2}/gu;

/** Characters before 一 that make it part of a word: 统一, 唯一, 之一, 同一个, 逐一. */
const WORD_BEFORE_YI = /[统唯之万专同单逐划合归整纯某任]$/u;

/** 一起 is "together" unless the prose is counting incidents. */
const YI_QI_AS_COUNT_BEFORE = /(?:发生|出现|受理|办理|查处|处理|审结|办结|立案|涉及|共|仅|只|有|计|了|未|无|没有)$/u;
const YI_QI_AS_COUNT_AFTER = /^(?:案|事|纠纷|诉|行政|复议|应诉|违法|事故|投诉|举报|信访|安全|重大|典型|刑事|民事|群体)/u;
const NEGATION_BEFORE = /(?:未发生|未出现|没有发生|没有出现|没有|未|无)$/u;

const ZERO_NOUN = '(?:案件|事件|事故|纠纷|投诉|举报|败诉|被诉|情形|情况)';
const ZERO_STATEMENTS = [
  new RegExp(`(?:未发生|未出现|未有|未收到|没有发生|没有出现|没有|不存在)[^,，;；。]{0,20}?${ZERO_NOUN}`, 'u'),
  // 无 begins many words (无证, 无纸化, 无物业小区), so only a 无 that opens the statement counts:
  // after punctuation or a time phrase (全年无, 2023年无, 年度内无, 其中无, 一年来无).
  new RegExp(`(?:^|[,，;；:：\\s年度内中来]|目前|均|并|暂|尚)无[^,，;；。]{0,20}?${ZERO_NOUN}`, 'u'),
  // …or after a time phrase and a short subject: 2024年街道无…, 全年我局无….
  new RegExp(`(?:[0-9０-９]{4}年度?|全年|本年度?)[^,，;；。无]{1,8}无[^,，;；。]{0,20}?${ZERO_NOUN}`, 'u'),
  // No document made in the year: nothing to review or file (未制定出台规范性文件).
  /(?:未|没有)(?:制定|出台|制发|印发)[^,，;；。]{0,10}?文件/u,
  /零(?:发生|投诉|事故|纠纷|上访|信访|败诉|记录|案件|差评|违法)/u,
  /[为是]零(?![件起次个])/u,
];

// ---------------------------------------------------------------------------------------------
// Scanning.

const CORE = /(?<arabic>[0-9０-９]+(?:,[0-9]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?)|(?<chinese>[零〇○一二两三四五六七八九十百千万亿]+)/gu;
const PERCENT_WORDS = /百分之(?:(?<arabic>[0-9０-９]+(?:[.．][0-9０-９]+)?)|(?<chinese>[零〇○一二两三四五六七八九十百千点]+))/gu;

function arabicMention(text: string, m: RegExpMatchArray): NumberMention | null {
  const start = m.index!;
  const core = m.groups!.arabic;
  if (isListMarker(text, start, start + core.length)) return null;
  const value = arabicValue(core);
  const tail = readTail(text, start + core.length);
  if (!tail.unit && !tail.magnitude) {
    const year = yearStandingAlone(text, start, core, value);
    if (year) return year;
  }
  return build(text, start, value * tail.magnitudeValue, tail);
}

function chineseMention(text: string, m: RegExpMatchArray): NumberMention | null {
  const start = m.index!;
  const core = m.groups!.chinese;
  const value = parseChineseNumber(core);
  if (value === null || !/[〇○零一二两三四五六七八九十]/u.test(core)) return null;
  const before = text.slice(Math.max(0, start - 4), start);
  if (core === '一' && WORD_BEFORE_YI.test(before)) return null;
  const tail = readTail(text, start + core.length);
  if (!tail.unit || tail.unit === '年') return null; // 三年行动, 一年来: a Chinese numeral with 年 is a slogan more often than a duration
  if (core === '一' && tail.unit === '起' && !tail.approximate) {
    const after = text.slice(tail.end, tail.end + 4);
    if (!YI_QI_AS_COUNT_BEFORE.test(before) && !YI_QI_AS_COUNT_AFTER.test(after)) return null;
  }
  const mention = build(text, start, value, tail);
  // 未发生一起, 没有一件: "not even one" is the way prose says zero.
  if (core === '一' && mention.kind === 'count' && NEGATION_BEFORE.test(before)) return { ...mention, value: 0, zero: true };
  return mention;
}

interface Tail {
  /** 万 or 亿 after an Arabic number. */
  magnitude: string | null;
  magnitudeValue: number;
  unit: string | null;
  approximate: boolean;
  /** Where the mention ends, after unit and 余/左右. */
  end: number;
}

/** Reads what follows a number: 万/亿, 余/多, the unit, then 左右/以上. */
function readTail(text: string, at: number): Tail {
  let end = at;
  let magnitude: string | null = null;
  const mag = /^(?:万亿|万|亿)/u.exec(text.slice(end, end + 2));
  if (mag && !text.startsWith('万一', end)) {
    magnitude = mag[0];
    end += magnitude.length;
  }
  let approximate = false;
  if (/^[余多]/u.test(text.slice(end, end + 1)) && !/^多[元样种方措项层次]/u.test(text.slice(end, end + 2))) {
    approximate = true;
    end += 1;
  }
  let unit = UNITS_LONGEST_FIRST.find((u) => text.startsWith(u, end)) ?? null;
  if (unit && NOT_A_UNIT.test(text.slice(end, end + 3))) unit = null;
  if (unit) end += unit.length;
  const after = APPROX_AFTER.exec(text.slice(end, end + 2));
  if (after) {
    approximate = true;
    end += after[0].length;
  }
  const magnitudeValue = magnitude === '万亿' ? 1e12 : magnitude === '亿' ? 1e8 : magnitude === '万' ? 1e4 : 1;
  return { magnitude, magnitudeValue, unit, approximate, end };
}

function build(text: string, start: number, value: number, tail: Tail): NumberMention {
  let end = tail.end;
  let kind: NumberKind = tail.unit ? UNIT_KIND.get(tail.unit)! : 'number';
  const before = text.slice(Math.max(0, start - 4), start);
  if (before.endsWith('第') || before.endsWith('届') || isSessionOrdinal(text, start, tail)) kind = 'ordinal';
  if (kind === 'date') end = dayAfterMonth(text, end);
  if (kind === 'number' && tail.unit === '日' && /月$/u.test(before)) kind = 'date';
  const startWithPrefix = before.endsWith('第') && kind === 'ordinal' ? start - 1 : start;
  const approximate = tail.approximate || (APPROX_BEFORE.test(before) && !NOT_APPROX_BEFORE.test(before));
  return {
    start: startWithPrefix,
    end,
    text: text.slice(startWithPrefix, end),
    value: round(value),
    unit: tail.unit,
    kind,
    approximate,
    zero: value === 0 && kind !== 'ordinal' && kind !== 'date',
  };
}

/** 二次全会, 十四届人大二次会议: the second plenary session, not two meetings (召开会议3次 stays a count). */
function isSessionOrdinal(text: string, start: number, tail: Tail): boolean {
  if (tail.unit !== '次') return false;
  const after = text.slice(tail.end, tail.end + 4);
  if (/^(?:全会|全体会议)/u.test(after)) return true;
  return /^会议/u.test(after) && /届[^,，;；。]{0,4}$/u.test(text.slice(Math.max(0, start - 6), start));
}

/** 3月 followed by 1日 or 一日 is one date. */
function dayAfterMonth(text: string, end: number): number {
  const day = /^(?:[0-9０-９]{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/u.exec(text.slice(end, end + 4));
  return day ? end + day[0].length : end;
}

/** 1、 (1) （1） and a 1. opening a line are list markers, not numbers. */
function isListMarker(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const before = text[start - 1] ?? '\n';
  const after = text[end] ?? '';
  if (after === '、') return true;
  if ('(（'.includes(before) && ')）'.includes(after)) return true;
  return /[\n\s]/u.test(before) && /[.．)）]/u.test(after) && !/[0-9０-９]/u.test(text[end + 1] ?? '');
}

/** 〔2023〕, [2023], 2021-2025年: a four-digit year with no 年 of its own. */
function yearStandingAlone(text: string, start: number, core: string, value: number): NumberMention | null {
  if (!/^[0-9０-９]{4}$/u.test(core) || value < 1900 || value > 2199) return null;
  const end = start + 4;
  const bracketed = '〔［[(（【'.includes(text[start - 1] ?? ' ') && '〕］])）】'.includes(text[end] ?? ' ');
  const range = /^(?:[-—–~～至到])[0-9０-９]{4}年/u.test(text.slice(end, end + 6));
  if (!bracketed && !range) return null;
  return { start, end, text: core, value, unit: null, kind: 'year', approximate: false, zero: false };
}

function dateMention(d: ReturnType<typeof findDates>[number]): NumberMention {
  return {
    start: d.start,
    end: d.end,
    text: d.text,
    value: d.year,
    unit: null,
    kind: d.month === null ? 'year' : 'date',
    approximate: false,
    zero: false,
  };
}

function percentInWords(text: string, m: RegExpMatchArray): NumberMention | null {
  const g = m.groups!;
  const value = g.arabic ? arabicValue(g.arabic) : chinesePercent(g.chinese);
  if (value === null) return null;
  const start = m.index!;
  let end = start + m[0].length;
  const after = APPROX_AFTER.exec(text.slice(end, end + 2));
  if (after) end += after[0].length;
  const before = text.slice(Math.max(0, start - 4), start);
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    unit: '%',
    kind: 'percent',
    approximate: !!after || (APPROX_BEFORE.test(before) && !NOT_APPROX_BEFORE.test(before)),
    zero: value === 0,
  };
}

/** 百分之九十五点二 → 95.2; 百分之百 → 100. */
function chinesePercent(s: string): number | null {
  if (s === '百') return 100;
  const [whole, fraction] = s.split('点');
  const w = parseChineseNumber(whole);
  if (w === null) return null;
  if (fraction === undefined) return w;
  const f = digitByDigit(fraction);
  return f === null ? null : Number(`${w}.${fraction.length ? String(f).padStart(fraction.length, '0') : '0'}`);
}

// ---------------------------------------------------------------------------------------------
// Values.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function digitByDigit(s: string): number | null {
  let n = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** 一万二千三百零五: digits multiply 十/百/千 within a section; 万 and 亿 close a section. */
function positional(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // 十四五 is a slogan, not a number
      digit = DIGITS[ch];
    } else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      section += (digit ?? 1) * unit;
      digit = null;
    } else {
      const unit = ch === '万' ? 1e4 : 1e8;
      const part = section + (digit ?? 0);
      total = ch === '亿' ? (total + part) * unit : total + part * unit;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

function arabicValue(s: string): number {
  const ascii = s.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/gu, '');
  return Number(ascii);
}

/** 1.2万 is 12000, not 12000.000000000002. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Characters already explained (dates, 百分之…, fixed phrases), so the scan does not read them twice. */
class Taken {
  private readonly mask: Uint8Array;

  constructor(length: number) {
    this.mask = new Uint8Array(length);
  }

  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.mask[i]) return true;
    return false;
  }

  claim(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    this.mask.fill(1, start, end);
    return true;
  }
}
