// The check for the year's work (group B, and first-responsibility): find the sentences that
// speak of the indicator, then ask whether any of them, in an achievement part, states a
// concrete fact. Mentions only in the shortcomings or plan part, or only as a set phrase, make
// the indicator weak: a plan is not an achievement and a slogan is not a fact.

import { isAchievement, type Analysis, type AnalysedSentence } from '../../structure/analysis.ts';
import { evidenceOf } from '../evidence.ts';
import { prove, type ProofResult } from '../../rules/proof.ts';
import { insideCited, type FactKind } from '../../text/facts.ts';
import { fuzzyHits } from '../fuzzy.ts';
import { compactOf, matchAny, matchesOf, matchTerm, type Compact, type Term, type TermMatch } from '../../text/terms.ts';
import type { CompiledRule } from '../../rules/compile.ts';
import { headingBefore, type PartKind } from '../../structure/sections.ts';
import type { HeadingMark } from '../../structure/headings.ts';
import { MAX_EVIDENCE, type Judgement } from './judgement.ts';

interface Span {
  start: number;
  end: number;
}

interface Mention {
  sentence: AnalysedSentence;
  match: TermMatch;
  /** Only a set phrase of the rule's `formula`. */
  formulaOnly: boolean;
  proof: ProofResult | null;
  /** Where the proof stands: the sentence itself, or one after a lead sentence. */
  proofIn: AnalysedSentence;
}

/** A short headline-like sentence without commas ("持续优化营商环境。") leads the facts after
 * it. Paragraph breaks cannot tell: web copies arrive as one line. */
const LEAD_LENGTH = 25;
const LEAD_REACH = 3;
/** "八五普法规划实施以来，……": a set phrase that only dates what follows is no work of its own. */
const CLAUSES = /[，,；;。]/u;
const TIME_ANCHOR = /^[^，,。；;]{0,6}?(?:以来|期间|之际)/u;
// Shared empties: most rules find nothing in most sentences, and this runs for every pair.
const NO_MATCHES: TermMatch[] = [];
const NOTHING_OTHER: { spans: Span[]; again: Span[] } = { spans: [], again: [] };

const PROOF_WORDS: Record<ProofResult['kind'], string> = {
  count: '有具体件数',
  rate: '有具体比率',
  amount: '有具体数额',
  date: '有具体日期',
  zero: '写明了数量为零',
  document: '有具名文件',
  'law-study': '写明了学习的具体法律',
  event: '有具体的会议或活动',
  actor: '写明了谁具体做了什么',
  system: '有建立的具体制度、清单或机构',
  term: '有具体做法',
  mention: '已写明',
};

export function findMentions(rule: CompiledRule, a: Analysis, all: CompiledRule[]): Mention[] {
  const out: Mention[] = [];
  const fuzzy = fuzzyMatches(rule, a);
  const headingContext = rule.context.filter((t) => t.source !== HEADING_MANNER);
  a.sentences.forEach((s, i) => {
    const others = rule.except.length ? rule.except.flatMap((t) => matchesOf(t, s.compact)) : NO_MATCHES;
    const excepted = others.length > 0;
    const { spans: otherThing, again } = excepted ? otherThingSpans(rule, s, others) : NOTHING_OTHER;
    const within = (at: number) => otherThing.some((r) => at >= r.start && at < r.end);
    const proofIn = otherThing.length ? { ...s, numbers: s.numbers.filter((n) => !within(n.start)), facts: s.facts.filter((f) => !within(f.start)) } : s;
    // In the indicator's own part (e.g. the 第一责任人 part) its heading already names the topic.
    const ownPart = !excepted && rule.rule.part !== null && s.part === rule.rule.part;
    if (rule.context.length && !ownPart && !matchAny(rule.context, s.compact) && !headingGivesContext(headingContext, a, s)) return;
    const kept = (m: TermMatch) => !excepted || (!inExceptedClause(others, s, m) && !within(m.start));
    const found = uncitedMatches(rule.lookFor, s);
    const fuzzyHere = fuzzy.get(i);
    const hits = excepted || fuzzyHere ? [...found, ...again.flatMap((c) => clauseMatches(rule.lookFor, s, c)), ...(fuzzyHere ?? [])].filter(kept) : found;
    const formulas = hits.length || !rule.formula.length ? NO_MATCHES : uncitedMatches(rule.formula, s).filter((m) => kept(m) && !TIME_ANCHOR.test(s.text.slice(m.end)));
    if (excepted && !hits.length && !formulas.length) return;
    // A cited title naming the topic ("对照《普法责任清单》") still mentions it, and proves nothing.
    const match = hits[0] ?? formulas[0] ?? (hits.length ? undefined : matchAny(rule.formula, s.compact)?.match);
    if (!match) {
      if (ownPart) addIfProven(rule, s, out);
      return;
    }
    const mention: Mention = { sentence: s, match, formulaOnly: !hits.length, proof: null, proofIn: s };
    if (counts(rule, s.part)) {
      // Any mention in the sentence may carry the fact: "健全公共法律服务体系，……办理法律援助案件7.4万件".
      // A set phrase too: it demotes only a sentence with no fact of the kinds the rule needs
      // ("深入实施八五普法规划，开展宣传活动96场次" has done the work the phrase names).
      // The opening names the year's themes one after another in one long sentence: a topic
      // there is proven only in its own clause or the next.
      for (const hit of hits.length ? hits : formulas) {
        mention.proof = prove(rule.rule, rule.proof, proofIn, hit.start, hit.end, mention.formulaOnly ? 'formula' : s.part === 'opening' ? 'clauses' : 'near');
        if (mention.proof && within(mention.proof.start)) mention.proof = null;
        if (mention.proof) {
          mention.match = hit;
          break;
        }
      }
      // A count must stand with its topic: a lead's next sentence may count something else.
      if (!mention.proof && !rule.rule.quantitative && isLead(a, i)) proveAfterLead(rule, a, i, mention, all);
      if (!mention.proof && rule.rule.reach === 'sentence') proveByActsAfter(rule, a, i, mention, all);
    }
    // The opening names the plans it follows (《实施纲要》《工作要点》): guidance, not a fact of the year.
    if (s.part === 'opening' && mention.proof?.kind === 'document') mention.proof = null;
    out.push(mention);
  });
  return out;
}

/** The heading over a sentence sets the field it speaks in: under "（二）压实法治建设主体责任"
 * the leaders' acts are told without the word 法治 again. Only the nearest heading: a report's
 * part titles (法治政府建设主要举措和成效) would put everything under them in context. In a
 * heading, 依法 says how another topic's work is done ("依法化解矛盾纠纷", "坚持依法决策"),
 * not the field: a 镇长 in court under it is that topic's. */
function headingGivesContext(headingContext: Term[], a: Analysis, s: AnalysedSentence): boolean {
  if (headingContext.length === 0) return false;
  const h = headingBefore(a.structure.headings, s.start);
  if (h === null || h.start === s.start) return false;
  return matchAny(headingContext, headingCompact(h)) !== null;
}

const HEADING_MANNER = '依法';

// Every rule with a context asks this of the same few headings, sentence after sentence.
const headingCompacts = new WeakMap<HeadingMark, Compact>();
function headingCompact(h: HeadingMark): Compact {
  let c = headingCompacts.get(h);
  if (!c) headingCompacts.set(h, (c = compactOf(h.text)));
  return c;
}

/** The other thing a word also names (the 第一责任人 of 安全生产, a 村法律顾问) sets the topic of
 * its clause; a mention in another clause, before or after it, may speak of the indicator
 * itself ("聘请律师担任政府法律顾问，18个行政村法律顾问覆盖率达100%"; "专项清理3次，审查备案
 * 规范性文件11件"). */
function inExceptedClause(others: TermMatch[], s: AnalysedSentence, m: TermMatch): boolean {
  const clause = clauseOf(s, m);
  return others.some((o) => o.start >= clause.start && o.start < clause.end);
}

/** What follows the other thing's name is about that thing ("……证明事项清理，取消87项"), until
 * a clause names the indicator again itself ("专项清理3次，审查备案规范性文件11件") — in words
 * the other thing's name does not hold: after "一村一法律顾问全覆盖", "法律顾问提供咨询" still
 * speaks of the village's adviser. */
function otherThingSpans(rule: CompiledRule, s: AnalysedSentence, others: TermMatch[]): { spans: Span[]; again: Span[] } {
  const exceptions = others.map((m) => m.start);
  const otherNames = others.map((m) => compactOf(s.text.slice(m.start, m.end)).text);
  const clauses: Span[] = [];
  for (let start = 0, i = 0; i <= s.text.length; i++) {
    if (i < s.text.length && !CLAUSES.test(s.text[i])) continue;
    clauses.push({ start, end: i });
    start = i + 1;
  }
  const namesIndicator = (c: Span) => {
    const text = compactOf(s.text.slice(c.start, c.end));
    return matchAny(rule.except, text) === null && rule.lookFor.some((t) => matchTerm(t, text) !== null && !otherNames.some((name) => holds(name, t)));
  };
  const again = clauses.filter((c) => c.start > Math.min(...exceptions) && namesIndicator(c));
  const spans = exceptions.map((at) => ({ start: at, end: again.find((c) => c.start > at)?.start ?? s.text.length }));
  return { spans, again };
}

function holds(name: string, t: Term): boolean {
  const words = t.kind === 'words' ? [t.words] : t.kind === 'near' ? [t.first, t.then] : t.all;
  return words.every((w) => name.includes(w));
}

/** The terms within one clause: a term of two words otherwise matches only once a sentence. */
function clauseMatches(terms: Term[], s: AnalysedSentence, c: Span): TermMatch[] {
  const text = compactOf(s.text.slice(c.start, c.end));
  return terms
    .flatMap((t) => matchesOf(t, text))
    .map((m) => ({ start: c.start + m.start, end: c.start + m.end }))
    .filter((m) => !insideCited(s.cited, m.start));
}

function clauseOf(s: AnalysedSentence, m: TermMatch): Span {
  let start = m.start;
  while (start > 0 && !CLAUSES.test(s.text[start - 1])) start--;
  const after = CLAUSES.exec(s.text.slice(m.end));
  return { start, end: after ? m.end + after.index : s.text.length };
}

/** Where the sentence holds the terms, in order; not inside a cited title ("学习《行政诉讼法》"
 * cites the law, not the work; "对照《普法责任清单》" follows another's document). */
function uncitedMatches(terms: Term[], s: AnalysedSentence): TermMatch[] {
  // A plain loop: this runs for every rule on every sentence.
  const out: TermMatch[] = [];
  for (const term of terms) {
    for (const m of matchesOf(term, s.compact)) if (!insideCited(s.cited, m.start)) out.push(m);
  }
  return out.length > 1 ? out.sort((x, y) => x.start - y.start) : out;
}

/** The rule's fuzzy phrases, by sentence. */
function fuzzyMatches(rule: CompiledRule, a: Analysis): Map<number, TermMatch[]> {
  const out = new Map<number, TermMatch[]>();
  if (!rule.fuzzy.length) return out;
  const compacts = a.sentences.map((s) => s.compact);
  for (const phrase of rule.fuzzy) {
    for (const hit of fuzzyHits(compacts, phrase)) out.set(hit.sentence, [...(out.get(hit.sentence) ?? []), hit.match]);
  }
  return out;
}

/** A sentence of the indicator's own part counts when it states a fact of its own. */
function addIfProven(rule: CompiledRule, s: AnalysedSentence, out: Mention[]): void {
  const whole = { start: 0, end: s.text.length };
  const proof = prove(rule.rule, rule.proof, s, whole.start, whole.end);
  if (proof) out.push({ sentence: s, match: whole, formulaOnly: false, proof, proofIn: s });
}

/** An act that is itself another indicator's topic ("领导干部年终述法" of all cadres is 学法用法)
 * tells that topic's work, not the leaders'. Where the other topic's words only say what the act
 * was about ("法治政府建设专题会议" around the act "专题会议"), the act stays the leaders' own: a
 * meeting on 法治 counts for both (CONCEPTS, leadership-and-planning). */
function namesOtherTopic(rule: CompiledRule, s: AnalysedSentence, act: { start: number; end: number }, all: CompiledRule[]): boolean {
  return all.some(
    (other) =>
      other !== rule &&
      other.rule.check === 'mentions' &&
      uncitedMatches(other.lookFor, s).some((m) => m.start < act.end && m.end > act.start && !qualifies(m, act)),
  );
}

/** The other topic's words end on the act's own word (both end on "会议") without being the act
 * itself, or hold the act within them ("党组会专题研究……法治工作"): they name the meeting the act
 * is, by what it was about. */
function qualifies(m: { start: number; end: number }, act: { start: number; end: number }): boolean {
  if (m.start === act.start && m.end === act.end) return false;
  return m.end === act.end || (m.start <= act.start && m.end >= act.end);
}

function onOtherTopic(rule: CompiledRule, s: AnalysedSentence, all: CompiledRule[]): boolean {
  if (matchAny(rule.lookFor, s.compact)) return false;
  return all.some((other) => other !== rule && other.rule.check === 'mentions' && matchAny(other.lookFor, s.compact));
}

function isLead(a: Analysis, i: number): boolean {
  const s = a.sentences[i];
  return isWholeHeading(a, s) || (s.text.length <= LEAD_LENGTH && !/[,，;；]/u.test(s.text));
}

/** A heading alone; a web copy that lost its line breaks runs the heading into the sentence
 * that states the topic, which then speaks for itself. */
function isWholeHeading(a: Analysis, s: AnalysedSentence): boolean {
  return wholeHeadingAt(a, s) !== null;
}

function wholeHeadingAt(a: Analysis, s: AnalysedSentence): HeadingMark | null {
  return a.structure.headings.find((h) => h.start === s.start && h.end >= s.end - 1) ?? null;
}

function isHeading(a: Analysis, s: AnalysedSentence): boolean {
  return a.structure.headings.some((h) => h.start === s.start);
}

/** The facts of a lead sentence follow it in the same paragraph, until a heading or a sentence
 * on another indicator's topic. A heading names the topic of its whole section: the paragraphs
 * under "（二）深化普法工作，助力法治进程" tell what was done without repeating the word, down to
 * the next heading of its rank. */
function proveAfterLead(rule: CompiledRule, a: Analysis, i: number, mention: Mention, all: CompiledRule[]): void {
  const heading = wholeHeadingAt(a, a.sentences[i]);
  if (heading) return proveInSection(rule, a, i, heading, mention, all);
  for (let j = i + 1; j <= i + LEAD_REACH && j < a.sentences.length; j++) {
    const next = a.sentences[j];
    if (a.view.text.slice(a.sentences[j - 1].end, next.start).includes('\n')) return;
    if (isHeading(a, next)) return;
    if (onOtherTopic(rule, next, all)) return;
    if (proveWhole(rule, next, mention)) return;
  }
}

function proveInSection(rule: CompiledRule, a: Analysis, i: number, heading: HeadingMark, mention: Mention, all: CompiledRule[]): void {
  const end = a.structure.headings.find((h) => h.start > heading.start && h.level <= heading.level)?.start ?? a.view.text.length;
  for (let j = i + 1; j < a.sentences.length && a.sentences[j].start < end; j++) {
    const next = a.sentences[j];
    if (onOtherTopic(rule, next, all)) return;
    // A sentence that names the topic again is the statement itself: it is judged as a mention
    // of its own, and what follows it tells of the work it names.
    if (j > i + 1 && matchAny(rule.lookFor, a.sentences[j - 1].compact)) return;
    if (proveWhole(rule, next, mention)) return;
  }
}

function proveWhole(rule: CompiledRule, next: AnalysedSentence, mention: Mention): boolean {
  const proof = prove(rule.rule, rule.proof, next, 0, next.text.length);
  if (!proof) return false;
  mention.proof = proof;
  mention.proofIn = next;
  return true;
}

/** What makes an act, told without its actor, this year's: how often, when, or what it issued. */
const ACT_FACTS: ReadonlySet<FactKind> = new Set(['count', 'date', 'document']);

/** With `reach: sentence` the actor is the subject of what follows too: "认真履行第一责任人职责。
 * 主持召开党委会专题研究并审议通过《……》" goes on telling the leaders' acts without naming them
 * again. Only the rule's own acts (`proof.terms`) carry the subject on, whatever they act upon
 * (a plan, a meeting on 普法); a training or a meeting in the next sentence is that topic's work.
 * An act told without its actor must also be told as done: a count, a date or a document
 * ("定期研究" alone could be anyone's habit). */
function proveByActsAfter(rule: CompiledRule, a: Analysis, i: number, mention: Mention, all: CompiledRule[]): void {
  const acts = { ...rule.proof, facts: [], count: false, mention: false };
  for (let j = i + 1; j <= i + LEAD_REACH && j < a.sentences.length; j++) {
    const next = a.sentences[j];
    if (a.view.text.slice(a.sentences[j - 1].end, next.start).includes('\n') || isHeading(a, next)) return;
    const proof = next.facts.some((f) => ACT_FACTS.has(f.kind)) ? prove(rule.rule, acts, next, 0, next.text.length) : null;
    if (proof && !namesOtherTopic(rule, next, proof, all)) {
      mention.proof = proof;
      mention.proofIn = next;
      return;
    }
  }
}

export function checkMentions(rule: CompiledRule, a: Analysis, all: CompiledRule[]): Judgement {
  const mentions = findMentions(rule, a, all);
  if (!mentions.length) return { status: 'missing', reason: `报告中没有谈到这一项（${rule.rule.lookedFor}）`, evidence: [] };
  if (rule.aspects.length) return judgeAspects(rule, a, mentions);

  const proven = mentions.filter((m) => m.proof);
  if (proven.length) {
    return {
      status: 'present',
      reason: `${PROOF_WORDS[proven[0].proof!.kind]}（共 ${proven.length} 处具体表述）`,
      evidence: proven.slice(0, MAX_EVIDENCE).map((m) => quote(a, m, m.proof!.start)),
    };
  }
  return { status: 'weak', reason: weakReason(rule, mentions), evidence: mentions.slice(0, MAX_EVIDENCE).map((m) => quote(a, m, m.match.start)) };
}

function weakReason(rule: CompiledRule, mentions: Mention[]): string {
  const inAchievements = mentions.filter((m) => counts(rule, m.sentence.part));
  if (!inAchievements.length) {
    const parts = new Set(mentions.map((m) => m.sentence.part));
    return parts.has('plan') && !parts.has('shortcomings')
      ? '只出现在下一年度工作安排中：计划不是成效'
      : '只出现在存在的不足或下一年度安排中';
  }
  if (inAchievements.every((m) => m.formulaOnly)) return '只有原则性的提法，没有具体工作';
  return rule.rule.quantitative ? '提到了这项工作，但没有数字（定量指标须写明件数，没有案件也要写明为零）' : '只有原则性表述，没有数字、文件或具体做法';
}

/** Indicators made of several parts (三项制度): present when enough parts are covered. */
function judgeAspects(rule: CompiledRule, a: Analysis, mentions: Mention[]): Judgement {
  const covered = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.formulaOnly || !counts(rule, m.sentence.part)) continue;
    for (const aspect of rule.aspects) {
      if (!matchAny(aspect.terms, m.sentence.compact)) continue;
      const names = aspect.name ? [aspect.name] : rule.aspects.filter((x) => x.name).map((x) => x.name);
      for (const name of names) if (!covered.has(name)) covered.set(name, m);
    }
  }
  const min = rule.rule.aspects!.min;
  const names = [...covered.keys()];
  const evidence = [...new Set(covered.values())].slice(0, MAX_EVIDENCE).map((m) => quote(a, m, m.match.start));
  if (covered.size >= min) return { status: 'present', reason: `写明了：${names.join('、')}`, evidence };
  if (covered.size) return { status: 'weak', reason: `只写到${names.join('、')}，至少要有 ${min} 项`, evidence };
  return { status: 'weak', reason: weakReason(rule, mentions), evidence: mentions.slice(0, MAX_EVIDENCE).map((m) => quote(a, m, m.match.start)) };
}

function quote(a: Analysis, m: Mention, focus: number) {
  const s = m.sentence;
  const end = Math.max(s.end, m.proofIn.end);
  return evidenceOf(a, s.start, end, m.proofIn.start + focus);
}

/** Facts count in the achievement parts, and anywhere for a rule whose topic is itself a part
 * about problems or other matters (政府信息公开年报 parts 五 and 六). */
function counts(rule: CompiledRule, part: PartKind): boolean {
  return rule.rule.anywhere || isAchievement(part);
}
