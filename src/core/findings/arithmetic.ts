// Arithmetic a reader can redo: a rate against the counts it is computed from (化解率 = 化解 ÷
// 排查) and a total against the parts it is split into (清理 = 保留 + 修改 + 废止 + 失效). Only
// figures of one sentence are related, and only in the relations below; a figure given as
// 余/多/近/约 is never checked, and a rate is allowed the rounding of its last printed digit.
// A false alarm costs the reviewer's trust, so anything short of a contradiction stays silent.

import type { Analysis } from '../structure/analysis.ts';
import { evidenceOf } from '../verdicts/evidence.ts';
import type { KeyFigure } from './figures.ts';
import type { Topic } from './figure-patterns.ts';
import type { Finding, Severity } from '../report.ts';

interface RateRelation {
  topic: Topic;
  rate: string;
  numerator: string;
  denominator: string;
  /** 'info' where the base a report means is often another one (出庭应诉率 of 开庭 cases). */
  severity: Severity;
}

const RATES: RateRelation[] = [
  { topic: 'dispute', rate: '化解率', numerator: '化解', denominator: '排查', severity: 'warning' },
  { topic: 'dispute', rate: '调解成功率', numerator: '调解成功', denominator: '调解', severity: 'warning' },
  { topic: 'petition', rate: '信访办结率', numerator: '信访办结', denominator: '信访受理', severity: 'warning' },
  { topic: 'reconsideration', rate: '办结率', numerator: '办结', denominator: '受理', severity: 'warning' },
  { topic: 'reconsideration', rate: '审结率', numerator: '审结', denominator: '受理', severity: 'warning' },
  { topic: 'reconsideration', rate: '纠错率', numerator: '纠错', denominator: '审结', severity: 'warning' },
  { topic: 'info-request', rate: '依申请公开办结率', numerator: '依申请公开办结', denominator: '依申请公开收到', severity: 'warning' },
  { topic: 'litigation', rate: '负责人出庭应诉率', numerator: '负责人出庭', denominator: '案件', severity: 'info' },
  { topic: 'litigation', rate: '胜诉率', numerator: '胜诉', denominator: '审结', severity: 'info' },
  { topic: 'litigation', rate: '败诉率', numerator: '败诉', denominator: '审结', severity: 'info' },
];

interface Partition {
  topic: Topic;
  total: string;
  /** Disjoint categories of the total, so their sum can never exceed it. */
  parts: string[];
  /** The category for "everything else" (保留): listing it means the list claims to be complete. */
  remainder: string[];
}

const PARTITIONS: Partition[] = [
  { topic: 'normative', total: '清理', parts: ['保留', '修改', '废止', '失效'], remainder: ['保留'] },
  { topic: 'reconsideration', total: '审结', parts: ['维持', '驳回', '纠错', '终止'], remainder: [] },
  { topic: 'legal-aid', total: '法律援助案件', parts: ['法律援助·刑事', '法律援助·民事', '法律援助·行政'], remainder: [] },
];

const EPSILON = 1e-9;

export function arithmeticFindings(a: Analysis, figures: KeyFigure[]): Finding[] {
  const bySentence = new Map<number, KeyFigure[]>();
  for (const f of figures) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  const findings: Finding[] = [];
  for (const group of bySentence.values()) {
    for (const f of group) {
      const rate = RATES.find((r) => r.topic === f.topic && r.rate === f.figure.name);
      if (rate) pushIf(findings, rateFinding(a, rate, f, group));
      const partition = PARTITIONS.find((p) => p.topic === f.topic && p.total === f.figure.name);
      if (partition) pushIf(findings, sumFinding(a, partition, f, group));
    }
  }
  return findings;
}

function pushIf(list: Finding[], f: Finding | null): void {
  if (f) list.push(f);
}

// ---------------------------------------------------------------------------------------------

function rateFinding(a: Analysis, r: RateRelation, rate: KeyFigure, group: KeyFigure[]): Finding | null {
  const before = group.filter((f) => f.topic === r.topic && f.numberEnd <= rate.numberStart);
  const num = lastNamed(before, r.numerator);
  const den = lastNamed(before, r.denominator);
  if (!num || !den || den.figure.value === 0) return null;
  if ([rate, num, den].some((f) => f.figure.approximate)) return null;
  const computed = (num.figure.value / den.figure.value) * 100;
  const stated = rate.figure.value;
  if (Math.abs(computed - stated) <= 0.5 * 10 ** -rate.decimals + EPSILON) return null;
  const start = Math.min(num.numberStart, den.numberStart);
  return {
    kind: 'arithmetic',
    code: 'rate-mismatch',
    severity: r.severity,
    message: `${rate.cue}${stated}%，但 ${num.figure.value} ÷ ${den.figure.value} = ${computed.toFixed(rate.decimals)}%`,
    evidence: [evidenceOf(a, clauseStart(a, start), rate.numberEnd, rate.numberStart)],
  };
}

function sumFinding(a: Analysis, p: Partition, total: KeyFigure, group: KeyFigure[]): Finding | null {
  const parts = partsAfter(p, total, group);
  if (!parts.length || [total, ...parts].some((f) => f.figure.approximate)) return null;
  const names = parts.map((f) => f.figure.name);
  if (new Set(names).size < names.length) return null; // a category listed twice is a breakdown of a breakdown
  const sum = parts.reduce((n, f) => n + f.figure.value, 0);
  const severity = sumSeverity(p, total.figure.value, sum, names);
  if (!severity) return null;
  const last = parts[parts.length - 1];
  return {
    kind: 'arithmetic',
    code: 'sum-mismatch',
    severity,
    message: `${total.cue}${total.figure.value}${total.figure.unit}，但${sumShown(parts, sum)}`,
    evidence: [evidenceOf(a, clauseStart(a, total.numberStart), last.numberEnd, total.numberStart)],
  };
}

function sumShown(parts: KeyFigure[], sum: number): string {
  if (parts.length === 1) return `其中${parts[0].cue}一项就有${sum}${parts[0].figure.unit}`;
  return `所列各项 ${parts.map((f) => f.figure.value).join(' + ')} = ${sum}`;
}

/** The parts listed after a total, up to the next figure of the same total. */
function partsAfter(p: Partition, total: KeyFigure, group: KeyFigure[]): KeyFigure[] {
  const after = group.filter((f) => f.topic === p.topic && f.numberStart > total.numberStart);
  const next = after.findIndex((f) => f.figure.name === p.total);
  return (next < 0 ? after : after.slice(0, next)).filter((f) => p.parts.includes(f.figure.name));
}

/** More than the whole is always wrong; less is wrong only when the list claims to be complete. */
function sumSeverity(p: Partition, total: number, sum: number, names: string[]): Severity | null {
  if (sum === total) return null;
  if (sum > total) return 'warning';
  if (p.parts.every((n) => names.includes(n))) return 'warning';
  if (names.length >= 2 && p.remainder.some((n) => names.includes(n))) return 'info';
  return null;
}

function lastNamed(figures: KeyFigure[], name: string): KeyFigure | undefined {
  return figures.filter((f) => f.figure.name === name).pop();
}

/** Quotes start at the clause of the first figure involved. */
function clauseStart(a: Analysis, at: number): number {
  const text = a.view.text;
  let i = at;
  while (i > 0 && !/[,，、;；。\n]/u.test(text[i - 1])) i--;
  return i;
}
