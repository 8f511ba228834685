// A 政府信息公开工作年度报告 that repeats last year's words in its own parts has not reported this
// year (GOVINFO.md: copied-from-last-year, problems-repeated). Only the prose parts are compared —
// 一 总体情况, 五 问题及改进, 六 其他事项 — because parts 二–四 are the format's fixed tables, alike
// every year by design. Digits are masked first: "2023年…收取信息处理费0元" and "2024年…0元" are
// the same sentence with this year's date put in.

import type { Evidence, Finding, Status } from '../report.ts';
import { findHeadingMarks } from '../structure/headings.ts';
import { findCopied, type CopiedPassage } from './copied.ts';

export type GovinfoPart = 1 | 2 | 3 | 4 | 5 | 6;

/** A part heading has the part's number and words of its prescribed title: the tables' rows
 *  ("一、本年新收政府信息公开申请数量") carry the same numbering. */
const PART_TITLES: Record<GovinfoPart, { numeral: string; title: RegExp }> = {
  1: { numeral: '一', title: /总体情况/u },
  2: { numeral: '二', title: /主动公开/u },
  3: { numeral: '三', title: /收到和处理|公开申请情况/u },
  4: { numeral: '四', title: /行政复议.*行政诉讼情况/u },
  5: { numeral: '五', title: /存在的?主要问题|改进情况/u },
  6: { numeral: '六', title: /其他需要报告/u },
};

const PROSE_PARTS: readonly GovinfoPart[] = [1, 5, 6];

/** From GOVINFO.md (both marked "(?)" there: to be tuned on more pairs). */
export const COPIED_WARNING = 0.5;
export const COPIED_ERROR = 0.8;
/** Part 五 counts as repeated when at least half of it is last year's. */
export const PROBLEMS_REPEATED = 0.5;

export interface PartSpan {
  part: GovinfoPart;
  heading: string;
  start: number;
  end: number;
}

export interface GovinfoRepeats {
  /** Share of parts 一、五、六's words that stand in sentences copied from last year's parts. */
  share: number;
  passages: CopiedPassage[];
  /** Share of part 五's words copied from last year's part 五; null when either report lacks it. */
  problemsShare: number | null;
  problemsPassages: CopiedPassage[];
  findings: Finding[];
}

/** The six parts found by their headings, in text order; a part not found is left out. */
export function govinfoParts(text: string): PartSpan[] {
  const heads: { part: GovinfoPart; heading: string; start: number }[] = [];
  for (const mark of findHeadingMarks(text)) {
    if (mark.level !== 1) continue;
    const part = (Object.keys(PART_TITLES).map(Number) as GovinfoPart[]).find(
      (p) => mark.text.startsWith(PART_TITLES[p].numeral) && PART_TITLES[p].title.test(mark.text),
    );
    if (part && !heads.some((h) => h.part === part)) heads.push({ part, heading: mark.text, start: mark.start });
  }
  return heads.map((h, i) => ({ part: h.part, heading: h.heading, start: h.start, end: heads[i + 1]?.start ?? text.length }));
}

/** The text with everything outside `parts` blanked and digits masked, offsets unchanged, so
 *  copied passages point into the original report. */
function maskedParts(text: string, parts: readonly GovinfoPart[]): { text: string; found: boolean } {
  const spans = govinfoParts(text).filter((s) => parts.includes(s.part));
  const chars = Array.from({ length: text.length }, () => ' ');
  for (const s of spans) for (let i = s.start; i < s.end; i++) chars[i] = /[0-9０-９]/u.test(text[i]) ? '0' : text[i];
  return { text: chars.join(''), found: spans.length > 0 };
}

function copiedIn(older: string, newer: string, parts: readonly GovinfoPart[]) {
  const before = maskedParts(older, parts);
  const after = maskedParts(newer, parts);
  if (!before.found || !after.found) return null;
  const copied = findCopied(before.text, after.text);
  const quote = (p: CopiedPassage): CopiedPassage => ({
    similarity: p.similarity,
    older: { ...p.older, quote: older.slice(p.older.start, p.older.end) },
    newer: { ...p.newer, quote: newer.slice(p.newer.start, p.newer.end) },
  });
  return { share: copied.share, passages: copied.passages.map(quote) };
}

/** `followUp`: the newer report's status for 上年度问题整改情况, which answers a repeated problem. */
export function govinfoRepeats(older: string, newer: string, followUp: Status | null): GovinfoRepeats {
  const prose = copiedIn(older, newer, PROSE_PARTS) ?? { share: 0, passages: [] };
  const problems = copiedIn(older, newer, [5]);
  const findings: Finding[] = [];
  if (prose.share >= COPIED_WARNING) {
    findings.push({
      kind: 'last-year',
      code: 'copied-from-last-year',
      severity: prose.share >= COPIED_ERROR ? 'error' : 'warning',
      message: `第一、五、六部分约 ${percent(prose.share)} 的文字与上年报告相同（数字不计），请写本年度的情况。`,
      evidence: prose.passages.map((p) => evidenceOf(newer, p)),
    });
  }
  if (problems && problems.share >= PROBLEMS_REPEATED && followUp !== 'present') {
    findings.push({
      kind: 'last-year',
      code: 'problems-repeated',
      severity: 'warning',
      message: `第五部分“存在的主要问题及改进情况”约 ${percent(problems.share)} 与上年相同，且没有写上年问题的整改情况。`,
      evidence: problems.passages.map((p) => evidenceOf(newer, p)),
    });
  }
  return { share: prose.share, passages: prose.passages, problemsShare: problems?.share ?? null, problemsPassages: problems?.passages ?? [], findings };
}

/** The passage in this year's report, under its part's heading; compare has text, not pages. */
function evidenceOf(newer: string, p: CopiedPassage): Evidence {
  const part = govinfoParts(newer).find((s) => s.start <= p.newer.start && p.newer.start < s.end);
  return { quote: p.newer.quote, section: part?.heading ?? null, start: p.newer.start, end: p.newer.end, page: null };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
