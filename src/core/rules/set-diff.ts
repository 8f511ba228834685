// What a province changed: a rule set against the built-in one, rule by rule and field by field,
// with the terms added and removed rather than two walls of YAML.

import type { Rule, RuleSet } from './types.ts';

export type FieldChange =
  | { field: string; kind: 'terms'; added: string[]; removed: string[] }
  | { field: string; kind: 'value'; before: string; after: string };

export type RuleChange =
  | { kind: 'added' | 'removed'; id: string; title: string }
  | { kind: 'changed'; id: string; title: string; fields: FieldChange[] };

/** Fields compared, by their name in the rule file; lists are compared as sets of terms. */
const FIELDS: [string, (r: Rule) => unknown][] = [
  ['title', (r) => r.title],
  ['group', (r) => r.group],
  ['source', (r) => r.source],
  ['check', (r) => r.check],
  ['look-for', (r) => r.lookFor],
  ['fuzzy', (r) => r.fuzzy],
  ['formula', (r) => r.formula],
  ['context', (r) => r.context],
  ['except', (r) => r.except],
  ['quantitative', (r) => r.quantitative],
  ['proof', (r) => [...r.proof.facts, ...(r.proof.count ? ['count'] : []), ...(r.proof.mention ? ['mention'] : []), ...r.proof.terms]],
  ['units', (r) => r.units],
  ['zero-ignored-with', (r) => r.zeroIgnoredWith],
  ['aspects', (r) => (r.aspects ? [`min ${r.aspects.min}`, ...r.aspects.all.map((t) => `all: ${t}`), ...Object.entries(r.aspects.list).flatMap(([n, ts]) => ts.map((t) => `${n}: ${t}`))] : [])],
  ['part', (r) => r.part ?? ''],
  ['needs', (r) => r.needs],
  ['min-facts', (r) => r.minFacts],
  ['reach', (r) => r.reach],
  ['advice', (r) => r.advice],
  ['examples', (r) => r.examples.map((e) => `${e.status}: ${e.text}`)],
];

export function ruleSetDiff(before: RuleSet, after: RuleSet): RuleChange[] {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const now = new Set(after.rules.map((r) => r.id));
  const changes: RuleChange[] = [];
  for (const rule of after.rules) {
    const was = old.get(rule.id);
    if (!was) {
      changes.push({ kind: 'added', id: rule.id, title: rule.title });
      continue;
    }
    const fields = FIELDS.flatMap(([field, get]) => fieldChange(field, get(was), get(rule)));
    if (fields.length) changes.push({ kind: 'changed', id: rule.id, title: rule.title, fields });
  }
  for (const rule of before.rules) if (!now.has(rule.id)) changes.push({ kind: 'removed', id: rule.id, title: rule.title });
  return changes;
}

function fieldChange(field: string, before: unknown, after: unknown): FieldChange[] {
  if (Array.isArray(before) && Array.isArray(after)) {
    const added = after.filter((t) => !before.includes(t)).map(String);
    const removed = before.filter((t) => !after.includes(t)).map(String);
    return added.length || removed.length ? [{ field, kind: 'terms', added, removed }] : [];
  }
  return before === after ? [] : [{ field, kind: 'value', before: String(before), after: String(after) }];
}
