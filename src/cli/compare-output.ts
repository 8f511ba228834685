// The human-readable year-over-year comparison of the command line.

import type { FigureChange, IndicatorChange, YearComparison } from '../core/batch/compare.ts';
import type { GovinfoRepeats } from '../core/batch/govinfo-repeats.ts';
import type { Figure, Status } from '../core/report.ts';
import { STATUS_LABEL } from '../core/batch/export/matrix-table.ts';

/** Enough copied sentences to make the point; --json lists them all. */
const COPIED_SHOWN = 20;
const QUOTE_SHOWN = 60;

export function formatComparison(c: YearComparison): string {
  const who = c.newer.body ?? c.older.body ?? c.newer.file;
  const lines = [`${who}  ${c.older.year ?? '?'}年度 → ${c.newer.year ?? '?'}年度（${c.older.file} → ${c.newer.file}）`];
  lines.push(`  改进 ${c.improved.length} 项`, ...c.improved.map((x) => change('↑', x)));
  lines.push(`  退步 ${c.regressed.length} 项`, ...c.regressed.map((x) => change('↓', x)));
  if (c.figures.length) lines.push('  关键数字', ...c.figures.map((f) => figureLine(c, f)));
  if (c.tables.length) lines.push(`  表格与上年对不上 ${c.tables.length} 处`, ...c.tables.map((f) => `    ${f.message}`));
  lines.push(`  与上年几乎相同的句子 ${c.copied.length} 句，约占今年正文的 ${Math.round(c.copiedShare * 100)}%`);
  for (const p of c.copied.slice(0, COPIED_SHOWN)) lines.push(`    ${Math.round(p.similarity * 100)}%「${clip(p.newer.quote)}」`);
  if (c.copied.length > COPIED_SHOWN) lines.push(`    ……另有 ${c.copied.length - COPIED_SHOWN} 句（用 --json 查看全部）`);
  if (c.govinfo) lines.push(...govinfoLines(c.govinfo));
  return lines.join('\n');
}

function govinfoLines(g: GovinfoRepeats): string[] {
  const problems = g.problemsShare === null ? '（缺第五部分）' : `${Math.round(g.problemsShare * 100)}%`;
  const lines = [`  第一、五、六部分与上年相同（数字不计）约 ${Math.round(g.share * 100)}%，其中第五部分 ${problems}`];
  if (!g.findings.length) lines.push('    未达到提示线');
  for (const f of g.findings) lines.push(`    [${f.code}] ${f.message}`);
  return lines;
}

const label = (s: Status | null) => (s ? STATUS_LABEL[s] : '—');

function change(mark: string, x: IndicatorChange): string {
  return `    ${mark} ${x.title}：${label(x.before)} → ${label(x.after)}`;
}

function figureLine(c: YearComparison, f: FigureChange): string {
  const title = c.indicators.find((x) => x.id === f.indicator)?.title ?? f.indicator;
  return `    ${title} ${f.name}：${amount(f.before)} → ${amount(f.after)}`;
}

const amount = (f: Figure | null) => (f ? `${f.approximate ? '约' : ''}${f.value}${f.unit}` : '未写明');

const clip = (s: string) => (s.length > QUOTE_SHOWN ? s.slice(0, QUOTE_SHOWN) + '…' : s);
