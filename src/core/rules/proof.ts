// Whether a mention is a concrete fact: a fact of a kind the rule accepts near it (text/facts.ts
// decides the kinds once for every rule), a count in the rule's units or an explicit zero, or
// one of the rule's own concrete terms. Proximity matters: a long sentence often carries a
// number that belongs to another topic, so only a window around the mention is searched —
// but numbers and facts are read on the whole sentence, so that a window edge never cuts
// "2024年" into a count "024".

import type { Proof, Rule } from './types.ts';
import { isExplicitZero, type NumberMention } from '../text/numbers.ts';
import { REQUIREMENT, type Fact, type FactKind } from '../text/facts.ts';
import { compactOf, compileTerm, matchAny, type Term } from '../text/terms.ts';

const REACH = 40;
const COUNT_KINDS = new Set(['count', 'percent']);
const CLAUSE_END = /[,，;；。]/u;
const NAMES_CASES = /案件|事件|事故|纠纷|投诉|举报|诉讼|复议|败诉/u;

export interface ProofResult {
  kind: FactKind | 'zero' | 'term' | 'mention';
  /** Offsets into the sentence text. */
  start: number;
  end: number;
}

export interface CompiledProof extends Proof {
  compiledTerms: Term[];
}

/** What proof needs of a sentence: its text, the numbers and the facts read in it. */
export interface ProofSentence {
  text: string;
  numbers: NumberMention[];
  facts: Fact[];
}

export function compileProof(proof: Proof, fold: (s: string) => string): CompiledProof {
  return { ...proof, compiledTerms: proof.terms.map((t) => compileTerm(t, fold)) };
}

/** How far from the mention a fact may stand: `near` it (or the whole sentence with `reach:
 * sentence`); `formula`, the mention being only a set phrase, beside it in its own clause or
 * the next; `clauses`, anywhere in its own clause or the next. */
export type ProofReach = 'near' | 'formula' | 'clauses';

export function prove(rule: Rule, proof: CompiledProof, s: ProofSentence, start: number, end: number, reach: ProofReach = 'near'): ProofResult | null {
  if (proof.mention) return { kind: 'mention', start, end };
  const { from, to } = windowOf(rule, s.text, start, end);
  // "以合法性审查为抓手", "充分发挥法律顾问作用": a mention that is only the object of an
  // exhortation is proven by a fact in its own clause, outside the exhortation. Counts of a
  // quantitative indicator follow such a lead in the next clause ("落实备案审查制度，制发14件").
  const frame = rule.quantitative ? null : sloganFrame(s.text, start, end);
  const clauses = reach === 'near' ? null : phraseClauses(s.text, start);
  const near = clauses
    ? reach === 'formula'
      ? besidePhrase({ start, end }, clauses)
      : (n: { start: number; end: number }) => n.start >= clauses.start && n.end <= clauses.end
    : frame
      ? outsideFrame(frame, clauseAround(s.text, start))
      : (n: { start: number; end: number }) => n.start < to && n.end > from;
  if (proof.count || rule.quantitative) {
    const found = countIn(s, near, rule, { start, end });
    if (found || rule.quantitative) return found;
  }
  const fact = s.facts.find((f) => near(f) && proof.facts.includes(f.kind));
  if (fact) return { kind: fact.kind, start: fact.start, end: fact.end };
  if (proof.compiledTerms.length) {
    const hit = matchAny(proof.compiledTerms, compactOf(s.text.slice(from, to)));
    const at = hit && { start: from + hit.match.start, end: from + hit.match.end };
    if (at && near(at) && !isRequirement(clauseAround(s.text, at.start), s.text, at.start)) return { kind: 'term', ...at };
  }
  return null;
}

function windowOf(rule: Rule, text: string, start: number, end: number): { from: number; to: number } {
  if (rule.reach === 'sentence') return { from: 0, to: text.length };
  return { from: Math.max(0, start - REACH), to: Math.min(text.length, end + REACH) };
}

const SLOGAN_FRAMES = [
  /以[^，,。；;]{1,20}为抓手/gu,
  /发挥[^，,。；;]{1,20}作用/gu,
  /落实[^，,。；;]{1,30}制度/gu,
  /接受[^，,。；;]{1,10}监督/gu,
  // The topics a meeting took up ("研究A、B、C等重点工作"): named, not yet worked on.
  /(?:研究|审议|部署)[^，,。；;]{1,60}?等[^，,。；;]{0,6}?(?:工作|问题|议题|事项|任务)/gu,
];

function sloganFrame(text: string, start: number, end: number): { start: number; end: number } | null {
  for (const re of SLOGAN_FRAMES) {
    for (const m of text.matchAll(re)) {
      if (m.index! <= start && m.index! + m[0].length >= end) return { start: m.index!, end: m.index! + m[0].length };
    }
  }
  return null;
}

/** In the mention's own clause, but not inside the exhortation itself. */
function outsideFrame(frame: { start: number; end: number }, clause: { start: number; end: number }) {
  return (n: { start: number; end: number }) => n.start >= clause.start && n.end <= clause.end && (n.end <= frame.start || n.start >= frame.end);
}

/** A set phrase leads the clause after it ("深入实施八五普法规划，开展宣传活动96场次"); a fact
 * further away, or before it, belongs to other work of the sentence. */
function phraseClauses(text: string, at: number): { start: number; end: number } {
  const all = clauses(text);
  const i = all.findIndex((c) => c.start <= at && c.end >= at);
  if (i < 0) return { start: 0, end: text.length };
  return { start: all[i].start, end: (all[i + 1] ?? all[i]).end };
}

/** Within those clauses, and not a piece of the phrase itself; a title that holds the phrase
 * ("印发《八五普法规划实施方案》") is the fact of it. */
function besidePhrase(phrase: { start: number; end: number }, reach: { start: number; end: number }) {
  return (n: { start: number; end: number }) => n.start >= reach.start && n.end <= reach.end && !(n.start >= phrase.start && n.end <= phrase.end);
}

function clauseAround(text: string, at: number): { start: number; end: number } {
  return clauses(text).find((c) => c.start <= at && c.end >= at) ?? { start: 0, end: text.length };
}

/** "主要负责人要对重要工作亲自部署": a duty stated before the act, not the act. */
function isRequirement(clause: { start: number; end: number }, text: string, at: number): boolean {
  return REQUIREMENT.test(text.slice(clause.start, at));
}

/** A count in the indicator's units or a rate, or a clause stating that there were none. */
function countIn(s: ProofSentence, near: (n: { start: number; end: number }) => boolean, rule: Rule, mention: { start: number; end: number }): ProofResult | null {
  for (const clause of clauses(s.text)) {
    if (!near(clause)) continue;
    // A zero must be said of the topic: in the mention's own clause, or in a bare clause after it
    // ("…清理机制，截至目前为0件"). A clause naming its own cases ("无行政复议案件") speaks of those.
    const ofMention = (clause.start < mention.end && clause.end > mention.start) || !NAMES_CASES.test(s.text.slice(clause.start, clause.end));
    const text = s.text.slice(clause.start, clause.end);
    const ignoreZero = rule.zeroIgnoredWith.some((w) => text.includes(w));
    const n = s.numbers.find(
      (m) => m.start >= clause.start && m.end <= clause.end && near(m) && isCountOf(m, rule.units) && !(m.zero && (ignoreZero || !ofMention)),
    );
    if (n) return { kind: n.zero ? 'zero' : 'count', start: n.start, end: n.end };
    if (ofMention && !ignoreZero && isExplicitZero(text)) return { kind: 'zero', ...clause };
  }
  return null;
}

function isCountOf(n: NumberMention, units: string[]): boolean {
  if (!COUNT_KINDS.has(n.kind)) return false;
  return n.kind === 'percent' || !units.length || (n.unit !== null && units.includes(n.unit));
}

/** "（三）" opens a new item: a clause ends before it even where a web copy lost the line break. */
const ITEM_MARK = /[(（][一二三四五六七八九十0-9]{1,3}[)）]/gu;

function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const marks = new Set([...text.matchAll(ITEM_MARK)].map((m) => m.index!));
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_END.test(text[i]) || (marks.has(i) && i > start)) {
      if (i > start) out.push({ start, end: i });
      start = marks.has(i) ? i : i + 1;
    }
  }
  return out;
}
