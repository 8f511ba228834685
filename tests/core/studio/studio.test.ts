// The studio's core: examples run, the verdicts an edit changes, coverage, the set's diff and
// the try-a-sentence box, on the built-in set and edits of it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/core/rules/load.ts';
import { ruleSetDiff } from '../../../src/core/rules/set-diff.ts';
import { compiledRules, verdictsOf } from '../../../src/core/check.ts';
import { analysed, runExamples } from '../../../src/core/studio/examples.ts';
import { verdictChanges } from '../../../src/core/studio/verdict-changes.ts';
import { coverage, TermSightings } from '../../../src/core/studio/coverage.ts';
import { tryText } from '../../../src/core/studio/trial.ts';
import { VerdictMemo } from '../../../src/core/studio/rejudge.ts';
import { compactOf } from '../../../src/core/text/terms.ts';
import { defaultRules, repo, shared } from '../../helpers/docs.ts';

const builtinYaml = readFileSync(repo('rules/annual-report.yaml'), 'utf8');
const LOOK_FOR = '    look-for: [行政复议, 复议案件, 复议申请]';
const edited = (lookFor: string) => loadRuleSet(builtinYaml.replace(LOOK_FOR, `    look-for: [${lookFor}]`), 'edited.yaml');
const SENTENCE = '全年收到复议申请12件，依法受理10件。';

describe('runExamples', () => {
  it('passes every example of the built-in set, each with its line', () => {
    const outcomes = runExamples(defaultRules());
    expect(outcomes.length).toBe(defaultRules().rules.reduce((n, r) => n + r.examples.length, 0));
    expect(outcomes.filter((o) => !o.passes)).toEqual([]);
    expect(outcomes.every((o) => builtinYaml.split('\n')[o.line - 1].includes(o.text.split('\n')[0].slice(0, 8)))).toBe(true);
  });

  it('fails the examples an edit breaks, with the status they get now', () => {
    const failed = runExamples(edited('复议受理')).filter((o) => !o.passes);
    expect(failed.map((o) => [o.rule, o.status, o.actual])).toEqual([
      ['admin-reconsideration', 'present', 'missing'],
      ['admin-reconsideration', 'present', 'missing'],
      ['admin-reconsideration', 'weak', 'missing'],
    ]);
  });
});

describe('verdictChanges', () => {
  it('lists the indicators whose status changed, with the evidence of the verdict that has it', () => {
    const a = analysed(SENTENCE);
    const before = verdictsOf(a, edited('复议受理'));
    const after = verdictsOf(a, defaultRules());
    const changes = verdictChanges('r.txt', before, after);
    expect(changes).toMatchObject([{ report: 'r.txt', indicator: 'admin-reconsideration', before: 'missing', after: 'present' }]);
    expect(changes[0].evidence[0].quote).toContain('12件');
    expect(verdictChanges('r.txt', after, before)[0].evidence[0].quote).toContain('12件');
    expect(verdictChanges('r.txt', after, after)).toEqual([]);
  });

  it('lists a rule added or removed by the edit with no status on the other side', () => {
    const a = analysed(SENTENCE);
    const all = verdictsOf(a, defaultRules());
    const without = all.filter((v) => v.id !== 'admin-reconsideration');
    expect(verdictChanges('r.txt', without, all)).toMatchObject([{ indicator: 'admin-reconsideration', before: null, after: 'present' }]);
    expect(verdictChanges('r.txt', all, without)).toMatchObject([{ indicator: 'admin-reconsideration', before: 'present', after: null }]);
  });
});

describe('coverage', () => {
  it('names the rules nothing makes present and the terms nothing matches', () => {
    const set = edited('复议申请, 复议受理');
    const sightings = new TermSightings();
    const a = analysed(SENTENCE);
    sightings.add(compactOf(a.view.text));
    const result = coverage(compiledRules(set), [verdictsOf(a, set)], sightings);
    expect(result.unmatched).toContainEqual(expect.objectContaining({ rule: 'admin-reconsideration', field: 'look-for', term: '复议受理' }));
    expect(result.unmatched.some((u) => u.rule === 'admin-reconsideration' && u.term === '复议申请')).toBe(false);
    expect(result.neverPresent.map((r) => r.id)).not.toContain('admin-reconsideration');
    expect(result.neverPresent.map((r) => r.id)).toContain('admin-litigation');
  });

  it('looks again for an unmatched term once a new text is loaded', () => {
    const sightings = new TermSightings();
    const term = compiledRules(edited('复议受理')).find((r) => r.rule.id === 'admin-reconsideration')!.lookFor[0];
    expect(sightings.seen(term)).toBe(false);
    sightings.add(compactOf('依法办理复议受理工作'));
    expect(sightings.seen(term)).toBe(true);
  });
});

describe('ruleSetDiff', () => {
  it('says which terms a province added and removed, and nothing for an unchanged set', () => {
    expect(ruleSetDiff(defaultRules(), defaultRules())).toEqual([]);
    expect(ruleSetDiff(defaultRules(), edited('行政复议, 复议案件, 复议受理'))).toEqual([
      { kind: 'changed', id: 'admin-reconsideration', title: '行政复议', fields: [{ field: 'look-for', kind: 'terms', added: ['复议受理'], removed: ['复议申请'] }] },
    ]);
  });

  it('names rules added and removed and values changed', () => {
    const renamed = loadRuleSet(builtinYaml.replace('  - id: admin-reconsideration\n    title: 行政复议\n    group: B', '  - id: admin-review\n    title: 行政复议\n    group: A'), 'x.yaml');
    const changes = ruleSetDiff(defaultRules(), renamed);
    expect(changes).toContainEqual({ kind: 'added', id: 'admin-review', title: '行政复议' });
    expect(changes).toContainEqual({ kind: 'removed', id: 'admin-reconsideration', title: '行政复议' });
    const grouped = loadRuleSet(builtinYaml.replace('    title: 行政复议\n    group: B', '    title: 行政复议\n    group: A'), 'x.yaml');
    expect(ruleSetDiff(defaultRules(), grouped)[0]).toMatchObject({ fields: [{ field: 'group', kind: 'value', before: 'B', after: 'A' }] });
  });
});

describe('tryText', () => {
  it('gives the verdict with the terms and facts that decided it', () => {
    const trial = tryText(SENTENCE, defaultRules(), 'admin-reconsideration')!;
    expect(trial.verdict.status).toBe('present');
    expect(trial.terms).toContainEqual({ field: 'look-for', term: '复议申请' });
    expect(trial.facts).toContain('count');
    const slogan = tryText('加强行政复议工作。', defaultRules(), 'admin-reconsideration')!;
    expect(slogan.verdict.status).toBe('weak');
    expect(slogan.facts).not.toContain('count');
  });

  it('has nothing to say of an empty text or an unknown rule', () => {
    expect(tryText('  ', defaultRules(), 'admin-reconsideration')).toBeNull();
    expect(tryText(SENTENCE, defaultRules(), 'no-such-rule')).toBeNull();
  });
});

describe('VerdictMemo', () => {
  it('gives the checker\'s verdicts on real reports through a series of edits of look-for terms', () => {
    const reports = readdirSync(shared('corpus/dev')).filter((f) => f.endsWith('.txt')).map((f) => analysed(readFileSync(shared(`corpus/dev/${f}`), 'utf8')));
    // Each edit changes the topics every rule's check may consult, and one of them the
    // document's type too (group B words take part in it).
    const sets = [defaultRules(), edited('复议受理'), edited('行政复议, 复议案件, 复议申请, 法治'), edited('行政复议'), defaultRules()];
    const memo = new VerdictMemo();
    for (const set of sets) for (const a of reports) expect(memo.verdicts(a, set)).toEqual(verdictsOf(a, set));
  });

  it('gives the verdicts the checker gives, after an edit of one rule and of the look-for of another', () => {
    const memo = new VerdictMemo();
    const a = analysed(SENTENCE + '\n全年办理行政诉讼案件3件。');
    for (const set of [defaultRules(), edited('复议受理'), edited('复议申请'), defaultRules()]) {
      expect(memo.verdicts(a, set)).toEqual(verdictsOf(a, set));
    }
    expect(runExamples(edited('复议受理'), new Map(), (x, set) => memo.verdicts(x, set)).filter((o) => !o.passes)).toHaveLength(3);
  });
});
