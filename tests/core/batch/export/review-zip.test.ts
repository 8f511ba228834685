import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reviewSubject } from '../../../../src/core/batch/export/review-docx.ts';
import { reviewFileName, reviewZip } from '../../../../src/core/batch/export/review-zip.ts';
import { DEV_FILES, devReport } from '../../../helpers/dev-reports.ts';
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
