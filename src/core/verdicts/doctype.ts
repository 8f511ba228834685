// Reviewers are sent the wrong file: a 政府信息公开工作年度报告, a plan, a 解读, a news item, a
// 述法报告… Such a document still gets its checklist, plus a finding saying what it looks like.
// The decision reads the title and the body's voice together, as a reviewer does: a report
// speaks of its own year's work ("现将我县2023年法治政府建设情况报告如下"), news speaks of
// something from outside ("记者", "日前"), a 解读 explains, a plan speaks of the future. The
// words for each voice are data in the rule file (`report.voice`, `other-documents[].voice`).

import { asPlanFrom, type Analysis } from '../structure/analysis.ts';
import type { Evidence, Finding } from '../report.ts';
import type { DocumentKind, RuleSet } from '../rules/types.ts';
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
/** A report opens on the year it covers ("2023年，我县……", "2023年以来，……"). */
const OPENS_ON_YEAR = /^[ \t]*(?:19|20)\d{2}年(?:度|以来)?[,，]/mu;
/** "现将……报告如下" names what the document reports on: the strongest sign of all. */
const SELF_NAMING = /现将([^。；;：:\n]{0,50}?)(?:报告|汇报|总结)(?:编制)?如下|作关于([^。；;\n]{2,40}?)的报告/u;
/** What a self-naming sentence says besides its subject: the year, the unit, filler words. */
const SELF_NAMING_FILLER = new RegExp(
  [
    '(?:19|20)\\d{2}年度?', '[〇零一二三四五六七八九]{4}年度?', '本年度|上一?年度?|年度|全年|一年来|今年',
    '[\\p{Script=Han}]{0,12}?(?:人民政府|政府|街道|办事处|委员会|办公室|[省市县区镇乡旗州局厅委办部所])(?=[\\p{Script=Han}]{2})',
    '我|本|全|有关|相关|主要|基本|具体|上述|以上|各项|工作|情况|开展|推进|的|和|及|与',
  ].join('|'),
  'gu',
);

export type DocumentType =
  | { report: true }
  | { report: false; kind: Pick<DocumentKind, 'id' | 'name' | 'future'>; why: string; evidence: Evidence[] };

interface Sign {
  kind: Pick<DocumentKind, 'id' | 'name' | 'future'>;
  score: number;
  why: string;
  at: { start: number; end: number } | null;
}

/** A report on another topic, named in its own words ("现将全市行政执法工作情况报告如下"). */
const TOPIC_REPORT = { id: 'topic-report', name: '专项工作报告', future: false };
/** Nothing says report, nothing says anything else. */
const UNKNOWN = { id: 'unknown', name: '其他文件', future: false };

interface CompiledKinds {
  reportVoice: Term[];
  others: { kind: DocumentKind; title: Term[]; voice: Term[] }[];
}

const compiledKinds = new WeakMap<RuleSet, CompiledKinds>();

function kindsOf(set: RuleSet): CompiledKinds {
  let k = compiledKinds.get(set);
  if (!k) {
    const compile = (terms: string[]) => terms.map((t) => compileTerm(t, fold));
    k = { reportVoice: compile(set.reportVoice), others: set.otherDocuments.map((d) => ({ kind: d, title: compile(d.title), voice: compile(d.voice) })) };
    compiledKinds.set(set, k);
  }
  return k;
}

export function documentType(set: RuleSet, a: Analysis): DocumentType {
  const kinds = kindsOf(set);
  const title = a.title && !citedOnly(a.title.text) ? a.title : null;
  const titleText = title ? compactOf(title.text) : null;
  const opening = compactOf(a.view.text.slice(0, VOICE_REACH));
  const signs: Sign[] = kinds.others.map(({ kind, title: titleTerms, voice }) => {
    const inTitle = titleText ? distinctHits(titleTerms, titleText)[0] : undefined;
    const heard = distinctHits(voice, opening);
    const score = (inTitle ? TITLE_WEIGHT : 0) + Math.min(heard.length, MAX_VOICE);
    const why = inTitle ? `标题中有“${inTitle.term}”` : `正文中有${heard.map((h) => `“${h.term}”`).join('、')}等说法`;
    return { kind, score, why, at: inTitle ? title : heard[0]?.at ?? null };
  });

  const selfNamed = selfNaming(a.view.text.slice(0, VOICE_REACH), set.reportAbout);
  const namedTopic = selfNamed?.topic ? topicSign(kinds, selfNamed.sentence, selfNamed.topic, selfNamed.at) : null;
  if (namedTopic) signs.push(namedTopic);

  const namesReport = title !== null && set.reportSubject.some((s) => title.text.includes(s)) && set.reportKinds.some((k) => title.text.includes(k));
  const ownVoice = distinctHits(kinds.reportVoice, opening).length + (OPENS_ON_YEAR.test(a.view.text.slice(0, VOICE_REACH)) ? 1 : 0);
  const reportScore = (namesReport ? TITLE_WEIGHT : 0) + (selfNamed && !selfNamed.topic ? TITLE_WEIGHT : 0) + Math.min(ownVoice, MAX_VOICE);

  // Its title, or what it says it reports on in its own words, outweighs any voice.
  const decisive = signs.find((s) => title && s.at === title) ?? (namesReport ? null : namedTopic);
  const best = decisive ?? signs.reduce<Sign | null>((b, s) => (s.score > (b?.score ?? 0) ? s : b), null);
  if (best && (decisive || (best.score >= 2 && best.score > reportScore))) return other(a, best);
  if (namesReport || (selfNamed && !selfNamed.topic)) return { report: true };
  const about = set.reportAbout.reduce((n, s) => n + a.view.text.split(s).length - 1, 0);
  // Without a title that names it, a report speaks of 法治政府 in its own voice; a document
  // that only mentions it, in another voice, is that other document.
  if (about > 0 && best && !ownVoice) return other(a, best);
  if (about > 0 && (ownVoice > 0 || about >= BODY_MENTIONS)) return { report: true };
  return other(a, best ?? { kind: UNKNOWN, score: 0, why: '没有找到法治政府建设年度报告的标题，正文也很少谈到法治政府建设', at: title });
}

/** The notice that covers an issued plan ("现印发给你们，请认真贯彻执行") states facts; the plan
 * after it does not. */
const COVERING_NOTICE = /现印发给你们|现予印发|请认真贯彻执行|请认真贯彻落实|请结合实际/u;

/** A plan is read as what it is: from the end of its covering notice on, all of it planned. */
export function readAsItsKind(type: DocumentType, a: Analysis): Analysis {
  if (type.report || !type.kind.future) return a;
  const notice = a.sentences.find((s) => s.start < VOICE_REACH && COVERING_NOTICE.test(s.text));
  return asPlanFrom(a, notice ? notice.end : 0);
}

export function documentTypeFinding(type: DocumentType): Finding | null {
  if (type.report) return null;
  return {
    kind: 'document-type',
    code: 'not-an-annual-report',
    severity: 'error',
    message:
      type.kind.id === UNKNOWN.id
        ? `${type.why}：这可能不是一份法治政府建设年度报告。`
        : `这份文件看起来是“${type.kind.name}”，不是法治政府建设年度报告（${type.why}）。请确认是否选错了文件。`,
    evidence: type.evidence,
  };
}

/** A document that names another topic as its own: a kind we know ("现将我局2022年度政府信息
 * 公开工作年度报告编制如下"), else a report on that topic. */
function topicSign(kinds: CompiledKinds, sentence: string, topic: string, at: { start: number; end: number }): Sign {
  const named = compactOf(sentence);
  const known = kinds.others.find((o) => distinctHits(o.title, named).length);
  return { kind: known?.kind ?? TOPIC_REPORT, score: TITLE_WEIGHT, why: `文中自称是关于“${topic}”的报告`, at };
}

function other(a: Analysis, sign: Sign): DocumentType {
  return { report: false, kind: sign.kind, why: sign.why, evidence: sign.at ? [evidenceOf(a, sign.at.start, sign.at.end)] : [] };
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
function selfNaming(text: string, subject: string[]): { sentence: string; topic: string | null; at: { start: number; end: number } } | null {
  const m = SELF_NAMING.exec(text);
  if (!m) return null;
  const named = m[1] ?? m[2];
  const at = { start: m.index, end: m.index + m[0].length };
  if (subject.some((s) => named.includes(s))) return { sentence: m[0], topic: null, at };
  const topic = named.replace(SELF_NAMING_FILLER, '').replace(/[\s\p{P}\d]/gu, '');
  return topic.length >= 2 ? { sentence: m[0], topic, at } : null;
}
