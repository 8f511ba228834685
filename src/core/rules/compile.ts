// Rules are compiled once per rule set: terms are folded the way documents are (Traditional,
// full-width, quotes), so a rule author may write them in any of those forms.

import { foldText } from '../text/normalize.ts';
import { compactOf, compileTerm, type Term } from '../text/terms.ts';
import { compileProof, type CompiledProof } from './proof.ts';
import type { Rule, RuleSet } from './types.ts';

export interface CompiledRule {
  rule: Rule;
  lookFor: Term[];
  /** Folded like the documents; matched with fuse.js. */
  fuzzy: string[];
  formula: Term[];
  context: Term[];
  except: Term[];
  proof: CompiledProof;
  /** Aspect name → its terms; the `all` terms under the empty name. */
  aspects: { name: string; terms: Term[] }[];
  needs: Term[];
}

export const fold = foldText;

export function compileRule(rule: Rule): CompiledRule {
  const terms = (list: string[]) => list.map((t) => compileTerm(t, fold));
  const aspects = rule.aspects
    ? [{ name: '', terms: terms(rule.aspects.all) }, ...Object.entries(rule.aspects.list).map(([name, list]) => ({ name, terms: terms(list) }))]
    : [];
  return {
    rule,
    lookFor: terms(rule.lookFor),
    fuzzy: rule.fuzzy.map((p) => compactOf(fold(p)).text),
    formula: terms(rule.formula),
    context: terms(rule.context),
    except: terms(rule.except),
    proof: compileProof(rule.proof, fold),
    aspects,
    needs: terms(rule.needs),
  };
}

export function compileRuleSet(set: RuleSet): CompiledRule[] {
  return set.rules.map(compileRule);
}

/** Every term list of a compiled rule by its field in the rule file (aspects by name). */
export function termLists(r: CompiledRule): { field: string; terms: Term[] }[] {
  return [
    { field: 'look-for', terms: r.lookFor },
    { field: 'formula', terms: r.formula },
    { field: 'context', terms: r.context },
    { field: 'except', terms: r.except },
    { field: 'proof', terms: r.proof.compiledTerms },
    { field: 'needs', terms: r.needs },
    ...r.aspects.map((a) => ({ field: a.name ? `aspects: ${a.name}` : 'aspects: all', terms: a.terms })),
  ];
}
