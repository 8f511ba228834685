// The shared scorer (../shared/tools/score.mjs) run as the project's checker is judged, with its
// summary line read back, so that a test can hold the texts and the format variants each at its
// own level and know how many variants were scored at all (0 of 0 reads as 100 %).

import { spawnSync } from 'node:child_process';
import { repo, shared } from './docs.ts';

export interface Tally {
  agreed: number;
  of: number;
}

export interface Score {
  /** Exit status: 0 when macro-F1, document type and quotes pass the thresholds given. */
  status: number | null;
  texts: Tally;
  variants: Tally;
  variantFiles: number;
  type: Tally;
  /** The scorer's output, for the failure message. */
  output: string;
}

const SUMMARY = /^agreement [\d.]+% \((\d+)\/(\d+)\) on \d+ texts, .*; variants [\d.]+% \((\d+)\/(\d+)\) on (\d+) files; document type [\d.]+% \((\d+)\/(\d+)\)/mu;

/** The command the scorer runs by default (CLI.md): every text on the 法治政府建设 rule set. */
export const CHECKER = 'npm run -s check -- --json';

export function score(args: string[]): Score {
  const run = spawnSync('node', [shared('tools/score.mjs'), '--cmd', CHECKER, ...args], { cwd: repo(''), encoding: 'utf8', timeout: 240_000 });
  const output = run.stdout.slice(-4000);
  const m = SUMMARY.exec(run.stdout);
  if (!m) throw new Error(`no summary line in the scorer's output:\n${output}\n${run.stderr.slice(-2000)}`);
  const n = m.slice(1).map(Number);
  return {
    status: run.status,
    texts: { agreed: n[0], of: n[1] },
    variants: { agreed: n[2], of: n[3] },
    variantFiles: n[4],
    type: { agreed: n[5], of: n[6] },
    output,
  };
}

/** Agreement as a share; a tally of nothing is not 100 %, it is no evidence. */
export function share({ agreed, of }: Tally): number {
  return of ? agreed / of : Number.NaN;
}
