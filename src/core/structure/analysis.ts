// Everything the checks share about one document, computed once: the matching view, its
// sentences with their part of the report, and the reported year.

import type { DocumentText } from '../document.ts';
import { matchView, type MatchView } from '../text/normalize.ts';
import { analyseStructure, partAt, type PartKind, type Structure } from './sections.ts';
import { compactOf, type Compact } from '../text/terms.ts';
import { findTitle, type Title } from './title.ts';
import { blankPinyinGlosses, blankWatermarks } from '../text/watermarks.ts';
import type { Sentence } from '../text/sentences.ts';
import { findNumbers, type NumberMention } from '../text/numbers.ts';
import { citedTitles, findFacts, type CitedTitle, type Fact } from '../text/facts.ts';

export interface AnalysedSentence extends Sentence {
  part: PartKind;
  compact: Compact;
  numbers: NumberMention[];
  /** The kinds of concrete fact the sentence holds (text/facts.ts). */
  facts: Fact[];
  /** The laws and guidance documents it only cites: words inside them are no mention. */
  cited: CitedTitle[];
}

export interface Analysis {
  doc: DocumentText;
  view: MatchView;
  title: Title | null;
  /** The year the report covers, from its title or opening. */
  year: number | null;
  structure: Structure;
  sentences: AnalysedSentence[];
}

export function analyse(doc: DocumentText): Analysis {
  const view = matchView(blankPinyinGlosses(blankWatermarks(doc.text)));
  const title = findTitle(view.text);
  const year = title?.year ?? openingYear(view.text);
  const structure = analyseStructure(view.text, year);
  const sentences = structure.sentences.map((s) => ({
    ...s,
    part: partAt(structure.parts, s.start),
    compact: compactOf(s.text),
    ...numbersAndFacts(s.text),
  }));
  return { doc, view, title, year, structure, sentences };
}

/** "2023年，我县……" or "2023年以来": the first year in the opening lines that is not the end of
 * a span ("纲要（2021—2025年）") nor inside a cited title. */
function openingYear(text: string): number | null {
  const head = text.slice(0, 400);
  for (const m of head.matchAll(/(?:19|20)\d{2}(?=年)/gu)) {
    const before = head.slice(0, m.index);
    const inTitle = before.lastIndexOf('《') > before.lastIndexOf('》');
    if (!inTitle && !/[—\-–~～至到]\s*$/u.test(before)) return Number(m[0]);
  }
  return null;
}

function numbersAndFacts(text: string): { numbers: NumberMention[]; facts: Fact[]; cited: CitedTitle[] } {
  const numbers = findNumbers(text);
  const cited = citedTitles(text);
  return { numbers, facts: findFacts(text, numbers, cited), cited };
}

/** The same analysis with everything from `offset` on read as the plan part: a plan speaks of
 * the future throughout, whatever its headings say. */
export function asPlanFrom(a: Analysis, offset: number): Analysis {
  const kept = a.structure.parts.filter((p) => p.start < offset).map((p) => ({ ...p, end: Math.min(p.end, offset) }));
  const parts = [...kept, { part: 'plan' as const, start: offset, end: a.view.text.length, openedBy: null }];
  return { ...a, structure: { ...a.structure, parts }, sentences: a.sentences.map((s) => ({ ...s, part: partAt(parts, s.start) })) };
}

export const ACHIEVEMENT_PARTS: readonly PartKind[] = ['opening', 'measures', 'responsibility'];

export function isAchievement(part: PartKind): boolean {
  return ACHIEVEMENT_PARTS.includes(part);
}
