// The human-readable checklist of the command line.

import type { Evidence, FailedReport, Figure, Finding, Report, Status, Verdict } from '../core/report.ts';

const MARK: Record<Status, string> = { present: '✓ 具备', weak: '△ 薄弱', missing: '✗ 缺失' };
const GROUPS = { A: 'A 报告结构（法定组成部分）', B: 'B 工作内容（实施纲要）' } as const;

export function formatReport(r: Report): string {
  const count = (s: Status) => r.results.filter((v) => v.status === s).length;
  const lines = [
    `${r.file}  ${r.year ? `${r.year}年度 · ` : ''}${r.format} · 具备 ${count('present')} · 薄弱 ${count('weak')} · 缺失 ${count('missing')}`,
  ];
  for (const f of r.findings) lines.push(...formatFinding(f));
  for (const g of ['A', 'B'] as const) {
    lines.push(`  ${GROUPS[g]}`);
    for (const v of r.results.filter((x) => x.group === g)) lines.push(...formatVerdict(v));
  }
  lines.push(...formatFigures(r));
  return lines.join('\n');
}

function formatFinding(f: Finding): string[] {
  return [`  [${f.severity}] ${f.message}`, ...f.evidence.slice(0, 1).map((e) => `        ${quoted(e)}`)];
}

/** 关键数据, grouped under the indicator each figure documents. */
function formatFigures(r: Report): string[] {
  const figures = r.figures ?? [];
  if (!figures.length) return [];
  const title = new Map(r.results.map((v) => [v.id, v.title]));
  const lines = ['  关键数据'];
  for (const id of [...new Set(figures.map((f) => f.indicator))]) {
    lines.push(`    ${title.get(id) ?? id}`);
    for (const f of figures.filter((x) => x.indicator === id)) lines.push(`      ${f.name} ${figureValue(f)}  ${quoted(f)}`);
  }
  return lines;
}

function figureValue(f: Figure): string {
  return `${f.approximate ? '约' : ''}${f.value}${f.unit}`;
}

function quoted(e: Pick<Evidence, 'quote' | 'page'> & { section?: string | null }): string {
  const where = [e.section, e.page ? `第${e.page}页` : null].filter(Boolean).join('，');
  return `「${e.quote.length > 70 ? e.quote.slice(0, 70) + '…' : e.quote}」${where ? `（${where}）` : ''}`;
}

function formatVerdict(v: Verdict): string[] {
  const out = [`    ${MARK[v.status]}  ${v.title}：${v.reason}`];
  for (const e of v.evidence.slice(0, 1)) out.push(`        ${quoted(e)}`);
  if (v.advice) out.push(`        建议：${v.advice}`);
  return out;
}

export function formatFailure(r: FailedReport): string {
  return `${r.file}  无法检查 [${r.error.code}]：${r.error.message}`;
}
