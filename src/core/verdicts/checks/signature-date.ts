// 成文日期与公开时限: the report's own date (落款 at the end, or a 日期/发布 line at the top)
// against the deadline for publishing it: 4月1日 of the next year under the 2019 督察工作规定,
// 3月31日 (第一季度) for reports on years before it took effect.

import type { Analysis } from '../../structure/analysis.ts';
import { findDates, type DateMention } from '../../text/dates.ts';
import { evidenceOf } from '../evidence.ts';
import type { CompiledRule } from '../../rules/compile.ts';
import type { Judgement } from './judgement.ts';
import type { IssuerDeadline } from '../../rules/types.ts';
import type { Finding } from '../../report.ts';
import { spans } from '../../rules/year-span.ts';

const HEAD = 200;
const TAIL_SHARE = 0.2;
const TAIL_MIN = 400;
export const FIRST_YEAR_OF_RULE = 2019;

export interface Deadline {
  year: number;
  month: number;
  day: number;
  rule: string;
}

export function deadlineFor(reportYear: number): Deadline {
  return reportYear >= FIRST_YEAR_OF_RULE
    ? { year: reportYear + 1, month: 4, day: 1, rule: '《法治政府建设与责任落实督察工作规定》第二十四条：4月1日之前公开' }
    : { year: reportYear + 1, month: 3, day: 31, rule: '《法治政府建设实施纲要（2015—2020年）》：每年第一季度报告' };
}

/** The report's own date: the last full date near the end, else a full date at the top. */
export function signatureDate(a: Analysis): DateMention | null {
  const text = a.view.text;
  const full = (d: DateMention) => d.month !== null && d.day !== null && (a.year === null || d.year === a.year || d.year === a.year + 1);
  const tailStart = Math.max(0, Math.min(text.length - TAIL_MIN, Math.floor(text.length * (1 - TAIL_SHARE))));
  const tail = findDates(text.slice(tailStart)).filter(full).map((d) => ({ ...d, start: d.start + tailStart, end: d.end + tailStart }));
  if (tail.length) return tail[tail.length - 1];
  // A date at the top is the publication date, however late: never before the reported year.
  // Everything above the title is the page's or the covering letter's, however long.
  const published = (d: DateMention) => d.month !== null && d.day !== null && (a.year === null || d.year >= a.year);
  return findDates(text.slice(0, Math.max(HEAD, a.title?.start ?? 0))).filter(published)[0] ?? null;
}

/** A news item's dateline ("本报北京4月1日电") dates the release it reports: the report was
 * public by then, whatever later date the page or the paper's issue carries. */
const DATELINE = /(\d{1,2})月(\d{1,2})日电/u;
const DATELINE_REACH = 300;

function datelineOf(a: Analysis): DateMention | null {
  const m = a.year === null ? null : DATELINE.exec(a.view.text.slice(0, DATELINE_REACH));
  if (!m || a.year === null) return null;
  return { start: m.index, end: m.index + m[0].length, text: m[0], year: a.year + 1, month: Number(m[1]), day: Number(m[2]) };
}

export function checkSignatureDate(_rule: CompiledRule, a: Analysis): Judgement {
  const found = signatureDate(a);
  const dateline = datelineOf(a);
  const earlier = dateline && (!found || compare(dateline, { year: found.year, month: found.month ?? 12, day: found.day ?? 31, rule: '' }) < 0);
  return judgeDate(a, earlier ? dateline : found, deadlineFor);
}

/** For a report type whose deadline depends on the issuer (政府信息公开年报: departments 1月31日,
 * governments 3月31日): the issuer is the title's words before the year. Only a date after the
 * reported year is its publication: the statistics period's dates are not. */
export function makeIssuerDateCheck(deadlines: IssuerDeadline[]) {
  return (_rule: CompiledRule, a: Analysis): Judgement => judgeDate(a, publicationDate(a), (year) => issuerDeadline(a, deadlines, year));
}

/** The issuer named by the title: its words before the reported year ("淮安市人民政府"). */
export function titleIssuer(a: Analysis): string {
  return a.title ? (/^(.*?)(?:19|20)\d{2}年/u.exec(a.title.text)?.[1] ?? a.title.text) : '';
}

/** The deadline of the regulation in force for the year, by issuer; a report under the 2007
 * regulation had one date for every body. */
function issuerDeadline(a: Analysis, deadlines: IssuerDeadline[], year: number): Deadline {
  const issuer = titleIssuer(a);
  const inForce = deadlines.filter((d) => spans(d, year));
  const rules = inForce.length ? inForce : deadlines;
  const rule = rules.find((d) => d.issuer.some((w) => issuer.endsWith(w))) ?? rules.find((d) => d.issuer.length === 0) ?? rules[0];
  return { year: year + 1, month: rule.month, day: rule.day, rule: rule.rule };
}

function publicationDate(a: Analysis): DateMention | null {
  const date = signatureDate(a);
  return date && (a.year === null || date.year > a.year) ? date : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** late-publication: the report's date after its issuer's deadline, with the rule and the days. */
export function lateFinding(a: Analysis, deadlines: IssuerDeadline[]): Finding | null {
  const date = publicationDate(a);
  if (!date || a.year === null) return null;
  const d = issuerDeadline(a, deadlines, a.year);
  const days = Math.round((Date.UTC(date.year, date.month! - 1, date.day!) - Date.UTC(d.year, d.month - 1, d.day)) / DAY_MS);
  if (days <= 0) return null;
  return {
    kind: 'publication',
    code: 'late-publication',
    severity: 'warning',
    message: `成文日期 ${date.year}年${date.month}月${date.day}日，晚于 ${d.year}年${d.month}月${d.day}日 ${days} 天（${d.rule}）。`,
    evidence: [evidenceOf(a, date.start, date.end)],
  };
}

function judgeDate(a: Analysis, date: DateMention | null, deadline: (year: number) => Deadline): Judgement {
  if (!date) return { status: 'missing', reason: '没有找到成文日期（落款或发布日期）', evidence: [] };
  const evidence = [evidenceOf(a, date.start, date.end)];
  const shown = `${date.year}年${date.month}月${date.day}日`;
  if (a.year === null) return { status: 'present', reason: `成文日期 ${shown}（未能确定报告年度，未核对时限）`, evidence };
  const d = deadline(a.year);
  return compare(date, d) > 0
    ? { status: 'weak', reason: `成文日期 ${shown} 晚于 ${d.year}年${d.month}月${d.day}日（${d.rule}）`, evidence }
    : { status: 'present', reason: `成文日期 ${shown}，在 ${d.year}年${d.month}月${d.day}日时限之前`, evidence };
}

function compare(date: DateMention, d: Deadline): number {
  return date.year - d.year || date.month! - d.month || date.day! - d.day;
}
