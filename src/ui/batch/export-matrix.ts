// The matrix as a file: CSV straight away, the workbook through a dynamic import, since its
// writer is only wanted by reviewers who export.

import { matrixCsv } from '../../core/batch/export/csv.ts';
import type { Matrix } from '../../core/batch/matrix.ts';
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
