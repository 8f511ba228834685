// Which table cells to mark: the cells of each finding that is not mere information (a broken
// identity, a bad value), with the findings that name them.

import type { Finding } from '../../core/report.ts';

export interface CellMark {
  /** The finding's index in the report, to select it. */
  index: number;
  code: string;
  message: string;
}

export function failedCells(findings: readonly Finding[]): Map<string, CellMark[]> {
  const marks = new Map<string, CellMark[]>();
  findings.forEach((f, index) => {
    if (f.severity === 'info') return;
    for (const id of f.cells ?? []) marks.set(id, [...(marks.get(id) ?? []), { index, code: f.code, message: f.message }]);
  });
  return marks;
}
