// The command-line checker (../shared/framework/CLI.md): a thin shell over the core. It reads
// files, hands the bytes to the same reader and checker the browser uses, and prints.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../core/read/index.ts';
import { ReadError } from '../core/document.ts';
import { checkDocument } from '../core/check.ts';
import { loadRuleSet, RuleFileError } from '../core/rules/load.ts';
import type { FailedReport, Report } from '../core/report.ts';
import type { RuleSet } from '../core/rules/types.ts';
import { nodeReadEnv } from './node-env.ts';
import { formatReport, formatFailure } from './text-output.ts';

const DEFAULT_RULES = fileURLToPath(new URL('../../rules/annual-report.yaml', import.meta.url));
const USAGE = `用法 usage: npm run check -- [--json] [--rules 规则文件.yaml] 文件...`;

interface Args {
  json: boolean;
  rules: string;
  files: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, rules: DEFAULT_RULES, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--rules') {
      if (!argv[i + 1]) throw new UsageError('--rules 后面要写规则文件的路径');
      args.rules = argv[++i];
    } else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`不认识的选项 ${a}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('请给出要检查的文件');
  return args;
}

async function loadRules(path: string): Promise<RuleSet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RuleFileError(path, null, null, '无法读取规则文件，请检查路径');
  }
  return loadRuleSet(text, path);
}

const FS_MESSAGES: Record<string, string> = {
  ENOENT: '找不到这个文件，请检查路径和文件名。',
  EISDIR: '这是一个文件夹，不是文件：请给出报告文件本身。',
  EACCES: '没有读取这个文件的权限。',
};

async function checkFile(file: string, rules: RuleSet, env: Awaited<ReturnType<typeof nodeReadEnv>>): Promise<Report | FailedReport> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { file, error: { code: code === 'ENOENT' ? 'not-found' : 'unreadable', message: FS_MESSAGES[code] ?? '无法读取这个文件。' } };
  }
  try {
    const doc = await readDocument({ name: file, bytes }, env);
    return checkDocument(doc, rules, { file });
  } catch (e) {
    if (e instanceof ReadError) return { file, error: { code: e.code, message: e.message } };
    process.stderr.write(`内部错误 internal error on ${file}: ${(e as Error).message}\n`);
    return { file, error: { code: 'internal', message: '检查这个文件时出现内部错误，请把文件反馈给开发者。' } };
  }
}

async function main(): Promise<number> {
  let args: Args;
  let rules: RuleSet;
  try {
    args = parseArgs(process.argv.slice(2));
    rules = await loadRules(args.rules);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message ? e.message + '\n' : ''}${USAGE}\n`);
      return 2;
    }
    if (e instanceof RuleFileError) {
      process.stderr.write(`规则文件有误 invalid rule file: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const env = await nodeReadEnv();
  const reports: (Report | FailedReport)[] = [];
  for (const file of args.files) {
    const report = await checkFile(file, rules, env);
    reports.push(report);
    if (!args.json) process.stdout.write(('error' in report ? formatFailure(report) : formatReport(report)) + '\n');
  }
  if (args.json) process.stdout.write(JSON.stringify(reports, null, 1) + '\n');
  return reports.some((r) => 'error' in r) ? 1 : 0;
}

// exitCode, not exit(): exiting at once would cut off a large JSON still draining into a pipe.
main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`内部错误 internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
