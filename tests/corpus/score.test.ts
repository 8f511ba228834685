// The scorer of ../shared/tools runs the command-line checker over the four labelled reports
// and all their format variants; the build fails when it falls below its thresholds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repo, shared } from '../helpers/docs.ts';

describe('labelled corpus', () => {
  it('agrees with the labels on the texts and on every docx/PDF/GB18030/Traditional variant', () => {
    expect(existsSync(shared('tools/score.mjs'))).toBe(true);
    const run = spawnSync('node', [shared('tools/score.mjs')], { cwd: repo(''), encoding: 'utf8', timeout: 240_000 });
    const summary = run.stdout.trim().split('\n').pop();
    expect(run.status, run.stdout.slice(-4000)).toBe(0);
    expect(summary).toMatch(/^agreement/);
  }, 300_000);
});
