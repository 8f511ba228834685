// The studio's try-a-sentence box: a sentence or paragraph judged by one rule, with what decided
// it — the rule's terms found in it and the kinds of fact in the sentences that mention it.

import type { Verdict } from '../report.ts';
import type { RuleSet } from '../rules/types.ts';
import { compiledRules, verdictsOf } from '../check.ts';
import { termLists } from '../rules/compile.ts';
import type { FactKind } from '../text/facts.ts';
import { matchTerm } from '../text/terms.ts';
import { analysed, type AnalysisCache } from './examples.ts';

export interface Trial {
  verdict: Verdict;
  /** Terms of the rule the text holds, by their field: `look-for: 行政复议`. */
  terms: { field: string; term: string }[];
  /** Kinds of fact in the sentences where the rule's terms stand. */
  facts: FactKind[];
}

export function tryText(text: string, set: RuleSet, ruleId: string, cache?: AnalysisCache): Trial | null {
  const rule = compiledRules(set).find((r) => r.rule.id === ruleId);
  if (!rule || !text.trim()) return null;
  const a = analysed(text, cache);
  const verdict = verdictsOf(a, set).find((v) => v.id === ruleId)!;
  const lists = termLists(rule);
  const terms: Trial['terms'] = [];
  const facts = new Set<FactKind>();
  for (const s of a.sentences) {
    const found = lists.flatMap(({ field, terms }) => terms.filter((t) => matchTerm(t, s.compact)).map((t) => ({ field, term: t.source })));
    if (!found.length) continue;
    terms.push(...found.filter((f) => !terms.some((t) => t.field === f.field && t.term === f.term)));
    for (const f of s.facts) facts.add(f.kind);
  }
  return { verdict, terms, facts: [...facts] };
}
