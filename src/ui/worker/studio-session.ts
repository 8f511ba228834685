// The rule studio's side of the worker: the reports loaded in the studio, each analysed once and
// kept; the rule set being edited and the baseline it is compared with. An edit is validated and
// its examples run at once; then the reports are re-judged a few at a time, yielding to the
// message queue between them, so that the next edit cancels this one's re-judging.

import { loadRuleSet, RuleFileError } from '../../core/rules/load.ts';
import { compiledRules } from '../../core/check.ts';
import type { RuleSet } from '../../core/rules/types.ts';
import { analyse, type Analysis } from '../../core/structure/analysis.ts';
import type { DocumentText } from '../../core/document.ts';
import { analysed, runExamples, type AnalysisCache } from '../../core/studio/examples.ts';
import { VerdictMemo } from '../../core/studio/rejudge.ts';
import { verdictChanges, type VerdictChange } from '../../core/studio/verdict-changes.ts';
import { coverage, TermSightings } from '../../core/studio/coverage.ts';
import { ruleSetDiff } from '../../core/rules/set-diff.ts';
import { tryText, type Trial } from '../../core/studio/trial.ts';
import { compactOf } from '../../core/text/terms.ts';
import type { RuleProblem, RulesSource, StudioJudged, StudioValidated } from './protocol.ts';

/** Reports re-judged between two looks at the message queue. */
const CHUNK = 8;

const reports: { name: string; analysis: Analysis }[] = [];
const examples: AnalysisCache = new Map();
const trials: AnalysisCache = new Map();
const memo = new VerdictMemo();
/** Terms seen in the reports; those of the examples are looked for again on each edit, as the
 *  examples themselves are edited. */
const inReports = new TermSightings();
let inExamples = new TermSightings();
const judge = (a: Analysis, set: RuleSet) => memo.verdicts(a, set);
/** Rule sets by their text, the most recently used last: the baseline and the built-in set are
 *  asked on every edit and stay; the edits typed before the last few go. */
const sets = new Map<string, RuleSet>();
const KEPT_SETS = 8;
let current: RuleSet | null = null;
let latestEdit = 0;

function ruleSet(source: RulesSource): RuleSet {
  const set = sets.get(source.yaml) ?? loadRuleSet(source.yaml, source.fileName);
  sets.delete(source.yaml);
  sets.set(source.yaml, set);
  if (sets.size > KEPT_SETS) sets.delete(sets.keys().next().value!);
  return set;
}

export function addReport(name: string, doc: DocumentText): void {
  const analysis = analyse(doc);
  reports.push({ name, analysis });
  inReports.add(compactOf(analysis.view.text));
}

/** An edit that does not load cancels nothing: the last valid one is still the set in use. */
export function validate(id: number, rules: RulesSource, builtin: RulesSource): { problem: RuleProblem } | { result: StudioValidated } {
  let set: RuleSet;
  try {
    set = ruleSet(rules);
  } catch (error) {
    if (!(error instanceof RuleFileError)) throw error;
    const { file, line, field, problem, english } = error;
    return { problem: { file, line, field, problem, english } };
  }
  latestEdit = id;
  current = set;
  const texts = new Set(set.rules.flatMap((r) => r.examples.map((e) => e.text)));
  // Examples being typed leave an analysis per keystroke behind: keep those of this set only.
  for (const text of examples.keys()) if (!texts.has(text)) examples.delete(text);
  inExamples = new TermSightings();
  for (const text of texts) inExamples.add(compactOf(analysed(text, examples).view.text));
  return { result: { info: { id: set.id, version: set.version, title: set.title, count: set.rules.length }, examples: runExamples(set, examples, judge), diff: ruleSetDiff(ruleSet(builtin), set) } };
}

/** Null when a newer edit came while the reports were being re-judged. */
export async function rejudge(id: number, baseline: RulesSource): Promise<StudioJudged | null> {
  const set = current!;
  const before = ruleSet(baseline);
  const changes: VerdictChange[] = [];
  const verdicts = set.rules.flatMap((r) => r.examples.map((e) => judge(analysed(e.text, examples), set)));
  for (let i = 0; i < reports.length; i++) {
    if (i % CHUNK === 0) {
      await new Promise((resolve) => setTimeout(resolve));
      if (latestEdit !== id) return null;
    }
    const { name, analysis } = reports[i];
    const after = judge(analysis, set);
    verdicts.push(after);
    changes.push(...verdictChanges(name, judge(analysis, before), after));
  }
  return { changes, coverage: coverage(compiledRules(set), verdicts, { seen: (t) => inReports.seen(t) || inExamples.seen(t) }), reports: reports.length };
}

export function tryOut(text: string, rule: string): Trial | null {
  if (trials.size > 50) trials.clear();
  return current && tryText(text, current, rule, trials);
}
