// Key figures: the counts and rates a report gives for the quantitative indicators (行政复议,
// 行政应诉, 规范性文件, 重大行政决策, 调解/信访, 政务公开, 法律援助), each with its quote.
//
// A figure is read clause by clause. The words just before a number (its lead, back to the
// previous number or the clause start) hold the cue that names it; the topic the cue belongs to is
// named in the lead, right after the number (发生一起行政应诉案件), or earlier in the sentence
// (受理行政复议案件13件，已调解3件). Whatever stands between the cue and the number must be about
// that topic too, so 排查和整治安全隐患362处 is not a count of disputes.

import { isAchievement, type Analysis } from '../structure/analysis.ts';
import { evidenceOf } from '../verdicts/evidence.ts';
import { isExplicitZero, type NumberMention } from '../text/numbers.ts';
import type { Figure } from '../report.ts';
import {
  CASE_UNITS,
  FIGURE_PATTERNS,
  FILLER,
  NOT_CUES,
  OTHER_FIELDS,
  TOPIC_WORDS,
  ZERO_SUBJECTS,
  type FigureKind,
  type FigurePattern,
  type Topic,
} from './figure-patterns.ts';

/** A figure together with what the arithmetic checks need to relate it to others. */
export interface KeyFigure {
  figure: Figure;
  topic: Topic;
  /** Index into Analysis.sentences. */
  sentence: number;
  /** View offsets of the number itself. */
  numberStart: number;
  numberEnd: number;
  /** The word the report used for it (处置率 for 信访办结率). */
  cue: string;
  /** Digits printed after the decimal point: 95.2% has 1. */
  decimals: number;
}

export function findKeyFigures(a: Analysis): KeyFigure[] {
  const found: KeyFigure[] = [];
  a.sentences.forEach((s, index) => {
    // Figures in the problems and plans are shortcomings and targets (力争…达到90%), not results.
    if (!isAchievement(s.part)) return;
    const numbers = s.numbers.map((n) => ({ ...n, start: n.start + s.start, end: n.end + s.start }));
    found.push(...sentenceFigures(a, index, numbers));
  });
  return found;
}

// ---------------------------------------------------------------------------------------------

interface TopicMention {
  topic: Topic;
  start: number;
  end: number;
}

interface Cue {
  pattern: FigurePattern;
  /** Sentence offsets of the cue word. */
  start: number;
  end: number;
  /** Where the figure's quote ends when the topic follows the number: the end of that clause. */
  quoteEnd?: number;
}

const CLAUSE_BREAK = /[,，、;；:：()（）《》"]/gu;
const PERCENT_UNITS = new Set(['%', '％']);
const TOPIC_RE = alternation(Object.values(TOPIC_WORDS).flat());
const TOPIC_OF = new Map<string, Topic>(
  Object.entries(TOPIC_WORDS).flatMap(([topic, words]) => words.map((w) => [w, topic as Topic] as const)),
);
/** The patterns of each kind by topic, and those that name their topic by themselves. */
const PATTERNS_BY: Record<FigureKind, Map<Topic | 'standalone', FigurePattern[]>> = { count: new Map(), percent: new Map() };
for (const p of FIGURE_PATTERNS) {
  for (const key of p.standalone ? [p.topic, 'standalone' as const] : [p.topic]) {
    const byTopic = PATTERNS_BY[p.kind];
    byTopic.set(key, [...(byTopic.get(key) ?? []), p]);
  }
}
/** Each topic's own words, naming it or introducing one of its figures. */
const TOPIC_VOCABULARY = Object.fromEntries(
  (Object.keys(TOPIC_WORDS) as Topic[]).map((t) => [t, alternation([...TOPIC_WORDS[t], ...FIGURE_PATTERNS.filter((p) => p.topic === t).flatMap((p) => p.cues)])]),
) as Record<Topic, RegExp>;
/** A lead with nothing but a time or a link (截至目前为0件) takes the cue of the clause before. */
const LINK_ONLY = /^(?:截至目前|截至|目前|现|全年|今年|年内|其中|合计|共计|总计|累计|共|为|达|有|已)*$/u;

function sentenceFigures(a: Analysis, index: number, numbers: NumberMention[]): KeyFigure[] {
  const s = a.sentences[index];
  // Most sentences hold no count or rate and say nothing is zero: they need no closer look.
  if (!numbers.some(figureKind) && !ZERO_SUBJECTS.some((z) => z.words.test(s.text))) return [];
  const topics = topicMentions(s.text);
  const breaks = clauseBreaks(s.text);
  const out: KeyFigure[] = [];
  numbers.forEach((num, i) => {
    const kind = figureKind(num);
    if (!kind) return;
    const at = num.start - s.start;
    const clauseStart = breaks.filter((b) => b < at).reduce((_, b) => b + 1, 0);
    const leadStart = Math.max(clauseStart, i > 0 ? numbers[i - 1].end - s.start : 0);
    const nextBreak = breaks.find((b) => b >= num.end - s.start) ?? s.text.length;
    const trailEnd = Math.min(nextBreak, i + 1 < numbers.length ? numbers[i + 1].start - s.start : s.text.length);
    const cue = cueFor(s.text, topics, kind, leadStart, at, num.end - s.start, trailEnd);
    if (!cue || !unitFits(cue.pattern, num)) return;
    const quote = { start: s.start + Math.min(clauseStart, cue.start), end: s.start + Math.max(cue.quoteEnd ?? 0, num.end - s.start) };
    out.push(keyFigure(a, index, cue, s.text.slice(cue.start, cue.end), num, quote));
  });
  out.push(...zeroFigures(a, index, breaks, numbers));
  return out.sort((x, y) => x.numberStart - y.numberStart);
}

function figureKind(num: NumberMention): FigureKind | null {
  if (num.kind === 'count') return 'count';
  if (num.kind === 'percent' && PERCENT_UNITS.has(num.unit ?? '')) return 'percent';
  return null;
}

/** The cue that names the number at `at`, with the lead [leadStart, at) and trail [after, trailEnd). */
function cueFor(text: string, topics: TopicMention[], kind: FigureKind, leadStart: number, at: number, after: number, trailEnd: number): Cue | null {
  const inLead = topics.filter((t) => t.start >= leadStart && t.end <= at);
  const inTrail = topics.find((t) => t.start >= after && t.end <= trailEnd && t.start - after <= 2);
  const explicit = inLead[inLead.length - 1]?.topic ?? inTrail?.topic;
  const carried = topics.filter((t) => t.end <= leadStart).pop()?.topic;
  const lead = text.slice(leadStart, at).replace(NOT_CUES, (w) => '\u0000'.repeat(w.length));
  const of = (topic: Topic | 'standalone') => bestCue(lead, PATTERNS_BY[kind].get(topic) ?? []);
  let cue: Cue | null;
  if (explicit) cue = of(explicit);
  else cue = (carried && of(carried)) || (OTHER_FIELDS.test(lead) ? null : of('standalone'));
  const quoteEnd = !inLead.length && inTrail ? trailEnd : undefined;
  if (cue) return { ...cue, start: cue.start + leadStart, end: cue.end + leadStart, quoteEnd };
  const topic = explicit ?? carried;
  if (!topic || !LINK_ONLY.test(lead.replace(FILLER, ''))) return null;
  return inheritedCue(text, kind, topic, leadStart);
}

/** How closely the words between a cue and its number keep to the cue's topic. */
const enum Fit {
  None,
  /** The topic is named among other words: 审核并印制规范性文件17次. */
  Loose,
  /** Nothing but the topic, its other cues and filler: 受理各类矛盾纠纷426件, 备案审查87件. */
  Close,
}

/** The cue that fits best; among equally good ones a verb before a noun that names the topic
 *  (行政复议案件审结12件 is 审结), then the first: 纠纷调处化解中心全年受理各类矛盾纠纷426件 is 受理
 *  (the only close fit), 调解和解结案14件 is 调解和解 (first of two). */
function bestCue(lead: string, patterns: FigurePattern[]): Cue | null {
  let best: (Cue & { rank: number[] }) | null = null;
  for (const pattern of patterns) {
    for (const word of pattern.cues) {
      const verb = TOPIC_WORDS[pattern.topic].some((w) => word.startsWith(w)) ? 0 : 1;
      for (let i = lead.indexOf(word); i >= 0; i = lead.indexOf(word, i + 1)) {
        const end = i + word.length;
        const fit = fitOf(lead.slice(end), pattern.topic);
        if (fit === Fit.None) continue;
        const rank = [fit, verb, -i, word.length];
        if (!best || outranks(rank, best.rank)) best = { pattern, start: i, end, rank };
      }
    }
  }
  return best;
}

function outranks(a: number[], b: number[]): boolean {
  const k = a.findIndex((x, i) => x !== b[i]);
  return k >= 0 && a[k] > b[k];
}

function fitOf(object: string, topic: Topic): Fit {
  if (object.replace(TOPIC_VOCABULARY[topic], '').replace(FILLER, '') === '') return Fit.Close;
  return TOPIC_WORDS[topic].some((w) => object.includes(w)) ? Fit.Loose : Fit.None;
}

/** 规范性文件清理机制，截至目前为0件: the last cue of the topic before the clause, with no number between. */
function inheritedCue(text: string, kind: FigureKind, topic: Topic, before: number): Cue | null {
  const head = text.slice(0, before);
  let best: Cue | null = null;
  for (const pattern of PATTERNS_BY[kind].get(topic) ?? []) {
    for (const word of pattern.cues) {
      const i = head.lastIndexOf(word);
      if (i >= 0 && (!best || i > best.start)) best = { pattern, start: i, end: i + word.length };
    }
  }
  return best && !/[0-9０-９]/u.test(head.slice(best.end)) ? best : null;
}

function unitFits(pattern: FigurePattern, num: NumberMention): boolean {
  return pattern.kind === 'percent' || (pattern.units ?? CASE_UNITS).includes(num.unit ?? '');
}

function keyFigure(a: Analysis, sentence: number, cue: Cue, word: string, num: NumberMention, quote: { start: number; end: number }): KeyFigure {
  const p = cue.pattern;
  const e = evidenceOf(a, quote.start, quote.end, num.start);
  return {
    figure: {
      indicator: p.indicator,
      name: p.name,
      value: num.value,
      unit: p.kind === 'percent' ? '%' : num.unit!,
      approximate: num.approximate,
      quote: e.quote,
      start: e.start,
      end: e.end,
      page: e.page,
    },
    topic: p.topic,
    sentence,
    numberStart: num.start,
    numberEnd: num.end,
    cue: word,
    decimals: decimalsOf(num.text),
  };
}

/** 2023年无行政复议案件和行政败诉案件: a zero for each kind of case the clause names. */
function zeroFigures(a: Analysis, index: number, breaks: number[], numbers: NumberMention[]): KeyFigure[] {
  const s = a.sentences[index];
  const out: KeyFigure[] = [];
  const bounds = [-1, ...breaks, s.text.length];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const start = s.start + bounds[b] + 1;
    const end = s.start + bounds[b + 1];
    const clause = a.view.text.slice(start, end);
    const subjects = ZERO_SUBJECTS.filter((z) => z.words.test(clause));
    if (!subjects.length || numbers.some((n) => n.start >= start && n.end <= end && figureKind(n)) || !isExplicitZero(clause)) continue;
    const seen = new Set<string>();
    for (const z of subjects) {
      if (seen.has(z.indicator)) continue;
      seen.add(z.indicator);
      const e = evidenceOf(a, start, end);
      out.push({
        figure: { indicator: z.indicator, name: z.name, value: 0, unit: '件', approximate: false, quote: e.quote, start: e.start, end: e.end, page: e.page },
        topic: z.topic,
        sentence: index,
        numberStart: start,
        numberEnd: end,
        cue: z.name,
        decimals: 0,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function topicMentions(text: string): TopicMention[] {
  return [...text.matchAll(TOPIC_RE)].map((m) => ({ topic: TOPIC_OF.get(m[0])!, start: m.index!, end: m.index! + m[0].length }));
}

function clauseBreaks(text: string): number[] {
  return [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
}

function decimalsOf(text: string): number {
  return /[.．点]([0-9０-９〇零一二三四五六七八九]+)/u.exec(text)?.[1].length ?? 0;
}

/** One regex for a list of words, longest first so 政府信息公开申请 wins over 政府信息公开. */
function alternation(words: string[]): RegExp {
  const sorted = [...new Set(words)].sort((x, y) => y.length - x.length);
  return new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');
}
