// Two inputs the command line used to refuse or mis-explain: a report with stray NULs from a bad
// export, and a file named .pdf or .docx that is no PDF or Word document.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FailedReport, Report } from '../../src/core/report.ts';
import { randomBytes } from '../fixtures/build.ts';
import { shared } from '../helpers/docs.ts';
import { cli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
const input = (name: string, bytes: Uint8Array | string) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

function checkJson(...files: string[]) {
  const run = cli('--json', ...files);
  return { status: run.status, reports: JSON.parse(run.text) as (Report | FailedReport)[] };
}

describe('inputs', () => {
  it('checks a UTF-8 report with stray NULs, with a warning that they were dropped', () => {
    const original = shared('corpus/dev/hongtu-2023.txt');
    const text = readFileSync(original, 'utf8');
    const withNuls = input('hongtu-nul.txt', text.replace('法治政府', '法治\0政府').replace('。', '。\0\0'));
    const { status, reports } = checkJson(original, withNuls);
    expect(status).toBe(0);
    const [clean, repaired] = reports as Report[];
    expect(repaired.results.map((r) => r.status)).toEqual(clean.results.map((r) => r.status));
    expect(repaired.findings).toContainEqual(expect.objectContaining({ kind: 'input', code: 'stray-nul-characters', severity: 'warning', message: expect.stringContaining('3 个空字符') }));
  });

  it('says a renamed or damaged .pdf and .docx are not valid files of that kind', () => {
    const noise = randomBytes(16 * 1024, 5);
    const { status, reports } = checkJson(input('报告.pdf', noise), input('报告.docx', noise));
    expect(status).toBe(1);
    const [pdf, docx] = reports as FailedReport[];
    expect(pdf.error.code).toBe('corrupt-pdf');
    expect(pdf.error.message).toContain('不是有效的 PDF');
    expect(docx.error.code).toBe('corrupt-docx');
    expect(docx.error.message).toContain('不是有效的 Word 文档');
  });
});
