// Findings on the cells themselves: a value the format does not allow, printed blanks, and rows
// that could not be aligned (whose identities are skipped, not failed).
import { describe, expect, it } from 'vitest';
import type { DocumentText } from '../../../src/core/document.ts';
import { readReportTables } from '../../../src/core/tables/format-version.ts';
import { cellFindings } from '../../../src/core/tables/cell-findings.ts';
import { identityFindings } from '../../../src/core/tables/identities.ts';
import { textDoc } from '../../helpers/docs.ts';
import { govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';

const set = govinfoRules();

async function findingsOf(change: (text: string) => string) {
  const pdf = await govinfoDoc('hongze-district-2024.pdf');
  const doc: DocumentText = textDoc(change(pdf.text));
  const tables = readReportTables(doc, set, null);
  return [...cellFindings(set.tables, tables), ...identityFindings(set.identities, { layouts: set.tables, tables })];
}

describe('cell findings', () => {
  it('are none for the report as printed', async () => {
    expect(await findingsOf((t) => t)).toEqual([]);
  });

  it('name a count that is not a whole number, but allow decimals in 万元', async () => {
    const findings = await findingsOf((t) => t.replace('行政强制 84', '行政强制 8.4'));
    expect(findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['bad-value', 'error', ['t2.coercion']]]);
  });

  it('list printed blanks once, counted as 0 in the identities', async () => {
    const findings = await findingsOf((t) => t.replace('（一）予以公开 50 0 0 0 0 0 50', '（一）予以公开 50 - — / 无 0 50'));
    expect(findings.map((f) => [f.code, f.severity, f.cells])).toEqual([['blank-cells', 'info', ['t3.grant.c2', 't3.grant.c3', 't3.grant.c4', 't3.grant.c5']]]);
  });

  it('name an unaligned row and skip the identities that need it', async () => {
    const findings = await findingsOf((t) => t.replace('（一）予以公开 50 0 0 0 0 0 50', '（一）予以公开 50 50'));
    expect(findings.map((f) => f.code)).toEqual(['table-not-alignable']);
    expect(findings[0].message).toContain('“（一）予以公开”：找到 2 个数，应为 7 个');
  });
});

describe('blank-total', () => {
  it('explains the identities a blank 总计 breaks, as one warning instead of errors', async () => {
    const findings = await findingsOf((t) => t.replace('（一）予以公开 50 0 0 0 0 0 50', '（一）予以公开 50 0 0 0 0 0 -'));
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['blank-cells', 'info'],
      ['blank-total', 'warning'],
    ]);
    const warning = findings[1];
    expect(warning.message).toContain('t3.grant.c7');
    expect(warning.message).toContain('每行的总计');
    expect(warning.message).toContain('办理结果总计 = 各项办理结果之和');
    expect(warning.cells).toContain('t3.grant.c7');
  });

  it('leaves a blank cell that is no 总计 to fail its identities', async () => {
    const findings = await findingsOf((t) => t.replace('（一）予以公开 50 0 0 0 0 0 50', '（一）予以公开 - 0 0 0 0 0 50'));
    expect(findings.map((f) => f.code)).toEqual(['blank-cells', 't3-results', 't3-rowsum']);
  });
});
