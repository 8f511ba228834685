// The command line run as a user runs it: a separate Node process, bytes out, exit status.

import { spawnSync } from 'node:child_process';
import { repo } from './docs.ts';

export function cli(...args: string[]) {
  return node('src/cli/check.ts', args);
}

/** `npm run rules -- ARGS`: the rule file's own commands. */
export function rulesCli(...args: string[]) {
  return node('src/cli/rules.ts', args);
}

function node(script: string, args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', repo(script), ...args], { cwd: repo(''), timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, text: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}
