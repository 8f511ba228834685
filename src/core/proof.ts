// Whether a mention is a concrete fact: a number near it, a named document, an explicit zero,
// or one of the rule's own concrete terms. Proximity matters: a long sentence often carries a
// number that belongs to another topic, so only a window around the mention is searched.

import type { Proof, Rule } from './rules/types.ts';
import { findNumbers, isExplicitZero, type NumberMention } from './numbers.ts';
import { compactOf, compileTerm, matchAny, type Term } from './terms.ts';

const REACH = 40;
const QUANTITY_KINDS = new Set(['count', 'percent', 'amount', 'number']);
const COUNT_KINDS = new Set(['count', 'percent']);
/** Laws and regulations are cited in slogans ("宣传《行政复议法》"); local documents are facts. */
const LAW_TITLE = /(法|条例|法典|宪法|规定|决定)$/u;

export interface ProofResult {
  kind: 'count' | 'zero' | 'number' | 'document' | 'term' | 'mention';
  /** Offsets into the sentence text. */
  start: number;
  end: number;
}

export interface CompiledProof extends Proof {
  compiledTerms: Term[];
}

export function compileProof(proof: Proof, fold: (s: string) => string): CompiledProof {
  return { ...proof, compiledTerms: proof.terms.map((t) => compileTerm(t, fold)) };
}

/** The window of a sentence around a mention at [start, end). */
export function windowAround(sentence: string, start: number, end: number): { from: number; text: string } {
  const from = Math.max(0, start - REACH);
  return { from, text: sentence.slice(from, Math.min(sentence.length, end + REACH)) };
}

export function prove(rule: Rule, proof: CompiledProof, sentence: string, start: number, end: number): ProofResult | null {
  if (proof.mention) return { kind: 'mention', start, end };
  const w = windowAround(sentence, start, end);
  const at = (s: number, e: number, kind: ProofResult['kind']): ProofResult => ({ kind, start: w.from + s, end: w.from + e });
  if (proof.count || rule.quantitative) {
    const found = countIn(w.text, rule.zeroIgnoredWith);
    if (found) return at(found.start, found.end, found.kind);
    if (rule.quantitative) return null;
  }
  if (proof.number) {
    const n = findNumbers(w.text).find((m) => QUANTITY_KINDS.has(m.kind) && !m.zero);
    if (n) return at(n.start, n.end, 'number');
  }
  if (proof.document) {
    const d = namedDocument(w.text);
    if (d) return at(d.start, d.end, 'document');
  }
  if (proof.compiledTerms.length) {
    const hit = matchAny(proof.compiledTerms, compactOf(w.text));
    if (hit) return at(hit.match.start, hit.match.end, 'term');
  }
  return null;
}

/** A count or rate, or a clause stating that there were none. */
function countIn(text: string, zeroIgnoredWith: string[]): { start: number; end: number; kind: 'count' | 'zero' } | null {
  let offset = 0;
  for (const clause of text.split(/(?<=[,，;；。])/u)) {
    const ignoreZero = zeroIgnoredWith.some((w) => clause.includes(w));
    const n = findNumbers(clause).find((m: NumberMention) => COUNT_KINDS.has(m.kind) && !(m.zero && ignoreZero));
    if (n) return { start: offset + n.start, end: offset + n.end, kind: n.zero ? 'zero' : 'count' };
    if (!ignoreZero && isExplicitZero(clause)) return { start: offset, end: offset + clause.length, kind: 'zero' };
    offset += clause.length;
  }
  return null;
}

function namedDocument(text: string): { start: number; end: number } | null {
  for (const m of text.matchAll(/《([^》]{2,60})》/gu)) {
    if (!LAW_TITLE.test(m[1])) return { start: m.index!, end: m.index! + m[0].length };
  }
  return null;
}
