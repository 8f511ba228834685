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
/** Lines of a web page or a file's metadata block around the title, never the title itself. */
const CHROME = /索引号|发布机构|发文机关|发文字号|文\s*号[:：]|生成日期|成文日期|发布日期|发布时间|信息来源|来源[:：]|浏览|点击|阅读[:：\d]|字号|字体|分享|扫一扫|打印|关闭|当前位置|所在位置|首页|今天是|欢迎访问|公众号|^[•·▪|\-]/u;
/** A metadata table's cells, one to a line: a field's name ("访问次数:", "[ 体裁分类 ] 工作报告")
 * or a value without a word in it (an index number, a date). A Chinese title has Chinese words
 * and ends on its kind. */
const METADATA = /[:：]$|^[^\p{Script=Han}]*$|[[［【][^\]］】]{1,8}[\]］】]/u;
/** A numbered heading of the body ("一、", "（二）", "1.", "一是") is not the title. */
const BODY_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]|[一二三四五六七八九十]是)/u;
/** Sentences open this way; titles do not ("根据《…》要求，现将…报告如下"). */
const SENTENCE_START = /^(?:根据|现将|按照|为了?|依据|在[^>]{0,20}(?:领导|指导)下)/u;
/** A title broken over two lines ends its first line before the kind of document. */
const NAMED_END = /(报告|情况|总结|要点|计划|方案|规划)$/u;

/** The first line near the top that reads like a report's title (报告/情况/总结…), else the
 * first short line that is not a sentence: a news headline or a plan's name is a title too. */
export function findTitle(view: string): Title | null {
  const lines = headLines(view);
  // Web pages put chrome above the title ("今天是…", "您所在的位置：… > 工作报告"): a line with
  // a year is the better title.
  const isNamed = (l: { text: string }) => /报告|情况|总结|要点|计划|方案|规划/u.test(l.text);
  // Below a paragraph of text only a line naming a report with its year is the title (a covering
  // request stands above it); any other such line is a heading or a sentence of the body.
  const named = lines.find((l) => isNamed(l) && yearOf(l.text) !== null) ?? lines.find((l) => isNamed(l) && !l.belowText);
  const plain = lines.find((l) => !l.belowText && l.text.length <= MAX_PLAIN && !/[。;；:：,，]$/u.test(l.text));
  const line = named ?? plain;
  return line ? { ...line, year: yearOf(line.text) } : null;
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** A paragraph of text stands above it. */
  belowText?: boolean;
}

function headLines(view: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let previous: Line | null = null;
  let belowText = false;
  for (const line of view.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
    const text = line.trim();
    if (!text) continue;
    // A title has no sentence punctuation; a line that has runs into the body (web copies).
    const short = text.length <= MAX_TITLE && !/[。，,]/u.test(text);
    const candidate = short ? (isTitleLike(text) ? text : null) : leadingTitle(text);
    const at = candidate ? start + text.indexOf(candidate) : start;
    const current = candidate ? { start: at, end: at + candidate.length, text: candidate, belowText } : null;
    if (!short && !candidate) belowText = true;
    if (current && previous && out.at(-1) === previous && joinsInto(previous, current)) {
      out[out.length - 1] = { start: previous.start, end: current.end, text: previous.text + current.text, belowText: previous.belowText };
    } else if (current) {
      out.push(current);
    }
    previous = current;
    if (out.length >= HEAD_LINES) break;
  }
  return out;
}

function isTitleLike(text: string): boolean {
  return !text.includes('>') && !CHROME.test(text) && !BODY_HEADING.test(text) && !SENTENCE_START.test(text) && !METADATA.test(text);
}

/** "××州人民政府2024年度法治政府" + "建设情况报告": one title over two lines, the year in the
 * first; a line above a whole title ("新闻中心") does not join it. */
function joinsInto(first: Line, second: Line): boolean {
  const fits = first.text.length + second.text.length <= MAX_TITLE;
  return fits && !NAMED_END.test(first.text) && NAMED_END.test(second.text) && yearOf(second.text) === null;
}

/** In a one-line web copy the title is the stretch up to its first 报告/情况/总结, after any
 * breadcrumb of the site ("首页 > 政务公开 > …"). */
function leadingTitle(line: string): string | null {
  const crumbs = line.slice(0, MAX_TITLE).lastIndexOf('>');
  let rest = line.slice(crumbs + 1).trimStart();
  // The last crumb ("> 法治政府建设 关于…") is the site's section, not the title.
  if (crumbs >= 0) rest = rest.replace(/^\S{1,20}\s+/u, '');
  const m = /^.{4,70}?(情况的报告|情况报告|年度报告|工作报告|的报告|报告|工作总结|总结|工作情况)/u.exec(rest);
  return m && !/[,，。]/u.test(m[0]) && !SENTENCE_START.test(m[0]) ? m[0] : null;
}

export function yearOf(title: string): number | null {
  const date = findDates(title).find((d) => d.year >= 1990 && d.year <= 2100);
  return date?.year ?? null;
}
