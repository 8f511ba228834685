// `npm run rules -- test|diff`, run as the office runs them: a separate process, exit status.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesCli } from '../helpers/cli.ts';
import { repo, shared } from '../helpers/docs.ts';

const BUILTIN = repo('rules/annual-report.yaml');
const builtin = readFileSync(BUILTIN, 'utf8');
const LOOK_FOR = '    look-for: [行政复议, 复议案件, 复议申请]';
/** The built-in set with 行政复议 looked for only as a phrase no report uses. */
const narrowed = builtin.replace(LOOK_FOR, '    look-for: [复议受理]');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-rules-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const reports = readdirSync(shared('corpus/dev')).filter((f) => f.endsWith('.txt')).map((f) => shared(`corpus/dev/${f}`));

describe('rules test', () => {
  it('passes the built-in set: every example gets its status', () => {
    const run = rulesCli('test', BUILTIN);
    expect(run.status, run.stdout.toString()).toBe(0);
    expect(run.text).toMatch(/(\d+) 条例句，\1 条通过，0 条不通过/);
  });

  it('exits 1 and names the line of each failing example', () => {
    expect(narrowed).not.toBe(builtin);
    const path = file('narrowed.yaml', narrowed);
    const run = rulesCli('test', path);
    expect(run.status).toBe(1);
    const lines = narrowed.split('\n');
    const start = lines.findIndex((l) => l.includes('- id: admin-reconsideration'));
    const examples = lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l, n }) => n > start && /^\s+- "/.test(l)).slice(0, 3);
    for (const { n } of examples) expect(run.text).toContain(`${path}:${n}: admin-reconsideration:`);
    expect(run.text).toContain('3 条不通过');
  });

  it('refuses an invalid rule file with exit 2 and its line', () => {
    const run = rulesCli('test', file('bad.yaml', builtin.replace(LOOK_FOR, '    look-for: [行政复议, 的]')));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:\d+: look-for: 词语“的”只有一个字/);
  });

  it('answers a usage error with exit 2', () => {
    expect(rulesCli('diff', BUILTIN).status).toBe(2);
  });
});

describe('rules diff', () => {
  it('prints the verdicts that change, and only those', () => {
    const run = rulesCli('diff', BUILTIN, file('new.yaml', narrowed), ...reports);
    expect(run.status, run.stderr).toBe(0);
    const changes = run.text.split('\n').filter((l) => l.includes('\t'));
    expect(changes.length).toBeGreaterThan(0);
    for (const line of changes) expect(line).toMatch(/\tadmin-reconsideration 行政复议\t(具备|薄弱) → 缺失\t/);
    expect(run.text).toContain(`${reports.length} 份报告，${changes.length} 处结论改变`);
  });

  it('prints no change between a set and itself', () => {
    const run = rulesCli('diff', BUILTIN, BUILTIN, reports[0]);
    expect(run.text).toContain('1 份报告，0 处结论改变');
  });
});
