// The real texts of ../shared/corpus/real-dev-2 (80) and real-dev-3 (119) — openings of real
// reports and real look-alikes, none written for this project — alone and together with
// real-dev's 90, held at what issue 17's rules and document type reach, less two labels and one
// document; every threshold is at or above the targets (95 % on all 289, macro-F1 0.9,
// each set 93 %, type 97 %). Measured: 381/395, 582/619, 1425/1488; type 80/80, 117/119, 287/289;
// macro-F1 thresholds are the lowest any two more wrong labels can leave.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repo, shared } from '../helpers/docs.ts';
import { CHECKER } from '../helpers/score.ts';

const SETS: { name: string; sets: string[]; min: number; minF1: number; minType: number }[] = [
  { name: 'real-dev-2', sets: ['real-dev-2'], min: 0.959, minF1: 0.91, minType: 0.987 },
  { name: 'real-dev-3', sets: ['real-dev-3'], min: 0.936, minF1: 0.891, minType: 0.974 },
  { name: 'all 289 real texts', sets: ['real-dev', 'real-dev-2', 'real-dev-3'], min: 0.956, minF1: 0.938, minType: 0.989 },
];

describe.each(SETS)('real texts: $name', ({ sets, min, minF1, minType }) => {
  it(`agrees with the readers on ${min * 100} % of labels, macro-F1 ${minF1}`, () => {
    const labels = sets.flatMap((s) => ['--labels', shared(`corpus/${s}/labels.json`)]);
    const args = ['--cmd', CHECKER, ...labels, '--min', String(min), '--min-f1', String(minF1), '--min-type', String(minType), '--quiet'];
    const run = spawnSync('node', [shared('tools/score.mjs'), ...args], { cwd: repo(''), encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stdout.slice(-4000)).toBe(0);
    expect(run.stdout.trim().split('\n').pop()).toMatch(/^agreement/);
  }, 300_000);
});
