// The report's title and the year it covers. A title may stand on its own line, or, in text
// copied from a web page, run straight into the body on one long line.

import { findDates } from '../text/dates.ts';

export interface Title {
  /** Offsets into the matching view. */
  start: number;
  end: number;
  text: string;
  year: number | null;
}

const HEAD_LINES = 5;
const MAX_TITLE = 80;
const MAX_PLAIN = 40;

/** The first line near the top that reads like a report's title (报告/情况/总结…), else the
 * first short line that is not a sentence: a news headline or a plan's name is a title too. */
export function findTitle(view: string): Title | null {
  const lines = headLines(view);
  // Web pages put chrome above the title ("今天是…", "您所在的位置：… > 工作报告"): a line with
  // a year is the better title.
  const isNamed = (l: { text: string }) => /报告|情况|总结|要点|计划|方案|规划/u.test(l.text);
  const named = lines.find((l) => isNamed(l) && yearOf(l.text) !== null) ?? lines.find(isNamed);
  const plain = lines.find((l) => l.text.length <= MAX_PLAIN && !/[。;；:：,，]$/u.test(l.text));
  const line = named ?? plain;
  return line ? { ...line, year: yearOf(line.text) } : null;
}

function headLines(view: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const line of view.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
    const text = line.trim();
    if (!text) continue;
    // A title has no sentence punctuation; a line that has runs into the body (web copies).
    const candidate = text.length <= MAX_TITLE && !/[。，,]/u.test(text) ? text : leadingTitle(text);
    const at = candidate ? start + text.indexOf(candidate) : start;
    if (candidate) out.push({ start: at, end: at + candidate.length, text: candidate });
    if (out.length >= HEAD_LINES) break;
  }
  return out;
}

/** In a one-line web copy the title is the stretch up to its first 报告/情况/总结, after any
 * breadcrumb of the site ("首页 > 政务公开 > …"). */
function leadingTitle(line: string): string | null {
  const crumbs = line.slice(0, MAX_TITLE).lastIndexOf('>');
  let rest = line.slice(crumbs + 1).trimStart();
  // The last crumb ("> 法治政府建设 关于…") is the site's section, not the title.
  if (crumbs >= 0) rest = rest.replace(/^\S{1,20}\s+/u, '');
  const m = /^.{4,70}?(情况的报告|情况报告|年度报告|工作报告|的报告|报告|工作总结|总结|工作情况)/u.exec(rest);
  return m ? m[0] : null;
}

export function yearOf(title: string): number | null {
  const date = findDates(title).find((d) => d.year >= 1990 && d.year <= 2100);
  return date?.year ?? null;
}
