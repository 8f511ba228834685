// Every rule carries its own examples; a rule that never fires, or fires on its own counter-
// examples, fails here (the way Vale and markdownlint keep their rule tests).
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { defaultRules, textDoc } from '../../helpers/docs.ts';

const rules = defaultRules();

describe('default rule set', () => {
  it('encodes the 26 indicators of the framework', () => {
    expect(rules.rules.map((r) => r.id)).toHaveLength(26);
    expect(new Set(rules.rules.map((r) => r.id)).size).toBe(26);
  });

  for (const rule of rules.rules) {
    for (const { status, text } of rule.examples) {
      it(`${rule.id}: ${status} — ${text.replace(/\n/g, ' ').slice(0, 40)}`, () => {
        const report = checkDocument(textDoc(text), rules, { file: 'example.txt' });
        const verdict = report.results.find((r) => r.id === rule.id)!;
        expect(verdict.status, verdict.reason).toBe(status);
      });
    }
  }

  it('gives every rule at least one present and one non-present example', () => {
    for (const rule of rules.rules) {
      expect(rule.examples.filter((e) => e.status === 'present').length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.filter((e) => e.status !== 'present').length, rule.id).toBeGreaterThan(0);
    }
  });
});
