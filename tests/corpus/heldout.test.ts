// Reports written and labelled blind (tests/fixtures/heldout*, before the checker
// ever ran on them) stand in for the unseen reports the project is judged on: other bodies and
// years, a web copy, Traditional variants and documents that are not annual reports.
// Thresholds are those set for unseen reports.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repo, shared } from '../helpers/docs.ts';

describe.each(['heldout', 'heldout-2', 'heldout-3', 'heldout-4'])('held-out set %s', (set) => {
  it('reaches 85 % agreement and macro-F1 0.7', () => {
    const args = ['--labels', `tests/fixtures/${set}/labels.json`, '--variants', `tests/fixtures/${set}/variants`, '--min', '0.85', '--min-f1', '0.7'];
    const run = spawnSync('node', [shared('tools/score.mjs'), ...args], { cwd: repo(''), encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout.slice(-4000)).toBe(0);
  }, 180_000);
});
