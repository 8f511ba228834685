// The human-readable checklist of the command line.

import type { FailedReport, Report, Status, Verdict } from '../core/report.ts';

const MARK: Record<Status, string> = { present: '✓ 具备', weak: '△ 薄弱', missing: '✗ 缺失' };
const GROUPS = { A: 'A 报告结构（法定组成部分）', B: 'B 工作内容（实施纲要）' } as const;

export function formatReport(r: Report): string {
  const count = (s: Status) => r.results.filter((v) => v.status === s).length;
  const lines = [
    `${r.file}  ${r.year ? `${r.year}年度 · ` : ''}${r.format} · 具备 ${count('present')} · 薄弱 ${count('weak')} · 缺失 ${count('missing')}`,
  ];
  for (const f of r.findings) lines.push(`  [${f.severity}] ${f.message}`);
  for (const g of ['A', 'B'] as const) {
    lines.push(`  ${GROUPS[g]}`);
    for (const v of r.results.filter((x) => x.group === g)) lines.push(...formatVerdict(v));
  }
  return lines.join('\n');
}

function formatVerdict(v: Verdict): string[] {
  const out = [`    ${MARK[v.status]}  ${v.title}：${v.reason}`];
  for (const e of v.evidence.slice(0, 1)) {
    const where = [e.section, e.page ? `第${e.page}页` : null].filter(Boolean).join('，');
    out.push(`        「${e.quote.length > 70 ? e.quote.slice(0, 70) + '…' : e.quote}」${where ? `（${where}）` : ''}`);
  }
  if (v.advice) out.push(`        建议：${v.advice}`);
  return out;
}

export function formatFailure(r: FailedReport): string {
  return `${r.file}  无法检查 [${r.error.code}]：${r.error.message}`;
}
