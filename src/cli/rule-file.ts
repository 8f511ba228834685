// What the two commands (check, rules) share: reading a rule file from disk, and the exit status
// of CLI.md for a usage error or an invalid rule file.

import { readFile } from 'node:fs/promises';
import { loadRuleSet, RuleFileError } from '../core/rules/load.ts';
import type { RuleSet } from '../core/rules/types.ts';

/** A mistake in the command line itself: the message, then the usage. */
export class UsageError extends Error {}

export async function loadRules(path: string): Promise<RuleSet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RuleFileError(path, null, null, '无法读取规则文件，请检查路径', 'cannot read the rule file: check the path');
  }
  return loadRuleSet(text, path);
}

/** Exit 2 with the message for a usage error or an invalid rule file; anything else is a bug. */
export function usageExit(e: unknown, usage: string): number {
  if (e instanceof UsageError) {
    process.stderr.write(`${e.message ? e.message + '\n' : ''}${usage}\n`);
    return 2;
  }
  if (e instanceof RuleFileError) {
    process.stderr.write(`规则文件有误 invalid rule file: ${e.message}\n`);
    return 2;
  }
  throw e;
}
