// The report's parts, recognised by meaning: a heading that names a part, or, where a report
// has no such heading, the sentence that turns from achievements to problems ("取得了一定成绩，
// 但…") or from problems to plans ("2024年，我镇将…"). Thematic headings ("一、依法全面履行
// 政府职能") belong to the measures part.

import type { DocumentText } from '../document.ts';
import type { MatchView } from '../text/normalize.ts';
import { findHeadingMarks, type HeadingMark } from './headings.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { yearOf } from './title.ts';

/** The parts of an annual report that the 督察工作规定 asks for, plus the opening before them. */
export type PartKind = 'opening' | 'measures' | 'responsibility' | 'shortcomings' | 'plan';

export interface Heading {
  /** The heading as the user sees it (original characters). */
  title: string;
  /** Offsets into DocumentText.text. */
  start: number;
  end: number;
  level: number;
  page: number | null;
}

/** A stretch of the report belonging to one part; offsets into the matching view. */
export interface PartSpan {
  part: PartKind;
  start: number;
  end: number;
  /** The heading or sentence that opened the part, if any. */
  openedBy: HeadingMark | Sentence | null;
}

export interface Structure {
  headings: HeadingMark[];
  parts: PartSpan[];
  sentences: Sentence[];
}

const PART_TITLES: { part: PartKind; re: RegExp }[] = [
  { part: 'responsibility', re: /第一责任人|主要负责人|党政主要|主要领导[^。]{0,10}(履行|职责|推进)/u },
  { part: 'shortcomings', re: /存在的?(主要)?(问题|不足|困难|短板)|(问题|不足|差距)(和|与|及)(原因|差距|不足)|困难和问题|短板和?不足|不足之处|存在问题|存在不足/u },
  { part: 'plan', re: /下一|下步|明年|今后|打算|工作安排|主要安排|工作思路|思路|工作计划|展望|目标任务/u },
  { part: 'measures', re: /举措|成效|做法|成绩|工作情况|开展情况|主要工作|进展|完成情况|基本情况/u },
  // An appendix (附件、附表) carries the year's figures, after the plan.
  { part: 'measures', re: /^附[件表]/u },
];

/** Sentences that open the shortcomings part when no heading does. */
const TURN_TO_SHORTCOMINGS = [
  /(取得|做了)[^。]{0,24}(成绩|成效|进展|工作)[^。]{0,16}(但|然而)/u,
  /^(但|然而|同时)?[^。]{0,30}(还|仍|依然|也)(存在|有)[^。]{0,20}(不足|问题|差距|短板|薄弱)/u,
  /(主要|具体)表现(在|为)/u,
];
/** A paragraph on the leaders' duties after the problems, in a report without part headings. */
const TURN_TO_RESPONSIBILITY = /(主要负责人|主要负责同志|主要领导|书记|主任|县长|区长|市长|镇长|乡长|局长)[^。]{0,30}履行[^。]{0,12}第一责任人/u;
/** Sentences that open the plan part when no heading does. */
const TURN_TO_PLAN = /^(下一步|下一阶段|下步|今后|明年|新的一年|\d{4}年|[〇○零一二三四五六七八九]{4}年)[^。]{0,30}(将|要|继续|持续|着力|重点|计划|拟)/u;
const NOT_A_TURN = /整改|排查|发现|解决|督促|查找|梳理|化解/u;
/** Parts where problems and plans are not looked for: they rarely come in the first part. */
const EARLIEST_TURN = 0.3;
/** An opening longer than this share of the report is the report itself, without headings. */
const LONGEST_OPENING = 0.25;
const MIN_OPENING = 60;

export function classifyHeading(title: string): PartKind | null {
  return PART_TITLES.find((p) => p.re.test(title))?.part ?? null;
}

export function analyseStructure(view: string, reportYear: number | null): Structure {
  const headings = findHeadingMarks(view);
  const sentences = splitAtHeadings(splitSentences(view), headings);
  const classified = headings.filter((h) => classifyHeading(h.text) !== null);
  const top = Math.min(...(classified.length ? classified : headings).map((h) => h.level), 1);

  const parts: PartSpan[] = [];
  let current: PartSpan = { part: 'opening', start: 0, end: view.length, openedBy: null };
  const open = (part: PartKind, at: number, by: HeadingMark | Sentence) => {
    if (part === current.part) return;
    current.end = at;
    if (current.end > current.start) parts.push(current);
    current = { part, start: at, end: view.length, openedBy: by };
  };

  let h = 0;
  for (const s of sentences) {
    while (h < headings.length && headings[h].start <= s.start) {
      const mark = headings[h++];
      const named = classifyHeading(mark.text);
      if (mark.level <= top) open(named ?? afterThematic(current.part), mark.start, mark);
      else if (named && named !== 'measures') open(named, mark.start, mark);
    }
    const paragraphStart = s.start === 0 || view[s.start - 1] === '\n';
    const turn = s.start >= view.length * EARLIEST_TURN ? turnOf(s.text, current.part, reportYear, paragraphStart) : null;
    if (turn) open(turn, s.start, s);
  }
  parts.push(current);
  return { headings, parts: splitLongOpening(view, parts), sentences };
}

/** A report without part headings would otherwise be all "opening": its opening is then the
 * sentences up to "现将…报告如下", or its first paragraph, or first sentence, and what follows
 * is its measures. A text of one sentence is an excerpt of a report's body, not an opening. */
function splitLongOpening(view: string, parts: PartSpan[]): PartSpan[] {
  const first = parts[0];
  if (first.part !== 'opening' || first.end - first.start <= view.length * LONGEST_OPENING) return parts;
  const text = view.slice(first.start, first.end);
  const asHere = /如下[:：。]?/u.exec(text);
  const paragraph = text.indexOf('\n', Math.min(text.length, MIN_OPENING));
  const sentence = text.search(/[。！？!?]/u);
  const cut = first.start + (asHere ? asHere.index + asHere[0].length : paragraph > 0 ? paragraph : sentence + 1);
  const measures: PartSpan = { part: 'measures', start: first.start, end: first.end, openedBy: null };
  if (sentence < 0 || cut >= first.end) return [measures, ...parts.slice(1)];
  return [{ ...first, end: cut }, { ...measures, start: cut }, ...parts.slice(1)];
}

/** An inline heading ("……加快数字政府建设。(十)强化…") starts a new sentence even where no full
 * stop precedes it, so that facts under one heading are not read as another's. */
function splitAtHeadings(sentences: Sentence[], headings: HeadingMark[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (const h of headings) {
      if (h.start <= start || h.start >= s.end) continue;
      const text = s.text.slice(start - s.start, h.start - s.start).trimEnd();
      if (text) out.push({ start, end: start + text.length, text });
      start = h.start;
    }
    out.push({ start, end: s.end, text: s.text.slice(start - s.start) });
  }
  return out;
}

/** An unnamed top-level heading continues the report's flow: themes, then plans after problems. */
function afterThematic(part: PartKind): PartKind {
  return part === 'shortcomings' || part === 'plan' ? 'plan' : 'measures';
}

function turnOf(sentence: string, part: PartKind, reportYear: number | null, paragraphStart: boolean): PartKind | null {
  if (part === 'shortcomings' && paragraphStart && TURN_TO_RESPONSIBILITY.test(sentence)) return 'responsibility';
  if (part === 'opening' || part === 'measures' || part === 'responsibility') {
    if (!NOT_A_TURN.test(sentence) && TURN_TO_SHORTCOMINGS.some((re) => re.test(sentence))) return 'shortcomings';
  }
  if (part !== 'plan' && part !== 'opening') {
    const m = TURN_TO_PLAN.exec(sentence);
    const year = m ? yearOf(m[1]) : null;
    if (m && (year === null || reportYear === null || year === reportYear + 1)) return 'plan';
  }
  return null;
}

export function partAt(parts: PartSpan[], offset: number): PartKind {
  return parts.find((p) => offset >= p.start && offset < p.end)?.part ?? parts[parts.length - 1].part;
}

/** The nearest heading before an offset (view offsets). */
export function headingBefore(headings: HeadingMark[], offset: number): HeadingMark | null {
  // Binary search: the headings are in document order, and the rules ask this for every sentence.
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (headings[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : headings[lo - 1];
}

/** The outline for the app: headings in the user's own characters and offsets. */
export function toHeadings(doc: DocumentText, view: MatchView, marks: HeadingMark[]): Heading[] {
  return marks.map((m) => {
    const start = view.toOriginal(m.start);
    const end = view.toOriginalEnd(m.end);
    return { title: doc.text.slice(start, end), start, end, level: m.level, page: pageAt(doc, start) };
  });
}

export function pageAt(doc: DocumentText, offset: number): number | null {
  const para = doc.paragraphs.find((p) => offset <= p.end) ?? doc.paragraphs[doc.paragraphs.length - 1];
  return para?.page ?? null;
}
