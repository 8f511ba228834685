// Does the report fit the year it reports on? A report on 2023 that still "贯彻落实" the 2015—2020
// 纲要, the 七五普法 or the 十九大 as the current plan, phase or congress was copied forward from an
// old one; so was a report whose opening speaks of another year than its title, or whose body
// tells of things done after the report was signed. Only what is cited as current counts:
// looking back (总结七五普法) or forward (向党的二十大献礼) is what reports should do.

import type { Analysis, AnalysedSentence } from '../structure/analysis.ts';
import { isAchievement } from '../structure/analysis.ts';
import { signatureDate } from '../verdicts/checks/signature-date.ts';
import { findDates, type DateMention } from '../text/dates.ts';
import { evidenceOf } from '../verdicts/evidence.ts';
import type { Finding } from '../report.ts';

interface Period {
  from: number;
  to: number;
}

/** 普法 five-year phases. */
const PUFA: Record<string, Period> = {
  六: { from: 2011, to: 2015 },
  七: { from: 2016, to: 2020 },
  八: { from: 2021, to: 2025 },
  九: { from: 2026, to: 2030 },
};

/** National Party congresses and the year each was held (October or November). */
const CONGRESSES: { name: string; year: number }[] = [
  { name: '十六大', year: 2002 },
  { name: '十七大', year: 2007 },
  { name: '十八大', year: 2012 },
  { name: '十九大', year: 2017 },
  { name: '二十大', year: 2022 },
  { name: '二十一大', year: 2027 },
];

/** Words that cite a plan, phase or congress as the one being carried out. */
const CARRYING_OUT = /贯彻|落实|实施|按照|依据|根据|对照|围绕|推进|开展|深化|执行|学习|领会/u;
/** Words that look back on it instead. */
const LOOKING_BACK = /总结|回顾|收官|验收|期间|圆满完成|顺利完成|评估/u;
/** Words that prepare the next phase in the last year of the old one. */
const PREPARING = /谋划|编制|制定|启动|筹备|准备|衔接|迎接|起草|研究|部署/u;
/** A date followed by these is a deadline or a starting point, not a thing done. */
const NOT_AN_EVENT = /^(?:前|之前|以前|底|末|中旬|下旬|上旬|起|开始|以后|后)/u;

const PLAN = /法治政府建设实施纲要\((\d{4})-(\d{4})年?\)/gu;
const PUFA_MENTION = /"?([六七八九])五"?普法|第([六七八九])个五年(?:普法|法治宣传教育)/gu;
const CONGRESS = /(?<![一二三四五六七八九十])(十[六七八九]|二十一|二十)大/gu;
/** "2023年，…", "2023年度我县…", "2023年以来，…": the year the body opens on. */
const OPENING_YEAR = /^(\d{4})年(?:度|以来)?(?:[,，]|(?=[我全本该今]))/u;
const OPENING_SENTENCES = 3;

export function yearFitFindings(a: Analysis): Finding[] {
  if (a.year === null) return [];
  const all = [...stalePlans(a, a.year), ...stalePufa(a, a.year), ...staleCongresses(a, a.year), ...datesAfterReport(a), ...yearMismatch(a)];
  return onePerSentence(all);
}

/** "深入推进“七五”普法工作，按照“七五”普法规划要求" is one stale reference, not two. */
function onePerSentence(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code} ${f.evidence[0].start}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

// ---------------------------------------------------------------------------------------------

function stalePlans(a: Analysis, year: number): Finding[] {
  return mentions(a, PLAN).flatMap(({ m, s, at }) => {
    const plan = { from: Number(m[1]), to: Number(m[2]) };
    if (year >= plan.from && year <= plan.to) return [];
    if (!citedAsCurrent(s, at - s.start)) return [];
    const name = `《法治政府建设实施纲要（${plan.from}—${plan.to}年）》`;
    const message =
      year > plan.to
        ? `报告年度为${year}年，却把已到期的${name}作为正在贯彻落实的纲要`
        : `报告年度为${year}年，却称贯彻落实${plan.from}年才开始的${name}`;
    return [finding('stale-plan', message, a, s, at)];
  });
}

function stalePufa(a: Analysis, year: number): Finding[] {
  return mentions(a, PUFA_MENTION).flatMap(({ m, s, at }) => {
    const numeral = m[1] ?? m[2];
    const phase = PUFA[numeral];
    const before = clauseBefore(s, at - s.start);
    const stale = year > phase.to ? citedAsCurrent(s, at - s.start) : year < phase.from && clearlyUnderway(s, before);
    if (!stale) return [];
    return [finding('stale-pufa', `报告年度为${year}年，却把“${numeral}五”普法（${phase.from}—${phase.to}年）作为当前的普法规划`, a, s, at)];
  });
}

function staleCongresses(a: Analysis, year: number): Finding[] {
  return mentions(a, CONGRESS).flatMap(({ m, s, at }) => {
    const i = CONGRESSES.findIndex((c) => c.name === m[0]);
    const next = CONGRESSES[i + 1];
    if (!next || next.year >= year) return [];
    const local = at - s.start;
    const after = s.text.slice(local + m[0].length, local + m[0].length + 30);
    if (/^以来/u.test(after) || !/^[^,，;；。]*精神/u.test(after) || !CARRYING_OUT.test(clauseBefore(s, local))) return [];
    return [finding('stale-congress', `报告年度为${year}年，党的${next.name}（${next.year}年）已经召开，报告仍把党的${m[0]}精神作为当前要贯彻落实的精神`, a, s, at)];
  });
}

function datesAfterReport(a: Analysis): Finding[] {
  const signed = signatureDate(a);
  if (!signed) return [];
  return findDates(a.view.text)
    .filter((d) => d.month !== null && d.start !== signed.start && isLater(d, signed))
    .filter((d) => !NOT_AN_EVENT.test(a.view.text.slice(d.end, d.end + 3)))
    .flatMap((d) => {
      const s = sentenceAt(a, d.start);
      if (!s || !isAchievement(s.part)) return [];
      const shown = `${signed.year}年${signed.month}月${signed.day}日`;
      return [finding('date-after-report', `正文提到的${d.text}晚于报告的成文日期${shown}`, a, s, d.start)];
    });
}

/** The body opens on another year than the title's ("2022年，我县…" under a 2023 title). */
export function yearMismatch(a: Analysis): Finding[] {
  const title = a.title;
  if (!title?.year) return [];
  const opening = a.sentences.filter((s) => s.start >= title.end && !/[:：]$/u.test(s.text) && !/日期/u.test(s.text)).slice(0, OPENING_SENTENCES);
  for (const s of opening) {
    const m = OPENING_YEAR.exec(s.text);
    if (!m) continue;
    const body = Number(m[1]);
    // "2021年以来" in a report on 2023 looks back over a span; "2024年以来" cannot.
    if (body === title.year || (m[0].includes('以来') && body < title.year)) return [];
    return [finding('year-mismatch', `标题写的是${title.year}年，正文开头却写“${m[0].replace(/[,，]$/u, '')}”`, a, s, s.start)];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------

interface Mention {
  m: RegExpMatchArray;
  s: AnalysedSentence;
  /** View offset of the match. */
  at: number;
}

function mentions(a: Analysis, re: RegExp): Mention[] {
  return [...a.view.text.matchAll(re)].flatMap((m) => {
    const s = sentenceAt(a, m.index!);
    return s ? [{ m, s, at: m.index! }] : [];
  });
}

/** In the achievements, after a word of carrying out in the same clause, and not looking back. */
function citedAsCurrent(s: AnalysedSentence, local: number): boolean {
  return isAchievement(s.part) && CARRYING_OUT.test(clauseBefore(s, local)) && !LOOKING_BACK.test(s.text);
}

/** A phase that has not begun is flagged only when plainly carried out, not prepared for. */
function clearlyUnderway(s: AnalysedSentence, before: string): boolean {
  return isAchievement(s.part) && /(?:深入实施|全面实施|贯彻落实|全面落实|扎实推进|深入推进)["《]?$/u.test(before) && !PREPARING.test(s.text);
}

function clauseBefore(s: AnalysedSentence, local: number): string {
  const head = s.text.slice(0, local);
  return head.slice(Math.max(...[',', '，', ';', '；'].map((c) => head.lastIndexOf(c))) + 1);
}

/** A month without a day is later only when the month is. */
function isLater(d: DateMention, signed: DateMention): boolean {
  return (d.year - signed.year || d.month! - signed.month! || (d.day === null ? 0 : d.day - signed.day!)) > 0;
}

function sentenceAt(a: Analysis, at: number): AnalysedSentence | undefined {
  return a.sentences.find((s) => at >= s.start && at < s.end);
}

function finding(code: string, message: string, a: Analysis, s: AnalysedSentence, focus: number): Finding {
  return { kind: 'year-fit', code, severity: 'warning', message, evidence: [evidenceOf(a, s.start, s.end, focus)] };
}
