import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/report.ts';
import { failedCells } from '../../src/ui/state/table-marks.ts';

const finding = (code: string, severity: Finding['severity'], cells?: string[]): Finding => ({ kind: 'table', code, severity, message: code, evidence: [], cells });

describe('failedCells', () => {
  it('marks the cells of errors and warnings with the findings that name them, not of information', () => {
    const marks = failedCells([
      finding('blank-cells', 'info', ['t3.new.c2']),
      finding('t3-flow', 'error', ['t3.new.c7', 't3.fwd.c7']),
      finding('late-publication', 'warning'),
      finding('t3-rowsum', 'error', ['t3.new.c7']),
    ]);
    expect([...marks.keys()]).toEqual(['t3.new.c7', 't3.fwd.c7']);
    expect(marks.get('t3.new.c7')!.map((m) => [m.index, m.code])).toEqual([[1, 't3-flow'], [3, 't3-rowsum']]);
  });
});
