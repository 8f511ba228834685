import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bodiedReviewSubject, reviewSubject } from '../../../../src/core/batch/export/review-docx.ts';
import { buildMatrix } from '../../../../src/core/batch/matrix.ts';
import type { Report } from '../../../../src/core/report.ts';
import { reviewFileName, reviewZip } from '../../../../src/core/batch/export/review-zip.ts';
import { checkText, DEV_FILES, devReport } from '../../../helpers/dev-reports.ts';
import { repo } from '../../../helpers/docs.ts';
import { docxParagraphs } from '../../../helpers/docx.ts';

describe('审核意见 zip for a batch', async () => {
  const dev = DEV_FILES.map(devReport);
  // The same file name twice, from two folders.
  const twin = { ...dev[0], report: { ...dev[0].report, file: 'other/hongtu-2023.txt' } };
  const subjects = [...dev, twin].map((d) => reviewSubject(d.report, d.text));
  const files = unzipSync(await reviewZip(subjects));

  it('holds one Word document per report, named after its file, none overwritten', () => {
    expect(Object.keys(files)).toEqual([...DEV_FILES.map(reviewFileName), 'hongtu-2023-审核意见(2).docx']);
  });

  it('holds in each the 审核意见 of that report', async () => {
    for (const [i, d] of dev.entries()) {
      const text = (await docxParagraphs(files[reviewFileName(d.report.file)])).join('\n');
      expect(text, DEV_FILES[i]).toContain(`《${d.report.file}》`);
    }
  });
});

it('names a report without a title by its body and year, as the batch keeps them in its rows', async () => {
  const untitled = checkText('青禾县.txt', repo('tests/fixtures/untitled/qinghe-2023.txt'));
  const [row] = buildMatrix([untitled.report], [untitled.text]).rows;
  const zip = unzipSync(await reviewZip([bodiedReviewSubject(row.source as Report, row.body)]));
  expect((await docxParagraphs(zip['青禾县-审核意见.docx']))[0]).toBe('关于青禾县2023年度法治政府建设情况报告的审核意见');
});
