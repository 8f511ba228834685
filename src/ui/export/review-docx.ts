// 审核意见 as Word: the core writes it (the same bytes as the CLI's --format docx); the writer is
// loaded only when a reviewer asks for it.

import type { Report } from '../../core/report.ts';
import type { Override } from '../../core/verdicts/review.ts';
import { download } from './download.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `text` is the report's extracted text (it names the issuing body); the overrides are the reviewer's. */
export async function downloadReviewDocx(fileName: string, report: Report, text: string, overrides: Readonly<Record<string, Override>>): Promise<void> {
  const { reviewDocx, reviewSubject } = await import('../../core/batch/export/review-docx.ts');
  const bytes = await reviewDocx(reviewSubject(report, text, overrides));
  download(fileName, new Uint8Array(bytes), DOCX_TYPE);
}
