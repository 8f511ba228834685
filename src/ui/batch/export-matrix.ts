// The matrix as a file: CSV straight away, the workbook through a dynamic import, since its
// writer is only wanted by reviewers who export; and the batch's 审核意见, one per report in a zip.

import { matrixCsv } from '../../core/batch/export/csv.ts';
import type { Matrix, MatrixRow } from '../../core/batch/matrix.ts';
import type { Report } from '../../core/report.ts';
import { download } from '../export/download.ts';
import { today } from '../export/today.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function exportCsv(matrix: Matrix, baseName: string): void {
  download(`${baseName}-${today()}.csv`, matrixCsv(matrix), 'text/csv');
}

export async function exportXlsx(matrix: Matrix, baseName: string): Promise<void> {
  const { matrixXlsx } = await import('../../core/batch/export/xlsx.ts');
  const bytes = await matrixXlsx(matrix);
  download(`${baseName}-${today()}.xlsx`, new Uint8Array(bytes), XLSX);
}

/** Unreadable files have no 审核意见: the matrix and the workbook say why they were not checked. */
export async function exportReviews(rows: readonly MatrixRow[], baseName: string): Promise<void> {
  const [{ bodiedReviewSubject }, { reviewZip }] = await Promise.all([import('../../core/batch/export/review-docx.ts'), import('../../core/batch/export/review-zip.ts')]);
  const subjects = rows.flatMap((row) => (row.error ? [] : [bodiedReviewSubject(row.source as Report, row.body)]));
  const bytes = await reviewZip(subjects);
  download(`${baseName}-${today()}.zip`, new Uint8Array(bytes), 'application/zip');
}
