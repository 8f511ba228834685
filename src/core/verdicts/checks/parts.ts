// The required parts judged as parts: measures with several concrete results, shortcomings
// with their causes, and a plan with specific tasks.

import { isAchievement, type Analysis, type AnalysedSentence } from '../../structure/analysis.ts';
import { evidenceOf } from '../evidence.ts';
import { compactOf, matchAny } from '../../text/terms.ts';
import type { PartKind } from '../../structure/sections.ts';
import type { PartSpan } from '../../structure/sections.ts';
import type { CompiledRule } from '../../rules/compile.ts';
import { MAX_EVIDENCE, type Judgement } from './judgement.ts';
import type { FactKind } from '../../text/facts.ts';

const PART_NAMES: Record<PartKind, string> = {
  opening: '开头',
  measures: '主要举措和成效',
  responsibility: '第一责任人履职情况',
  shortcomings: '存在的不足',
  plan: '下一年度安排',
};
const WHERE_EXPECTED: Partial<Record<PartKind, string>> = {
  shortcomings: '通常在主要举措和成效之后',
  plan: '通常在存在的不足之后、报告末尾',
};
/** A sentence of real content: web-page chrome and signature lines rarely end with a full stop. */
const CONTENT = /.{15,}[。;；]$/u;
/** A shortcoming can be short ("二是普法形式单一。"), but not shorter than this. */
const MIN_POINT = 6;
const ENUMERATOR = /[一二三四五六七八九十]是|^\s*\(?[一二三四五六七八九十\d]{1,3}[)、.]/gmu;

export function checkPart(rule: CompiledRule, a: Analysis): Judgement {
  switch (rule.rule.part) {
    case 'shortcomings': return checkShortcomings(rule, a);
    case 'plan': return checkPlan(rule, a);
    default: return checkMeasures(rule, a);
  }
}

function sentencesOf(a: Analysis, part: PartKind): AnalysedSentence[] {
  return a.sentences.filter((s) => s.part === part);
}

function missing(part: PartKind): Judgement {
  const where = WHERE_EXPECTED[part] ? `（${WHERE_EXPECTED[part]}）` : '';
  return { status: 'missing', reason: `没有找到“${PART_NAMES[part]}”部分${where}`, evidence: [] };
}

/** A sentence stating any kind of concrete fact (text/facts.ts). The opening names the plans it
 * follows, so there only counts and events count; and only in its sentences: above the title
 * and around it, a web page's fields (“| 生成日期 | 2026-03-18 |”) date the page, not the work. */
function isFact(s: AnalysedSentence): boolean {
  return factsOf(s).length > 0 && (s.part !== 'opening' || CONTENT.test(s.text));
}

function factsOf(s: AnalysedSentence) {
  return s.part === 'opening' ? s.facts.filter((f) => OPENING_FACTS.has(f.kind)) : s.facts;
}
const OPENING_FACTS = new Set<FactKind>(['count', 'rate', 'amount', 'date', 'event', 'actor']);

function checkMeasures(rule: CompiledRule, a: Analysis): Judgement {
  const body = a.sentences.filter((s) => isAchievement(s.part));
  const facts = body.filter(isFact);
  if (!body.some((s) => CONTENT.test(s.text))) return missing('measures');
  // Several results make the part, though one sentence may state them all ("召开党组会议……印发
  // 工作方案"); facts of one kind in one sentence are one act (five laws studied in one session).
  const count = facts.reduce((n, s) => n + new Set(factsOf(s).map((f) => f.kind)).size, 0);
  if (count >= rule.rule.minFacts) {
    return {
      status: 'present',
      reason: `举措和成效部分有 ${count} 处具体事实（数字、文件、会议活动、建立的制度等）`,
      evidence: facts.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(a, s.start, s.end)),
    };
  }
  return {
    status: 'weak',
    reason: `举措和成效只有 ${count} 处具体事实，多为原则性表述`,
    evidence: body.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(a, s.start, s.end)),
  };
}

/** The part's text with its heading blanked out: "不足和原因" in a heading is not a cause. */
function bodyOf(a: Analysis, span: PartSpan): AnalysedSentence[] {
  const opener = span.openedBy && 'level' in span.openedBy ? span.openedBy : null;
  return a.sentences.filter((s) => s.start >= span.start && s.end <= span.end && !(opener && s.start >= opener.start && s.end <= opener.end));
}

function spansOf(a: Analysis, part: PartKind): PartSpan[] {
  return a.structure.parts.filter((p) => p.part === part);
}

function checkShortcomings(rule: CompiledRule, a: Analysis): Judgement {
  const spans = spansOf(a, 'shortcomings');
  if (!spans.length) return missing('shortcomings');
  const body = spans.flatMap((span) => bodyOf(a, span));
  const opener = spans[0].openedBy && 'level' in spans[0].openedBy ? spans[0].openedBy : null;
  const cause = body.find((s) => matchAny(rule.needs, compactOf(headingFree(s, opener))));
  const listed = body.filter((s) => s.text.length >= MIN_POINT);
  const evidence = listed.slice(0, 2).map((s) => evidenceOf(a, s.start, s.end));
  if (cause && listed.length >= 2) {
    return { status: 'present', reason: '列出了具体不足，并分析了原因', evidence: [...evidence, evidenceOf(a, cause.start, cause.end)].slice(0, MAX_EVIDENCE) };
  }
  if (listed.length === 0) return { status: 'weak', reason: '只有一句笼统的表述，没有具体不足', evidence: sentencesOf(a, 'shortcomings').slice(0, 1).map((s) => evidenceOf(a, s.start, s.end)) };
  return { status: 'weak', reason: cause ? '只有笼统的不足' : '列出了不足，但没有分析原因', evidence };
}

/** A heading that runs into its first sentence (one-line web copies) is cut off it. */
function headingFree(s: AnalysedSentence, opener: { start: number; end: number } | null): string {
  if (!opener || opener.end <= s.start || opener.start >= s.end) return s.text;
  return s.text.slice(Math.max(0, opener.end - s.start));
}

function checkPlan(rule: CompiledRule, a: Analysis): Judgement {
  const spans = spansOf(a, 'plan');
  if (!spans.length) return missing('plan');
  const span = spans[spans.length - 1];
  const body = bodyOf(a, span).filter((s) => CONTENT.test(s.text));
  const byHeading = span.openedBy !== null && 'level' in span.openedBy;
  const text = body.map((s) => s.text).join('\n');
  const tasks = Math.max((text.match(ENUMERATOR) ?? []).length, body.length, longestList(text));
  const evidence = body.slice(0, MAX_EVIDENCE).map((s) => evidenceOf(a, s.start, s.end));
  if ((byHeading || body.length >= 2) && tasks >= rule.rule.minFacts) {
    return { status: 'present', reason: `有下一年度安排，列出 ${tasks} 项任务`, evidence };
  }
  const first = sentencesOf(a, 'plan')[0];
  return {
    status: 'weak',
    reason: '只有一句“下一步……”式的表态，没有具体任务',
    evidence: evidence.length ? evidence : first ? [evidenceOf(a, first.start, first.end)] : [],
  };
}

/** Tasks listed in one sentence with 、 ("围绕政府职能迭代升级、优化法治化营商环境、……等重点")
 * count as several; four-character slogans ("加强领导、明确责任、强化措施") do not. */
const MIN_LISTED_TASK = 6;
function longestList(text: string): number {
  const lists = text.split(/[。;；,，]/u).map((c) => c.split('、').filter((item) => item.trim().length >= MIN_LISTED_TASK).length);
  return Math.max(0, ...lists) >= 3 ? 2 : 0;
}
