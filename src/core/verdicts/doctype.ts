// Reviewers are sent the wrong file: a 政府信息公开工作年度报告, a plan, a 解读, a news item, a
// 述法报告… Such a document still gets its checklist, plus a finding saying what it looks like.
// The decision reads the title and the body's voice together, as a reviewer does: a report
// speaks of its own year's work ("现将我县2023年法治政府建设情况报告如下"), news speaks of
// something from outside ("记者", "日前"), a 解读 explains, a plan speaks of the future. The
// words for each voice are data in the rule file (`report.voice`, `other-documents[].voice`).
// Signals that need no word list — addressee, tense, scope, year, self-reference — are read in
// doctype-signals.ts. Each signal weighs for one side, and the finding names those that decided.

import { asPlanFrom, type Analysis } from '../structure/analysis.ts';
import type { Evidence, Finding } from '../report.ts';
import type { DocumentKind, RuleSet } from '../rules/types.ts';
import { addresseeSignals, listSignal, PREDECESSOR, scopeSignals, selfReferenceSignal, tenseSignals, type KindRef, type Signal, type Span } from './doctype-signals.ts';
import { compactOf, compileTerm, matchesOf, type Compact, type Term } from '../text/terms.ts';
import { evidenceOf } from './evidence.ts';
import { fold } from '../rules/compile.ts';

/** How often the body must name the subject to be about it when nothing else tells. */
const BODY_MENTIONS = 3;
/** The voice of a document shows in its opening; later pages quote other texts. */
const VOICE_REACH = 3000;
/** A title is strong evidence; each distinct phrase of a voice adds one, up to this many. */
const TITLE_WEIGHT = 3;
const MAX_VOICE = 3;
/** Signals a finding lists besides the one that led. */
const MAX_SHOWN = 4;
/** A report tells its year as the year of its sentences ("2023年，我县……", "……。2023年以来，……"). */
const OPENS_ON_YEAR = /(?:^|[。；;，,])[ \t]*(?:19|20)\d{2}年(?:度|以来)?[,，]/mu;
/** "现将……报告如下" names what the document reports on: the strongest sign of all. */
const SELF_NAMING = /现[将就对]([^。；;：:\n]{0,50}?)(?:报告|汇报|总结)(?:编制)?如下|作关于([^。；;\n]{2,40}?)的报告/u;
/** What a title says it is about, before the kind of document it ends on. */
const TITLE_HEAD = /^(.*?)(?:工作)?(?:情况)?(?:的)?(?:报告|总结|工作)(?:及[^。]{0,20}|[-—(（][^报总]*)?$/u;
/** A line that reads as a sentence, not a title: it refers back ("此报告是…", "该局…"), tells
 * what happened ("…听取了…的报告") or who issued the report it speaks of ("…发布的…年度报告"):
 * a document's own title never says who published it. */
const SENTENCE_LIKE = /^(?:此|该|这|其)|了|发布的/u;
/** The first line, when it is short and no sentence: a news item's headline. */
const HEADLINE = /^[ \t]*([^\n。，,；;：:]{4,40})[ \t]*$/mu;
/** A kind word inside a body's name: "规划和自然资源局", "新闻出版局". */
const UNIT_NAME = /^(?:和[\p{Script=Han}]{1,8}?)?(?:局|委员会|委|厅|院|所|办公室|中心)/u;
/** What a self-naming sentence says besides its subject: the year, the unit, filler words. */
const SELF_NAMING_FILLER = new RegExp(
  [
    '(?:19|20)\\d{2}年度?', '[〇零一二三四五六七八九]{4}年度?', '本年度|上一?年度?|年度|全年|一年来|今年',
    '[\\p{Script=Han}]{0,12}?(?:人民政府|政府|街道|办事处|委员会|办公室|[省市县区镇乡旗州局厅委办部所])(?=[\\p{Script=Han}\\d]{2})',
    // The parts of the report itself: "现将本年度工作情况、存在不足及下一步安排报告如下".
    '存在的?(?:不足|问题)|下一步(?:工作)?|下一年度|工作思路|思路|打算|安排|举措|成效|做法|简要|总结|汇报|暨',
    // 全 only as "whole" before a unit or in 全面: inside a word (安全生产, 健全) it is the topic's.
    '我|本|全面|全(?=[省市县区镇乡旗州])|有关|相关|主要|基本|具体|上述|以上|各项|工作|情况|开展|推进|的|和|及|与',
  ].join('|'),
  'gu',
);

export type DocumentType =
  | { report: true }
  | { report: false; kind: KindRef; why: string; evidence: Evidence[] };

/** A report on another topic, named in its own words ("现将全市行政执法工作情况报告如下"). */
const TOPIC_REPORT: KindRef = { id: 'topic-report', name: '专项工作报告', future: false };
/** A summary of all of a body's business ("××局2023年工作总结"), not of 法治政府建设. */
const WORK_SUMMARY: KindRef = { id: 'work-summary', name: '单位全面工作总结', future: false };
/** Nothing says report, nothing says anything else. */
const UNKNOWN: KindRef = { id: 'unknown', name: '其他文件', future: false };
const PREDECESSOR_ID = PREDECESSOR.id;
/** Group-B areas the opening must touch to be about 法治政府建设 as a whole, without naming it. */
const BREADTH = 4;

interface CompiledKinds {
  reportVoice: Term[];
  others: { kind: DocumentKind; title: Term[]; voice: Term[] }[];
  /** Each area of the year's work (group B) by its plain topic words. */
  areas: Term[][];
}

const compiledKinds = new WeakMap<RuleSet, CompiledKinds>();

function kindsOf(set: RuleSet): CompiledKinds {
  let k = compiledKinds.get(set);
  if (!k) {
    const compile = (terms: string[]) => terms.map((t) => compileTerm(t, fold));
    k = {
      reportVoice: compile(set.reportVoice),
      others: set.otherDocuments.map((d) => ({ kind: d, title: compile(d.title), voice: compile(d.voice) })),
      areas: set.rules.filter((r) => r.group === 'B').map((r) => compile(r.lookFor.filter((t) => !t.includes(' + ')))),
    };
    compiledKinds.set(set, k);
  }
  return k;
}

/** A line of the document: a title, or the headline under it. */
type Line = Span & { text: string };

/** What the signals of one document add up to, before the decision. */
interface Reading {
  signals: Signal[];
  /** A signal that settles it alone: a title of another kind, a topic of its own, the audience. */
  decisive: Signal | null;
  namesReport: boolean;
  /** The opening, folded for matching: where voice, breadth and kind words are heard. */
  opening: Compact;
  /** It says, in its own words, that it reports on 法治政府建设. */
  selfNamedSubject: boolean;
  ownVoice: number;
  done: boolean;
}

/** The decision, weighed: each side adds up what speaks for it. A title that marks another
 * kind, or a document naming another topic as what it reports on, settles it alone. */
export function documentType(set: RuleSet, a: Analysis): DocumentType {
  const kinds = kindsOf(set);
  const r = read(set, kinds, a);
  const { signals } = r;
  const era = signals.find((s) => s.side !== 'report' && s.side.id === PREDECESSOR_ID);
  if (era) return other(a, era, signals);
  if (r.decisive) return other(a, r.decisive, signals);
  const reportScore = signals.filter((s) => s.side === 'report').reduce((n, s) => n + s.weight, 0);
  const best = strongestOther(signals);
  if (best && best.score >= 2 && best.score > reportScore) return other(a, best.lead, signals);
  if (r.namesReport || r.selfNamedSubject) return { report: true };
  const about = set.reportAbout.reduce((n, s) => n + a.view.text.split(s).length - 1, 0);
  // Without a title that names it, a report speaks of 法治政府 in its own voice; a document
  // that only mentions it, in another voice, is that other document.
  const speaks = signals.some((s) => s.side === 'report' && s.weight >= 2) || r.ownVoice > 0;
  if (about > 0 && best && !speaks) return other(a, best.lead, signals);
  if (about > 0 && (speaks || about >= BODY_MENTIONS)) return { report: true };
  // Nor need it name 法治政府 at all: a body telling its year's work across the areas of the
  // 纲要 (学法, 普法, 执法, 复议…) is reporting on it.
  const areas = kinds.areas.filter((terms) => distinctHits(terms, r.opening).length).length;
  if (areas >= BREADTH && r.done && reportScore > 0 && !best) return { report: true };
  if (best) return other(a, best.lead, signals);
  return other(a, { side: UNKNOWN, weight: 0, says: `没有找到${set.reportName}的标题，正文也很少谈到${set.reportSubject[0]}`, at: titlesOf(a).title }, signals);
}

/** The document's own title, if it has one, and the lines that may name its kind. */
function titlesOf(a: Analysis): { title: Line | null; headlines: Line[] } {
  const found = a.title && !citedOnly(a.title.text) ? a.title : null;
  const title = ownTitle(a);
  return { title, headlines: title ? [title] : [found, firstLine(a.view.text)].filter((h) => h !== null) };
}

/** The title found, unless it only cites another document or reads as a sentence
 * ("……听取和审议了……的报告" tells of a report; the headline is then the first short line). */
export function ownTitle(a: Analysis): Analysis['title'] {
  const t = a.title;
  return t && !citedOnly(t.text) && !SENTENCE_LIKE.test(t.text) ? t : null;
}

function read(set: RuleSet, kinds: CompiledKinds, a: Analysis): Reading {
  const { title, headlines } = titlesOf(a);
  const opening = compactOf(a.view.text.slice(0, VOICE_REACH));
  const { signals, byTitle } = kindSignals(kinds, headlines, opening);
  let decisive = byTitle;

  const namesReport = title !== null && set.reportSubject.some((s) => title.text.includes(s)) && set.reportKinds.some((k) => title.text.includes(k));
  if (namesReport) signals.push({ side: 'report', weight: TITLE_WEIGHT, says: `标题“${title.text}”`, at: title });
  const selfNamed = selfNaming(a.view.text.slice(0, VOICE_REACH), set.reportAbout);
  const named = selfNamed ? selfNamedSignal(set, kinds, a, selfNamed, namesReport) : null;
  if (named) {
    signals.push(named);
    if (named.side !== 'report' && named.weight >= TITLE_WEIGHT) decisive ??= named;
  }
  const titleTopic = title && !namesReport && !decisive ? titleTopicSign(title, set) : null;
  if (titleTopic) signals.push(titleTopic);

  const voice = ownVoiceSignal(kinds, a, opening);
  if (voice.signal) signals.push(voice.signal);
  const planKind = kinds.others.find((o) => o.kind.future)?.kind ?? null;
  const congress = kinds.others.find((o) => distinctHits(o.voice, compactOf('各位代表')).length)?.kind ?? null;
  const addressee = addresseeSignals(a, congress);
  const tense = tenseSignals(a, VOICE_REACH, planKind);
  signals.push(...addressee, ...scopeSignals(a), ...tense.filter((s) => s.side !== 'report'));
  const list = listSignal(a, VOICE_REACH, planKind);
  if (list) signals.push(list);
  // The audience settles it: a statement to a people's congress in session is not the report.
  decisive ??= addressee.find((s) => s.side === congress) ?? null;
  const selfRef = selfReferenceSignal(a, (noun) => kindByNoun(kinds, noun) ?? planKind, VOICE_REACH);
  if (selfRef) signals.push(selfRef);
  return { signals, decisive, namesReport, opening, selfNamedSubject: named?.side === 'report', ownVoice: voice.count, done: tense.some((s) => s.side === 'report') };
}

/** The title words and the voice of each kind of look-alike. */
function kindSignals(kinds: CompiledKinds, headlines: Line[], opening: Compact): { signals: Signal[]; byTitle: Signal | null } {
  const signals: Signal[] = [];
  let byTitle: Signal | null = null;
  for (const { kind, title: titleTerms, voice } of kinds.others) {
    const headline = headlines.find((h) => titleHit(titleTerms, h.text));
    if (headline) {
      const s: Signal = { side: kind, weight: TITLE_WEIGHT, says: `标题中有“${titleHit(titleTerms, headline.text)}”`, at: headline };
      signals.push(s);
      byTitle ??= s;
    }
    const heard = distinctHits(voice, opening);
    if (heard.length) signals.push({ side: kind, weight: Math.min(heard.length, MAX_VOICE), says: `正文中有${heard.map((h) => `“${h.term}”`).join('、')}等说法`, at: heard[0].at });
  }
  return { signals, byTitle };
}

/** What the document says it reports on: 法治政府建设, or a topic of its own. */
function selfNamedSignal(set: RuleSet, kinds: CompiledKinds, a: Analysis, selfNamed: SelfNamed, namesReport: boolean): Signal {
  const topic = selfNamed.topic;
  if (topic === null) return { side: 'report', weight: TITLE_WEIGHT, says: '文中说明报告的是法治政府建设情况', at: selfNamed.at };
  const preamble = a.view.text.slice(0, selfNamed.at.end);
  const sign = topicSign(kinds, { ...selfNamed, topic }, set.reportSubject, set.reportAbout.some((s) => preamble.includes(s)));
  // Under a title that names the report, only a topic of its own (one area of the 纲要, or a
  // known kind) shows a one-topic report; anything else is a turn of phrase left over.
  const oneArea = kinds.areas.some((terms) => distinctHits(terms, compactOf(topic)).length);
  const leftOver = namesReport && !oneArea && sign.side === TOPIC_REPORT;
  return leftOver ? { ...sign, weight: Math.min(sign.weight, 2) } : sign;
}

/** The body telling its own year: its words for itself and its year ("我县", "一年来"). */
function ownVoiceSignal(kinds: CompiledKinds, a: Analysis, opening: Compact): { signal: Signal | null; count: number } {
  const heard = distinctHits(kinds.reportVoice, opening);
  const opensOnYear = OPENS_ON_YEAR.test(a.view.text.slice(0, VOICE_REACH));
  const count = heard.length + (opensOnYear ? 1 : 0);
  if (!count) return { signal: null, count };
  const words = [...heard.map((h) => `“${h.term}”`), ...(opensOnYear ? ['开头即讲本年度'] : [])].slice(0, 4).join('、');
  return { signal: { side: 'report', weight: Math.min(count, MAX_VOICE), says: `以本单位口吻讲本年度工作（${words}）`, at: heard[0]?.at ?? null }, count };
}

/** The look-alike with the most weight, led by its heaviest signal. */
function strongestOther(signals: Signal[]): { score: number; lead: Signal } | null {
  const byKind = new Map<string, { score: number; lead: Signal }>();
  for (const s of signals) {
    if (s.side === 'report') continue;
    const k = byKind.get(s.side.id) ?? { score: 0, lead: s };
    k.score += s.weight;
    if (s.weight > k.lead.weight) k.lead = s;
    byKind.set(s.side.id, k);
  }
  return [...byKind.values()].reduce<{ score: number; lead: Signal } | null>((b, k) => (k.score > (b?.score ?? 0) ? k : b), null);
}

/** The notice that covers an issued plan ("现印发给你们，请认真贯彻执行") states facts; the plan
 * after it does not. */
const COVERING_NOTICE = /现印发给你们|现予印发|请认真贯彻执行|请认真贯彻落实|请结合实际/u;

/** A title naming a summary and then the plan that follows it. */
const SUMMARY_THEN_PLAN = /总结[^。]{0,20}?(?:要点|计划|安排|打算|思路)/u;

/** A plan is read as what it is: from the end of its covering notice on, all of it planned. */
export function readAsItsKind(type: DocumentType, a: Analysis): Analysis {
  if (type.report || !type.kind.future) return a;
  // "××局2022年工作总结和2023年工作要点" tells the past year first; its plan is a part of its
  // own, found by its heading as in a report.
  if (a.title && SUMMARY_THEN_PLAN.test(a.title.text)) return a;
  const notice = a.sentences.find((s) => s.start < VOICE_REACH && COVERING_NOTICE.test(s.text));
  return asPlanFrom(a, notice ? notice.end : 0);
}

export function documentTypeFinding(type: DocumentType, set: Pick<RuleSet, 'reportName' | 'notReportCode'>): Finding | null {
  if (type.report) return null;
  return {
    kind: 'document-type',
    code: set.notReportCode,
    severity: 'error',
    message:
      type.kind.id === UNKNOWN.id
        ? `${type.why}：这可能不是一份${set.reportName}。`
        : `这份文件看起来是“${type.kind.name}”，不是${set.reportName}（${type.why}）。请确认是否选错了文件。`,
    evidence: type.evidence,
  };
}

/** A document that names another topic as its own: a kind we know ("现将我局2022年度政府信息
 * 公开工作年度报告编制如下"), else a report on that topic. */
function topicSign(kinds: CompiledKinds, self: { sentence: string; topic: string; at: Span }, broader: string[], subjectBefore: boolean): Signal {
  const named = compactOf(self.sentence);
  const known = kinds.others.find((o) => distinctHits(o.title, named).length);
  // 法治建设 of a town that has just spoken of its 法治政府建设 is that; of one that has not, it
  // is the broader 依法治X summary.
  const weight = !known && broader.some((b) => self.topic.includes(b)) && subjectBefore ? 1 : TITLE_WEIGHT + 1;
  return { side: known?.kind ?? TOPIC_REPORT, weight, says: `文中自称是关于“${self.topic}”的报告`, at: self.at };
}

/** A title that names a report or summary of something else: one topic ("关于全市行政复议工作
 * 情况的报告"), or all of a body's business ("××局2023年工作总结"). */
function titleTopicSign(title: Line, set: RuleSet): Signal | null {
  const m = TITLE_HEAD.exec(title.text);
  // The subject is looked for before the filler goes: the filler takes "××法治政府" for a body's
  // name ending in 政府 and would leave "建设" as the topic.
  if (!m || set.reportSubject.some((s) => m[1].includes(s))) return null;
  const topic = m[1].replace(SELF_NAMING_FILLER, '').replace(/[\s\p{P}\p{S}\d]/gu, '');
  const kind = topic.length >= 2 ? TOPIC_REPORT : WORK_SUMMARY;
  // The title says what the document covers; a bureau's summary of all its work speaks in the
  // same voice as a report ("我局", "一年来"), so that voice alone must not outweigh it.
  return { side: kind, weight: TITLE_WEIGHT + 1, says: topic.length >= 2 ? `标题讲的是“${topic}”` : `标题“${title.text}”是单位的全面工作总结`, at: title };
}

function firstLine(text: string): Line | null {
  const m = HEADLINE.exec(text.slice(0, 200));
  return m ? { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length, text: m[1] } : null;
}

/** The kind a document calls itself by ("本方案", "本指引"). */
function kindByNoun(kinds: CompiledKinds, noun: string): KindRef | null {
  return kinds.others.find((o) => o.kind.title.some((t) => t.endsWith(noun) || noun.endsWith(t)))?.kind ?? null;
}

/** A kind word of the title, unless it is part of a body's name ("规划和自然资源局"). */
function titleHit(terms: Term[], title: string): string | undefined {
  const c = compactOf(title);
  for (const t of terms) {
    for (const m of matchesOf(t, c)) {
      if (!UNIT_NAME.test(title.slice(m.end))) return t.source;
    }
  }
  return undefined;
}

function other(a: Analysis, lead: Signal, signals: Signal[]): DocumentType {
  const kind = lead.side === 'report' ? UNKNOWN : lead.side;
  // Its own kind's signals first, then whatever else pointed away from a report.
  const away = signals.filter((s) => s.side !== 'report' && s !== lead);
  const same = [...away.filter((s) => s.side !== 'report' && s.side.id === kind.id), ...away.filter((s) => s.side !== 'report' && s.side.id !== kind.id)].slice(0, MAX_SHOWN);
  const against = signals.filter((s) => s.side === 'report');
  const why = [lead, ...same].map((s) => s.says).join('；') + (against.length ? `；像年度报告的只有：${against.map((s) => s.says).join('；')}` : '');
  return { report: false, kind, why, evidence: lead.at ? [evidenceOf(a, lead.at.start, lead.at.end)] : [] };
}

/** A title that only cites the report ("《…关于2024年法治政府建设情况的报告》解读") is another
 * document's title. */
export function citedOnly(title: string): boolean {
  const close = title.lastIndexOf('》');
  return close >= 0 && title.slice(close + 1).replace(/[\s\p{P}]/gu, '').length > 0 && /《[^》]*报告/u.test(title);
}

function distinctHits(terms: Term[], c: Compact): { term: string; at: { start: number; end: number } }[] {
  const out: { term: string; at: { start: number; end: number } }[] = [];
  for (const t of terms) {
    const m = matchesOf(t, c)[0];
    if (m) out.push({ term: t.source, at: m });
  }
  return out;
}

/** The sentence in which a document names what it reports on, and whether that is the
 * report's subject or another topic. */
interface SelfNamed {
  sentence: string;
  topic: string | null;
  at: Span;
}

function selfNaming(text: string, subject: string[]): SelfNamed | null {
  const m = SELF_NAMING.exec(text);
  if (!m) return null;
  const named = m[1] ?? m[2];
  const at = { start: m.index, end: m.index + m[0].length };
  if (subject.some((s) => named.includes(s))) return { sentence: m[0], topic: null, at };
  const topic = named.replace(SELF_NAMING_FILLER, '').replace(/[\s\p{P}\d]/gu, '');
  return topic.length >= 2 ? { sentence: m[0], topic, at } : null;
}
