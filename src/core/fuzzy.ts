// Set phrases written with a word more or less ("重大行政执法决定法制审核" for "重大执法决定法制
// 审核", "规范性文件的合法性审查" for "规范性文件合法性审核"): matched approximately with fuse.js,
// over sentences — never the whole document, which fuse.js is not made for. Locations are
// ignored (a phrase may stand anywhere in a sentence) and the threshold is tight, because in
// Chinese one character more or less can change the concept.

import Fuse from 'fuse.js';
import type { Compact, TermMatch } from './terms.ts';

const THRESHOLD = 0.2;

export interface FuzzyHit {
  sentence: number;
  /** Offsets into the sentence's text. */
  match: TermMatch;
}

export type FuzzyIndex = Fuse<string>;

export function fuzzyIndex(sentences: Compact[]): FuzzyIndex {
  return new Fuse(
    sentences.map((c) => c.text),
    { includeScore: true, includeMatches: true, ignoreLocation: true, threshold: THRESHOLD, minMatchCharLength: 2, isCaseSensitive: true },
  );
}

/** Sentences where the phrase stands, approximately, with the span that matched. */
export function fuzzyHits(index: FuzzyIndex, sentences: Compact[], phrase: string): FuzzyHit[] {
  return index.search(phrase).flatMap((r) => {
    const spans = r.matches?.[0]?.indices ?? [];
    if (!spans.length) return [];
    // The longest matched run stands for the phrase; the others are stray characters.
    const [s, e] = spans.reduce((best, cur) => (cur[1] - cur[0] > best[1] - best[0] ? cur : best));
    const c = sentences[r.refIndex];
    return [{ sentence: r.refIndex, match: { start: c.at[s], end: c.at[e] + 1 } }];
  });
}
