// The general signals a reviewer reads to tell the annual report from a look-alike
// (CONCEPTS.md §1): who speaks and to whom, whether it tells what was done or what is to be
// done, what it covers (the whole of 法治政府建设 or one topic; one year, half a year, five
// years), and when. Each signal is a weight for one side; doctype.ts weighs them.

import type { Analysis } from '../structure/analysis.ts';
import type { DocumentKind } from '../rules/types.ts';

export type KindRef = Pick<DocumentKind, 'id' | 'name' | 'future'>;
export type Span = { start: number; end: number };

export interface Signal {
  /** `report`, or the look-alike it points to. */
  side: 'report' | KindRef;
  weight: number;
  /** What the reviewer would say: "开头称呼“各位代表”". */
  says: string;
  at: Span | null;
}

/** The annual report began with the 2015—2020 纲要 (end of 2015), which asked for it every
 * first quarter; a report on an earlier year is its predecessor, the 依法行政 report of
 * 国发〔2004〕10号 and 国发〔2010〕33号. */
export const FIRST_REPORTED_YEAR = 2015;
/** An opening that names an early year and a later one ("2012年以来……2023年") is not about the early one. */
const LATER_YEAR = /20(?:1[6-9]|[2-9]\d)年/u;
export const PREDECESSOR: KindRef = { id: 'predecessor', name: '依法行政工作报告（年度报告制度建立以前）', future: false };
export const PART_YEAR: KindRef = { id: 'part-year', name: '半年或季度工作总结', future: false };
export const ISSUED_DOWN: KindRef = { id: 'issued-down', name: '下发的文件或通知', future: true };

/** The lines before the body where a document names whom it is for ("县委、县政府："). */
const ADDRESSEE_REACH = 400;
const ADDRESSEE = /^[ \t]*([^\n。；;]{2,60}?)[：:][ \t]*$/gmu;
/** Each name in an addressee line is a body, its offices, or the members of a congress. */
const ADDRESSED_NAME = /(?:委|委员会|政府|局|厅|办|办公室|部门|单位|机关|处室|常委会|街道|镇|乡|领导|代表|委员|主任|秘书长)$/u;
/** A web page's or a file's metadata field ("发布机构：", "责任部门：") names no addressee. */
const FIELD = /^(?:发布|责任|主管|来源|发文|生成|所属|公开|索引|信息|主题|体裁)/u;
/** The deputies of a people's congress in session. */
const TO_SESSION = /代表$/u;
/** The members of a standing committee: the whole year or one topic may be before them. */
const TO_COMMITTEE = /主任$|委员$|秘书长$/u;

export function addresseeSignals(a: Analysis, congressKind: KindRef | null): Signal[] {
  const head = a.view.text.slice(0, ADDRESSEE_REACH);
  for (const m of head.matchAll(ADDRESSEE)) {
    const who = m[1].trim();
    const names = who.replace(/^尊敬的/u, '').split(/[、，,]/u).map((n) => n.trim()).filter(Boolean);
    if (FIELD.test(who) || !names.every((n) => ADDRESSED_NAME.test(n))) continue;
    const start = m.index + m[0].indexOf(who);
    const at = { start, end: start + who.length };
    if (names.some((n) => TO_SESSION.test(n))) return congressKind ? [{ side: congressKind, weight: 3, says: `开头称呼“${who}”，是向人民代表大会作的报告`, at }] : [];
    if (names.some((n) => TO_COMMITTEE.test(n))) return [];
    if (names.some((n) => n.startsWith('各'))) return [{ side: ISSUED_DOWN, weight: 2, says: `发给“${who}”，是向下级发的文件`, at }];
    return [{ side: 'report', weight: 2, says: `报送“${who}”`, at }];
  }
  return [];
}

/** The year a text covers: its first half only ("2022年上半年，"), or the whole year. */
const PART_OF_YEAR = /(?:19|20)\d{2}年(?:上半年|一季度|第一季度|前三季度|1-6月|1—6月)/u;

export function scopeSignals(a: Analysis): Signal[] {
  const out: Signal[] = [];
  const inTitle = a.title ? PART_OF_YEAR.exec(a.title.text) ?? /上半年|半年工作|半年总结/u.exec(a.title.text) : null;
  const opening = PART_OF_YEAR.exec(a.view.text.slice(0, 200));
  const hit = inTitle ? { m: inTitle, base: a.title!.start } : opening ? { m: opening, base: 0 } : null;
  if (hit) {
    const at = { start: hit.base + hit.m.index, end: hit.base + hit.m.index + hit.m[0].length };
    out.push({ side: PART_YEAR, weight: 4, says: `只讲“${hit.m[0]}”，不是一个年度`, at });
  }
  if (a.year !== null && a.year < FIRST_REPORTED_YEAR && (a.title?.year === a.year || !LATER_YEAR.test(a.view.text.slice(0, 400)))) {
    out.push({ side: PREDECESSOR, weight: 5, says: `讲的是${a.year}年，早于《法治政府建设实施纲要（2015—2020年）》建立的年度报告制度`, at: a.title ?? null });
  }
  return out;
}

/** "制定本方案", "制定本指引": a document that names itself as a plan or a rule. */
const SELF_REFERENCE = /制定本([\p{Script=Han}]{1,6}?)(?:[。，,；;]|$)/mu;

export function selfReferenceSignal(a: Analysis, kindOf: (noun: string) => KindRef | null, reach: number): Signal | null {
  const m = SELF_REFERENCE.exec(a.view.text.slice(0, reach));
  if (!m) return null;
  const kind = kindOf(m[1]);
  if (!kind) return null;
  return { side: kind, weight: 4, says: `自称“本${m[1]}”`, at: { start: m.index, end: m.index + m[0].length } };
}

/** Telling what is to be done: requirements and targets, addressed to others. */
const TO_DO = /(?:^|[，,；;：:])(?:各[^，,。]{0,12})?(?:要|应当|应|必须|须)(?![求点])|确保|力争|到20\d{2}年|20\d{2}年(?:底|年底)前/u;
/** How many sentences it takes before their balance says something. */
const TENSE_MIN = 4;

function doneSentences(a: Analysis, reach: number) {
  return a.sentences.filter((s) => s.start < reach && s.facts.some((f) => f.kind === 'count' || f.kind === 'rate' || f.kind === 'date') && !TO_DO.test(s.text));
}

/** A report tells what was done, with counts and dates; a plan or a guideline what is to be done. */
export function tenseSignals(a: Analysis, reach: number, planKind: KindRef | null): Signal[] {
  const opening = a.sentences.filter((s) => s.start < reach);
  const done = doneSentences(a, reach);
  const toDo = opening.filter((s) => TO_DO.test(s.text));
  if (done.length >= 2 && done.length > toDo.length) {
    return [{ side: 'report', weight: 1, says: `${done.length}句讲已做的事（有数字、日期）`, at: done[0] }];
  }
  if (planKind && toDo.length >= TENSE_MIN && toDo.length >= 2 * (done.length + 1)) {
    return [{ side: planKind, weight: 2, says: `${toDo.length}句讲要做的事（要、应当、确保、力争），${done.length}句讲已做的事`, at: toDo[0] }];
  }
  return [];
}

/** A report numbers its items within each part (1. 2. 3.); measures numbered into the dozens
 * are the articles of a plan, an opinion or a task list (the 2015 纲要 has forty). */
const LONG_LIST = 30;
const ITEM_NUMBER = /^\d{1,2}/u;

/** Items numbered into the dozens, none of them telling what was done: a list of measures. */
export function listSignal(a: Analysis, reach: number, planKind: KindRef | null): Signal | null {
  if (!planKind) return null;
  const item = a.structure.headings.find((h) => h.start < reach && Number(ITEM_NUMBER.exec(h.text)?.[0] ?? 0) >= LONG_LIST);
  if (!item || doneSentences(a, reach).length) return null;
  return { side: planKind, weight: 2, says: `条目编号到“${ITEM_NUMBER.exec(item.text)![0]}”，没有一句讲已做的事：是分条列出的措施`, at: item };
}
