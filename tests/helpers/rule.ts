// A rule of the test's own making, compiled as the checker compiles rule files: tests of one
// check state what they need of a rule and stay independent of the default rule set's wording.
import { compileRule, type CompiledRule } from '../../src/core/rules/compile.ts';
import type { Rule } from '../../src/core/rules/types.ts';
import { loadRuleSet, RuleFileError } from '../../src/core/rules/load.ts';

export function testRule(fields: Partial<Rule>): CompiledRule {
  return compileRule({
    id: 'test-rule',
    title: '测试指标',
    group: 'B',
    source: '测试来源',
    check: 'mentions',
    lookFor: [],
    fuzzy: [],
    formula: [],
    context: [],
    except: [],
    quantitative: false,
    proof: { facts: [], count: false, mention: false, terms: [] },
    units: [],
    zeroIgnoredWith: [],
    aspects: null,
    part: null,
    needs: [],
    table: null,
    minFacts: 1,
    reach: 'near',
    anywhere: false,
    requiredWhen: null,
    oldRegime: null,
    advice: '补充具体内容',
    lookedFor: '测试用语',
    examples: [],
    line: 1,
    ...fields,
  });
}

/** The error a rule file gets when loaded as my.yaml; the test fails if it loads. */
export function ruleFileError(text: string): RuleFileError {
  try {
    loadRuleSet(text, 'my.yaml');
  } catch (e) {
    if (e instanceof RuleFileError) return e;
    throw e;
  }
  throw new Error('expected a RuleFileError');
}
