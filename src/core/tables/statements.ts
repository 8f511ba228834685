// What the text owes when a table row is not all zero: fee notices were sent (表三 other2 > 0),
// so the report must say whether 信息处理费 was collected. "未收取" with other2 > 0 is
// consistent (the applicants did not pay); only silence is a finding.

import type { DocumentText } from '../document.ts';
import type { Finding, ReportTable } from '../report.ts';
import type { RowStatement } from '../rules/types.ts';
import { foldText } from '../text/normalize.ts';
import { cellEvidence } from './identities.ts';

export function statementFindings(doc: DocumentText, statements: RowStatement[], tables: ReportTable[]): (Finding & { cells: string[] })[] {
  const text = foldText(doc.text).replace(/\s+/gu, '');
  return statements.flatMap((st) => {
    const cells = tables.find((t) => t.id === st.table)?.cells.filter((c) => c.row === st.row && (c.value ?? 0) > 0) ?? [];
    if (cells.length === 0 || st.needs.some((w) => text.includes(foldText(w)))) return [];
    return [{ kind: 'table', code: st.code, severity: st.severity, message: st.message, evidence: cells.map(cellEvidence), cells: cells.map((c) => c.id) }];
  });
}
