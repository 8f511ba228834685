// Re-judging after an edit of the rules, at the cost of the verdicts the edit can change. A
// verdict depends on its own rule, on the document's type (decided anew on each edit: a cheap
// pass, and the rules' words take part in it) with the title words of the set, and on the
// other rules' look-for terms only through the questions its check asked of the whole set
// (mentions.ts: is this sentence on another indicator's topic?). Those questions are recorded
// with their answers; under another set they are asked again, and while every answer is the
// same the verdict is too. An edit usually changes one rule, so the other verdicts come from
// the memo.

import type { Verdict } from '../report.ts';
import type { Rule, RuleSet } from '../rules/types.ts';
import type { CompiledRule } from '../rules/compile.ts';
import type { Analysis } from '../structure/analysis.ts';
import { checksFor, compiledRules, judge } from '../check.ts';
import { documentType, readAsItsKind, type DocumentType } from '../verdicts/doctype.ts';
import { readReportTables } from '../tables/format-version.ts';

/** A question a check asked of the whole rule set (`all.some(ask)`) and its answer. */
interface Question {
  ask: (rule: CompiledRule) => boolean;
  answer: boolean;
}

interface Memo {
  verdict: Verdict;
  /** The look-for terms of the set it was judged under. */
  topics: string;
  questions: Question[];
  /** The check looked at the whole set otherwise than through `some`: only the same terms do. */
  wholeSet: boolean;
}

/** Entries kept per document before those of rules no longer in the set are dropped. */
const MAX_ENTRIES = 200;

/** What a rule's verdict does not depend on: where it stands, its examples. */
const ruleKey = ({ line: _line, examples: _examples, ...rule }: Rule): string => JSON.stringify(rule);

const keysOf = new WeakMap<RuleSet, { rules: string[]; topics: string; title: string }>();

function keys(set: RuleSet) {
  let k = keysOf.get(set);
  if (!k) {
    const title = JSON.stringify([set.reportSubject, set.reportKinds, set.reportAbout, set.reportVoice]);
    keysOf.set(set, (k = { rules: set.rules.map(ruleKey), topics: JSON.stringify(set.rules.map((r) => [r.check, r.lookFor])), title }));
  }
  return k;
}

export class VerdictMemo {
  #memo = new WeakMap<Analysis, Map<string, Memo>>();
  /** The type of each document under each set: the baseline set is asked on every edit. */
  #types = new WeakMap<RuleSet, WeakMap<Analysis, { type: DocumentType; context: string }>>();

  verdicts(analysed: Analysis, set: RuleSet): Verdict[] {
    const k = keys(set);
    let types = this.#types.get(set);
    if (!types) this.#types.set(set, (types = new WeakMap()));
    let typed = types.get(analysed);
    if (!typed) {
      const type = documentType(set, analysed);
      types.set(analysed, (typed = { type, context: JSON.stringify(type) + k.title }));
    }
    const { type, context } = typed;
    let memo = this.#memo.get(analysed);
    if (!memo) this.#memo.set(analysed, (memo = new Map()));
    const rules = compiledRules(set);
    let judging: { a: Analysis; checks: ReturnType<typeof checksFor> } | null = null;
    const verdicts = rules.map((rule, i) => {
      const key = context + k.rules[i];
      const hit = memo.get(key);
      if (hit && (hit.topics === k.topics || (!hit.wholeSet && hit.questions.every((q) => rules.some(q.ask) === q.answer)))) return hit.verdict;
      judging ??= { a: readAsItsKind(type, analysed), checks: checksFor(set, type, readReportTables(analysed.doc, set, analysed.year)) };
      const questions: Question[] = [];
      let wholeSet = false;
      const all = new Proxy(rules, {
        get: (target, property, receiver): unknown => {
          if (property !== 'some') wholeSet = true;
          if (property !== 'some') return Reflect.get(target, property, receiver) as unknown;
          return (ask: Question['ask']) => {
            const answer = target.some(ask);
            questions.push({ ask, answer });
            return answer;
          };
        },
      }) as CompiledRule[];
      const verdict = judge(rule, judging.a, judging.checks, all);
      memo.set(key, { verdict, topics: k.topics, questions, wholeSet });
      return verdict;
    });
    if (memo.size > MAX_ENTRIES) {
      const current = new Set(k.rules.map((r) => context + r));
      for (const key of memo.keys()) if (!current.has(key)) memo.delete(key);
    }
    return verdicts;
  }
}
