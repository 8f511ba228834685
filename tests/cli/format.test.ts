// The command line's batch outputs: --format csv|xlsx|json over many files, and --compare.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_LABEL } from '../../src/core/batch/export/matrix-table.ts';
import type { YearComparison } from '../../src/core/batch/compare.ts';
import type { FailedReport, Report } from '../../src/core/report.ts';
import { repo, shared } from '../helpers/docs.ts';
import { cli } from '../helpers/cli.ts';
import { parseCsv } from '../helpers/csv.ts';
import { readWorkbook } from '../helpers/xlsx.ts';

const DEV = ['hongtu-2023', 'liangyuan-2021', 'shuangjiang-2023', 'xiegou-2020'].map((f) => shared(`corpus/dev/${f}.txt`));
const MISSING = 'no-such-report.docx';


const json = cli('--json', ...DEV, MISSING);
const reports = JSON.parse(json.text) as (Report | FailedReport)[];
const checked = reports.filter((r): r is Report => !('error' in r));

describe('--format csv', () => {
  const run = cli('--format', 'csv', ...DEV, MISSING);

  it('prints the matrix with a BOM and exits 1 when a file could not be read', () => {
    expect(run.status).toBe(1);
    expect([...run.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has the statuses of --json, and the unreadable file as a row carrying its error', () => {
    const [header, ...rows] = parseCsv(run.text.slice(1));
    expect(header.slice(0, 8)).toEqual(['文件', '单位', '年度', '格式', '文件类型', '具备', '薄弱', '缺失']);
    expect(rows.map((r) => r[0])).toEqual([...DEV, MISSING]);
    checked.forEach((report, i) => expect(rows[i].slice(8)).toEqual(report.results.map((v) => STATUS_LABEL[v.status])));
    expect(rows[4][8]).toMatch(/^无法检查：找不到这个文件/u);
  });
});

describe('--format xlsx', () => {
  it('writes the workbook to --out, 总表 equal to --json', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nianbao-')), '汇总.xlsx');
    const run = cli('--format', 'xlsx', '--out', out, ...DEV);
    expect(run.status).toBe(0);
    expect(run.text).toBe('');
    const book = readWorkbook(readFileSync(out));
    const [, ...rows] = book.get('总表')!;
    checked.forEach((report, i) => expect(rows[i].slice(8)).toEqual(report.results.map((v) => STATUS_LABEL[v.status])));
    expect(book.size).toBe(1 + DEV.length);
  });

  it('writes the bytes to a pipe', () => {
    const run = cli('--format', 'xlsx', DEV[0]);
    expect(run.status).toBe(0);
    expect([...run.stdout.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(readWorkbook(new Uint8Array(run.stdout)).has('总表')).toBe(true);
  });
});

describe('usage', () => {
  it('keeps --json the same as --format json', () => {
    expect(json.status).toBe(1);
    // the same but for the time each check took
    const timeless = (text: string) => text.replace(/"ms": \d+/gu, '"ms": 0');
    expect(timeless(cli('--format', 'json', ...DEV, MISSING).text)).toBe(timeless(json.text));
  });

  it('refuses unknown formats and --compare without two files, with exit 2', () => {
    for (const args of [['--format', 'pdf', DEV[0]], ['--format'], ['--compare', DEV[0]], ['--compare', '--format', 'csv', DEV[0], DEV[1]], ['--out', 'x.txt', DEV[0]]]) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/用法 usage/u);
      expect(run.text).toBe('');
    }
  });
});

describe('--compare', () => {
  const OLD = shared('corpus/dev/shuangjiang-2023.txt');
  const NEW = repo('tests/fixtures/yoy/shuangjiang-2024.txt');

  it('prints improvements, regressions and copied sentences', () => {
    const run = cli('--compare', OLD, NEW);
    expect(run.status).toBe(0);
    expect(run.text).toMatch(/2023年度 → 2024年度/u);
    expect(run.text).toMatch(/改进 \d+ 项[\s\S]*↑ 行政规范性文件清理：缺失 → 具备/u);
    expect(run.text).toMatch(/退步 1 项\n\s+↓ 法治宣传教育（普法）：具备 → 薄弱/u);
    expect(run.text).toMatch(/与上年几乎相同的句子 \d+ 句/u);
  });

  it('gives the comparison as JSON with --json', () => {
    const c = JSON.parse(cli('--compare', '--json', OLD, NEW).text) as YearComparison;
    expect(c.regressed.map((x) => x.id)).toEqual(['law-popularization']);
    expect(c.improved.map((x) => x.id)).toContain('normative-docs-review');
    expect(c.copied.length).toBeGreaterThan(40);
  });

  it('compares parts 一、五、六 of a 信息公开年报 with last year\'s, numbers masked', () => {
    const run = cli('--compare', shared('corpus/govinfo/hongze-district-2023.pdf'), shared('corpus/govinfo/hongze-district-2024.pdf'));
    expect(run.status).toBe(0);
    expect(run.text).toMatch(/第一、五、六部分与上年相同（数字不计）约 \d+%，其中第五部分 \d+%\n\s+未达到提示线/u);
  });

  it('exits 1 naming the file it could not read', () => {
    const run = cli('--compare', OLD, MISSING);
    expect(run.status).toBe(1);
    expect(run.text).toMatch(/no-such-report\.docx\s+无法检查/u);
  });
});
