// The command line's 审核意见: --format docx writes the document the app downloads.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reviewDocx, reviewSubject } from '../../src/core/batch/export/review-docx.ts';
import { reviewFileName } from '../../src/core/batch/export/review-zip.ts';
import { RESEND_NOTICE } from '../../src/core/batch/document-kind.ts';
import { STATUS_LABEL } from '../../src/core/batch/export/matrix-table.ts';
import { devReport } from '../helpers/dev-reports.ts';
import { repo, shared } from '../helpers/docs.ts';
import { cli } from '../helpers/cli.ts';
import { docxParagraphs } from '../helpers/docx.ts';


const SHUANGJIANG = shared('corpus/dev/shuangjiang-2023.txt');
const LOOKALIKE = shared('corpus/real-dev/n07-zhongwei-fzzf-work-points-2022.txt');
const outDir = () => mkdtempSync(join(tmpdir(), 'nianbao-'));

describe('--format docx', () => {
  it('writes one report\'s 审核意见 to --out, with its weak and missing indicators and findings', async () => {
    const out = join(outDir(), '意见.docx');
    const run = cli('--format', 'docx', '--out', out, SHUANGJIANG);
    expect(run.status).toBe(0);
    const text = (await docxParagraphs(readFileSync(out))).join('\n');
    const { report } = devReport('shuangjiang-2023.txt');
    for (const v of report.results.filter((r) => r.status !== 'present')) expect(text).toContain(`${v.title}：${STATUS_LABEL[v.status]}`);
    for (const f of report.findings) expect(text).toContain(f.message);
  });

  it('writes the same document the core gives the app', async () => {
    const run = cli('--format', 'docx', SHUANGJIANG);
    expect(run.status).toBe(0);
    const { report, text } = devReport('shuangjiang-2023.txt');
    const fromCore = await reviewDocx(reviewSubject({ ...report, file: SHUANGJIANG }, text));
    expect(await docxParagraphs(new Uint8Array(run.stdout))).toEqual(await docxParagraphs(fromCore));
  });

  it('names a report without a title by its body and year', async () => {
    const run = cli('--format', 'docx', repo('tests/fixtures/untitled/qinghe-2023.txt'));
    expect(run.status).toBe(0);
    expect((await docxParagraphs(new Uint8Array(run.stdout)))[0]).toBe('关于青禾县2023年度法治政府建设情况报告的审核意见');
  });

  it('writes a zip with one 审核意见 per report for several files, and marks the wrong document', async () => {
    const out = join(outDir(), '意见.zip');
    const run = cli('--format', 'docx', '--out', out, SHUANGJIANG, LOOKALIKE, 'no-such-report.pdf');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-report.pdf');
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files)).toEqual([reviewFileName(SHUANGJIANG), reviewFileName(LOOKALIKE)]);
    expect(await docxParagraphs(files[reviewFileName(LOOKALIKE)])).toContain(RESEND_NOTICE);
  });
});
