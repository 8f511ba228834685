// The command-line checker (../shared/framework/CLI.md): a thin shell over the core. It reads
// files, hands the bytes to the same reader and checker the browser uses, and prints.

import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../core/read/index.ts';
import { ReadError } from '../core/document.ts';
import { checkDocument } from '../core/check.ts';
import { loadRules, UsageError, usageExit } from './rule-file.ts';
import type { FailedReport, Report } from '../core/report.ts';
import { buildMatrix } from '../core/batch/matrix.ts';
import { compareYears } from '../core/batch/compare.ts';
import { matrixCsv } from '../core/batch/export/csv.ts';
import { matrixXlsx } from '../core/batch/export/xlsx.ts';
import { reviewDocx, reviewSubject } from '../core/batch/export/review-docx.ts';
import { reviewZip } from '../core/batch/export/review-zip.ts';
import type { RuleSet } from '../core/rules/types.ts';
import { nodeReadEnv } from './node-env.ts';
import { formatReport, formatFailure } from './text-output.ts';
import { formatComparison } from './compare-output.ts';

const DEFAULT_RULES = fileURLToPath(new URL('../../rules/annual-report.yaml', import.meta.url));
/** Built-in rule sets of the other report types: with --by-kind a document of that kind is checked
 * against its own set. Not by default: CLI.md fixes the default rule set for every file, and the
 * scorer reads every file's verdicts on it. */
const OTHER_TYPES = [fileURLToPath(new URL('../../rules/govinfo-annual-report.yaml', import.meta.url))];
const USAGE = `用法 usage: npm run check -- [--json | --format text|json|csv|xlsx|docx] [--out 输出文件] [--rules 规则文件.yaml] [--by-kind] 文件...
       --by-kind：政府信息公开工作年度报告按它自己的规则集检查 (each file against the rule set of its kind)
       npm run check -- --compare [--json] 上年报告 今年报告`;

const FORMATS = ['text', 'json', 'csv', 'xlsx', 'docx'] as const;
/** Formats that are bytes, not text: never written to a terminal. */
const BINARY: readonly Format[] = ['xlsx', 'docx'];
type Format = (typeof FORMATS)[number];

interface Args {
  format: Format;
  /** Where csv, json, xlsx or docx go instead of stdout. */
  out: string | null;
  /** Year over year: files are [older, newer]. */
  compare: boolean;
  rules: string;
  /** --by-kind: a document of another report type is checked against that type's rule set. */
  byKind: boolean;
  files: string[];
}

class OutputError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { format: 'text', out: null, compare: false, rules: DEFAULT_RULES, byKind: false, files: [] };
  const value = (i: number, what: string) => {
    if (!argv[i + 1]) throw new UsageError(`${argv[i]} 后面要写${what}`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.format = 'json';
    else if (a === '--compare') args.compare = true;
    else if (a === '--format') args.format = formatOf(value(i++, '输出格式（text、json、csv、xlsx 或 docx）'));
    else if (a === '--out') args.out = value(i++, '输出文件的路径');
    else if (a === '--rules') args.rules = value(i++, '规则文件的路径');
    else if (a === '--by-kind') args.byKind = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`不认识的选项 ${a}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('请给出要检查的文件');
  if (args.compare && args.files.length !== 2) throw new UsageError('--compare 要两个文件：先上年的报告，再今年的报告');
  if (args.compare && args.format !== 'text' && args.format !== 'json') throw new UsageError('--compare 只能输出文字或 --json');
  if (args.out && args.format === 'text') throw new UsageError('--out 用于 --format csv、xlsx、docx 或 json');
  // A workbook or a Word document is binary: written to a terminal it is garbage and can upset the terminal.
  if (BINARY.includes(args.format) && !args.out && process.stdout.isTTY) throw new UsageError(`${args.format} 不能输出到终端，请用 --out 文件.${args.format === 'docx' && args.files.length > 1 ? 'zip' : args.format} 指定输出文件`);
  return args;
}

function formatOf(s: string): Format {
  if (!(FORMATS as readonly string[]).includes(s)) throw new UsageError(`不认识的输出格式 ${s}（可选 text、json、csv、xlsx、docx）`);
  return s as Format;
}


const FS_MESSAGES: Record<string, string> = {
  ENOENT: '找不到这个文件，请检查路径和文件名。',
  EISDIR: '这是一个文件夹，不是文件：请给出报告文件本身。',
  EACCES: '没有读取这个文件的权限。',
};

/** A file's report, with the extracted text its offsets point into when it could be read. */
type Checked = { report: Report; text: string } | { report: FailedReport; text?: undefined };

async function checkFile(file: string, rules: RuleSet, alternatives: RuleSet[], env: Awaited<ReturnType<typeof nodeReadEnv>>): Promise<Checked> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { report: { file, error: { code: code === 'ENOENT' ? 'not-found' : 'unreadable', message: FS_MESSAGES[code] ?? '无法读取这个文件。' } } };
  }
  try {
    const doc = await readDocument({ name: file, bytes }, env);
    return { report: checkDocument(doc, rules, { file, alternatives }), text: doc.text };
  } catch (e) {
    if (e instanceof ReadError) return { report: { file, error: { code: e.code, message: e.message } } };
    process.stderr.write(`内部错误 internal error on ${file}: ${(e as Error).message}\n`);
    return { report: { file, error: { code: 'internal', message: '检查这个文件时出现内部错误，请把文件反馈给开发者。' } } };
  }
}

async function main(): Promise<number> {
  let args: Args;
  let rules: RuleSet;
  let alternatives: RuleSet[];
  try {
    args = parseArgs(process.argv.slice(2));
    rules = await loadRules(args.rules);
    alternatives = args.byKind ? await Promise.all(OTHER_TYPES.map(loadRules)) : [];
  } catch (e) {
    return usageExit(e, USAGE);
  }
  const env = await nodeReadEnv();
  const checked: Checked[] = [];
  for (const file of args.files) {
    const c = await checkFile(file, rules, alternatives, env);
    checked.push(c);
    if (args.format === 'text' && !args.compare) process.stdout.write(('error' in c.report ? formatFailure(c.report) : formatReport(c.report)) + '\n');
  }
  const reports = checked.map((c) => c.report);
  if (args.compare) await emitComparison(args, checked, [rules, ...alternatives]);
  else if (args.format === 'docx') await emitReviews(args, checked);
  else if (args.format !== 'text') await emit(args, await matrixOutput(args.format, reports, checked.map((c) => c.text)));
  return reports.some((r) => 'error' in r) ? 1 : 0;
}

/** 审核意见: one file gives one Word document, several a zip with one per report. Files that
 *  could not be read have nothing to review; they are named on stderr. */
async function emitReviews(args: Args, checked: Checked[]): Promise<void> {
  for (const c of checked) if ('error' in c.report) process.stderr.write(formatFailure(c.report) + '\n');
  const subjects = checked.flatMap((c) => (c.text === undefined ? [] : [reviewSubject(c.report, c.text)]));
  if (!subjects.length) return;
  await emit(args, args.files.length === 1 ? await reviewDocx(subjects[0]) : await reviewZip(subjects));
}

async function matrixOutput(format: Exclude<Format, 'text' | 'docx'>, reports: (Report | FailedReport)[], texts: (string | undefined)[]): Promise<string | Uint8Array> {
  if (format === 'json') return JSON.stringify(reports, null, 1) + '\n';
  const matrix = buildMatrix(reports, texts);
  return format === 'csv' ? matrixCsv(matrix) : matrixXlsx(matrix);
}

async function emitComparison(args: Args, [older, newer]: Checked[], sets: RuleSet[]): Promise<void> {
  if (older.text === undefined || newer.text === undefined) {
    const failed = [older, newer].map((c) => c.report).filter((r): r is FailedReport => 'error' in r);
    await emit(args, args.format === 'json' ? JSON.stringify(failed, null, 1) + '\n' : failed.map(formatFailure).join('\n') + '\n');
    return;
  }
  const comparison = compareYears(older, newer, sets);
  await emit(args, args.format === 'json' ? JSON.stringify(comparison, null, 1) + '\n' : formatComparison(comparison) + '\n');
}

async function emit(args: Args, output: string | Uint8Array): Promise<void> {
  if (!args.out) {
    process.stdout.write(output);
    return;
  }
  try {
    await writeFile(args.out, output);
  } catch {
    throw new OutputError(`无法写入输出文件 ${args.out}，请检查路径和权限`);
  }
}

// exitCode, not exit(): exiting at once would cut off a large JSON still draining into a pipe.
main().then(
  (code) => (process.exitCode = code),
  (e) => {
    process.stderr.write(e instanceof OutputError ? `${e.message}\n` : `内部错误 internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
