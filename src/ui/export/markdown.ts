// 审核意见: the review opinion a reviewer sends back to the report's author, in Markdown so it
// pastes into mail, OA systems and Word alike.

import type { Evidence, Report } from '../../core/report.ts';
import type { Strings } from '../i18n.ts';
import { describeOverall, groupLabel, groupsOf, type Counts, type Overall, type ReviewedVerdict } from '../state/verdicts.ts';
import type { RuleSetInfo } from '../worker/protocol.ts';
import { today } from './today.ts';

const MARK = { present: '✓', weak: '!', missing: '✗' } as const;
const QUOTES_PER_INDICATOR = 3;

export interface Opinion {
  name: string;
  report: Report;
  verdicts: readonly ReviewedVerdict[];
  counts: Counts;
  overall: Overall;
  rules: RuleSetInfo | null;
}

export function toMarkdown(o: Opinion, t: Strings): string {
  const overridden = o.verdicts.filter((v) => v.override).length;
  const lines = [
    `# ${t.mdTitle}：${o.name}`,
    '',
    `- ${t.printRules}：${o.rules ? `${o.rules.title}（${o.rules.id} ${o.rules.version}）` : `${o.report.ruleset.id} ${o.report.ruleset.version}`}`,
    `- ${t.summaryYear}：${o.report.year ?? t.summaryYearUnknown}`,
    `- ${t.printDate}：${today()}`,
    `- ${t.status.present} ${o.counts.present} · ${t.status.weak} ${o.counts.weak} · ${t.status.missing} ${o.counts.missing}` +
      (overridden ? `（${t.summaryOverrides(overridden)}）` : ''),
    '',
    `**${describeOverall(o.overall, t)}**`,
  ];
  for (const group of groupsOf(o.verdicts)) {
    lines.push('', `## ${groupLabel(t, o.report.ruleset.id, group).name}`);
    for (const v of o.verdicts.filter((x) => x.group === group)) lines.push('', ...indicator(v, t));
  }
  if (o.report.findings.length) {
    lines.push('', `## ${t.findingsTitle}`, '');
    for (const f of o.report.findings) lines.push(`- ${oneLine(f.message)}`);
  }
  return lines.join('\n') + '\n';
}

function indicator(v: ReviewedVerdict, t: Strings): string[] {
  const out = [`### ${MARK[v.effective]} ${v.title} — ${t.status[v.effective]}`];
  if (v.override) {
    out.push('', `> ${t.mdOverride}：${t.status[v.override.status]}。${t.overrideReason}：${oneLine(v.override.reason)}（${t.mdChecker}：${t.status[v.status]}）`);
  }
  out.push('', `- ${t.reason}：${oneLine(v.reason)}`);
  if (v.effective !== 'present' && v.advice) out.push(`- ${t.advice}：${oneLine(v.advice)}`);
  out.push(`- ${t.source}：${oneLine(v.source)}`);
  const quotes = v.evidence.slice(0, QUOTES_PER_INDICATOR);
  if (quotes.length) {
    out.push(`- ${t.evidence}：`);
    for (const e of quotes) out.push(`  - “${oneLine(e.quote)}”${where(e, t)}`);
  }
  return out;
}

function where(e: Evidence, t: Strings): string {
  const parts = [e.page ? t.evidencePage(e.page) : null, e.section ? oneLine(e.section) : null].filter(Boolean);
  return parts.length ? `（${parts.join(' · ')}）` : '';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
