// Re-judging after an edit of the rules, at the cost of the rules that changed. A verdict
// depends on its own rule, on what decides the document's type (the set's report and
// other-documents) and on the other rules' look-for terms (a sentence on another topic proves
// nothing); an edit usually changes one rule, so every other verdict is taken from the memo.

import type { Verdict } from '../report.ts';
import type { Rule, RuleSet } from '../rules/types.ts';
import type { Analysis } from '../structure/analysis.ts';
import { checksFor, compiledRules, judge } from '../check.ts';
import { documentType, readAsItsKind } from '../verdicts/doctype.ts';

/** What the verdict of a rule does not depend on: where it stands, its examples. */
const ruleKey = ({ line: _line, examples: _examples, ...rule }: Rule): string => JSON.stringify(rule);

const contextKey = (set: RuleSet): string =>
  JSON.stringify([set.reportSubject, set.reportKinds, set.reportAbout, set.reportVoice, set.otherDocuments, set.rules.map((r) => [r.check, r.lookFor])]);

export class VerdictMemo {
  /** Per analysis: the context it was judged in, and each rule's verdict by the rule's key. */
  #memo = new WeakMap<Analysis, { context: string; verdicts: Map<string, Verdict> }>();

  verdicts(analysed: Analysis, set: RuleSet): Verdict[] {
    const context = contextKey(set);
    let memo = this.#memo.get(analysed);
    if (memo?.context !== context) this.#memo.set(analysed, (memo = { context, verdicts: new Map() }));
    const keys = set.rules.map(ruleKey);
    const missing = keys.some((k) => !memo.verdicts.has(k));
    if (missing) {
      const type = documentType(set, analysed);
      const a = readAsItsKind(type, analysed);
      const checks = checksFor(set, type);
      const rules = compiledRules(set);
      rules.forEach((rule, i) => {
        if (!memo.verdicts.has(keys[i])) memo.verdicts.set(keys[i], judge(rule, a, checks, rules));
      });
    }
    // Verdicts of rules no longer in the set are dropped, so the memo holds one set's worth
    // and the one being edited.
    const verdicts = keys.map((k) => memo.verdicts.get(k)!);
    if (memo.verdicts.size > keys.length * 2) memo.verdicts = new Map(keys.map((k, i) => [k, verdicts[i]]));
    return verdicts;
  }
}
