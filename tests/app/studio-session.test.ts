// The studio's side of the worker, run under Node: an edit that does not load cancels nothing,
// and the next valid edit cancels the re-judging of the one before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromParagraphs } from '../../src/core/document.ts';
import { addReport, rejudge, validate } from '../../src/ui/worker/studio-session.ts';
import { repo, shared } from '../helpers/docs.ts';

const builtin = { yaml: readFileSync(repo('rules/annual-report.yaml'), 'utf8'), fileName: 'annual-report.yaml' };
const LOOK_FOR = '    look-for: [行政复议, 复议案件, 复议申请]';
const narrowed = { yaml: builtin.yaml.replace(LOOK_FOR, '    look-for: [复议受理]'), fileName: 'narrowed.yaml' };
const invalid = { yaml: builtin.yaml.replace(LOOK_FOR, '    look-for: 行政复议'), fileName: 'narrowed.yaml' };
const report = readFileSync(shared('corpus/dev/liangyuan-2021.txt'), 'utf8');

describe('studio session', () => {
  // More reports than one chunk, so that the re-judging yields to the message queue.
  for (let i = 0; i < 10; i++) addReport(`r${i}.txt`, fromParagraphs('txt', report.split('\n').map((text) => ({ text }))));

  it('validates an edit, runs its examples and diffs it against the built-in set', () => {
    const v = validate(1, narrowed, builtin);
    if (!('result' in v)) throw new Error('expected the set to load');
    expect(v.result.examples.filter((e) => !e.passes).map((e) => e.rule)).toEqual(['admin-reconsideration', 'admin-reconsideration', 'admin-reconsideration']);
    expect(v.result.diff).toMatchObject([{ kind: 'changed', id: 'admin-reconsideration' }]);
  });

  it('re-judges the kept reports against the baseline', async () => {
    validate(2, narrowed, builtin);
    const judged = await rejudge(2, builtin);
    expect(judged?.reports).toBe(10);
    expect(new Set(judged?.changes.map((c) => `${c.indicator} ${c.before}→${c.after}`))).toEqual(new Set(['admin-reconsideration present→missing']));
    expect(judged?.coverage.unmatched).toContainEqual(expect.objectContaining({ rule: 'admin-reconsideration', term: '复议受理' }));
  });

  it('lets an invalid edit cancel nothing, and a valid one cancel the re-judging before it', async () => {
    validate(3, narrowed, builtin);
    const running = rejudge(3, builtin);
    expect(validate(4, invalid, builtin)).toMatchObject({ problem: { field: 'look-for', english: 'must be a list ([a, b] or one “- ” a line)' } });
    expect(await running).not.toBeNull();
    validate(5, narrowed, builtin);
    const cancelled = rejudge(5, builtin);
    validate(6, builtin, builtin);
    expect(await cancelled).toBeNull();
    expect((await rejudge(6, builtin))?.changes).toEqual([]);
  });
});
