// The 90 real texts of ../shared/corpus/real-dev (openings of real reports and real look-alike
// documents, labelled by two independent readers who agree 94.6 %), at issue 8's thresholds:
// agreement 95 %, macro-F1 0.9, document type 95 %.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repo, shared } from '../helpers/docs.ts';

describe('real texts', () => {
  it('agrees with both readers as well as they agree with each other, and tells the look-alikes apart', () => {
    const args = ['--labels', shared('corpus/real-dev/labels.json'), '--min', '0.95', '--min-f1', '0.9', '--min-type', '0.95'];
    const run = spawnSync('node', [shared('tools/score.mjs'), ...args], { cwd: repo(''), encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stdout.slice(-4000)).toBe(0);
    expect(run.stdout.trim().split('\n').pop()).toMatch(/^agreement/);
  }, 300_000);
});
