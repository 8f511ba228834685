// A rule set's examples, run: each sentence with the status its rule gives it now. The command
// line's `rules test` and the studio's live list both use this; each example is checked as a
// document of its own, as tests/core/rules/examples.test.ts does.

import { fromParagraphs } from '../document.ts';
import type { Status, Verdict } from '../report.ts';
import type { Example, RuleSet } from '../rules/types.ts';
import { analyse, type Analysis } from '../structure/analysis.ts';
import { verdictsOf } from '../check.ts';

export interface ExampleOutcome extends Example {
  rule: string;
  /** The status the rule gives the example now, and why. */
  actual: Status;
  reason: string;
  passes: boolean;
}

/** Analyses of example texts, kept between runs: an edit of the rules changes no analysis. */
export type AnalysisCache = Map<string, Analysis>;

export function analysed(text: string, cache: AnalysisCache = new Map()): Analysis {
  let a = cache.get(text);
  if (!a) cache.set(text, (a = analyse(fromParagraphs('txt', text.split('\n').map((t) => ({ text: t }))))));
  return a;
}

/** `judge` is the checker's verdictsOf, or a VerdictMemo's (rejudge.ts) in the studio. */
export function runExamples(set: RuleSet, cache: AnalysisCache = new Map(), judge: (a: Analysis, set: RuleSet) => Verdict[] = verdictsOf): ExampleOutcome[] {
  return set.rules.flatMap((rule) =>
    rule.examples.map((example) => {
      const verdict = judge(analysed(example.text, cache), set).find((v) => v.id === rule.id)!;
      return { ...example, rule: rule.id, actual: verdict.status, reason: verdict.reason, passes: verdict.status === example.status };
    }),
  );
}
