// The rule file's own commands, for the office that edits it:
//   npm run rules -- test 我省规则.yaml                 run every example (exit 1 on a failure)
//   npm run rules -- diff OLD.yaml NEW.yaml 报告...     the verdicts the edit changes
// Each report is read and analysed once; only the rules run twice.

import { readFile } from 'node:fs/promises';
import { readDocument } from '../core/read/index.ts';
import { ReadError } from '../core/document.ts';
import { verdictsOf } from '../core/check.ts';
import { loadRules, UsageError, usageExit } from './rule-file.ts';
import type { RuleSet } from '../core/rules/types.ts';
import type { Status } from '../core/report.ts';
import { analyse } from '../core/structure/analysis.ts';
import { runExamples } from '../core/studio/examples.ts';
import { verdictChanges, type VerdictChange } from '../core/studio/verdict-changes.ts';
import { nodeReadEnv } from './node-env.ts';

const USAGE = `用法 usage: npm run rules -- test 规则文件.yaml
       npm run rules -- diff 原规则.yaml 新规则.yaml 报告文件...`;
const NAME: Record<Status, string> = { present: '具备', weak: '薄弱', missing: '缺失' };
/** A rule the other set does not have. */
const NONE = '（无此规则）';



async function test(path: string): Promise<number> {
  const outcomes = runExamples(await loadRules(path));
  const failed = outcomes.filter((o) => !o.passes);
  for (const o of failed) {
    process.stdout.write(`${path}:${o.line}: ${o.rule}: 应为${NAME[o.status]}，实为${NAME[o.actual]}（${o.reason}）\n    ${o.text.replace(/\n/g, ' ')}\n`);
  }
  process.stdout.write(`${outcomes.length} 条例句，${outcomes.length - failed.length} 条通过，${failed.length} 条不通过\n`);
  return failed.length ? 1 : 0;
}

async function diff(oldPath: string, newPath: string, reports: string[]): Promise<number> {
  const [before, after] = [await loadRules(oldPath), await loadRules(newPath)];
  const env = await nodeReadEnv();
  const changes: VerdictChange[] = [];
  let unreadable = 0;
  for (const file of reports) {
    try {
      const a = analyse(await readDocument({ name: file, bytes: await readFile(file) }, env));
      changes.push(...verdictChanges(file, verdictsOf(a, before), verdictsOf(a, after)));
    } catch (e) {
      if (!(e instanceof ReadError) && !(e as NodeJS.ErrnoException).code) throw e;
      unreadable++;
      process.stderr.write(`${file}: 无法读取（${(e as Error).message}）\n`);
    }
  }
  for (const c of changes) {
    process.stdout.write(`${c.report}\t${c.indicator} ${c.title}\t${c.before ? NAME[c.before] : NONE} → ${c.after ? NAME[c.after] : NONE}\t${c.reason}\n`);
    if (c.evidence[0]) process.stdout.write(`    「${c.evidence[0].quote}」\n`);
  }
  process.stdout.write(`${reports.length - unreadable} 份报告，${changes.length} 处结论改变\n`);
  return unreadable ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'test' && rest.length === 1) return await test(rest[0]);
    if (command === 'diff' && rest.length >= 3) return await diff(rest[0], rest[1], rest.slice(2));
    throw new UsageError(command === 'diff' ? 'diff 要两份规则文件和至少一份报告' : command === 'test' ? 'test 要一份规则文件' : command ? `不认识的命令 ${command}` : '');
  } catch (e) {
    return usageExit(e, USAGE);
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(`内部错误 internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
