// Set phrases written with a word more or less ("重大行政执法决定法制审核" for "重大执法决定法制
// 审核", "规范性文件的合法性审查" for "规范性文件合法性审核"): matched approximately with fuse.js,
// over sentences — never the whole document, which fuse.js is not made for. Locations are
// ignored (a phrase may stand anywhere in a sentence) and the threshold is tight, because in
// Chinese one character more or less can change the concept.

import Fuse from 'fuse.js';
import type { Compact, TermMatch } from '../text/terms.ts';

const THRESHOLD = 0.2;
/** Only sentences holding this share of the phrase's character pairs are given to fuse.js:
 * a close match holds most of them, and fuse.js over every sentence would cost more than the
 * rest of the check. */
const MIN_SHARED_PAIRS = 0.4;

export interface FuzzyHit {
  sentence: number;
  /** Offsets into the sentence's text. */
  match: TermMatch;
}

/** Sentences where the phrase stands, approximately, with the span that matched. */
export function fuzzyHits(sentences: Compact[], phrase: string): FuzzyHit[] {
  const candidates = sentences.map((_, i) => i).filter((i) => sharedPairs(sentences[i].text, phrase) >= MIN_SHARED_PAIRS);
  if (!candidates.length) return [];
  const fuse = new Fuse(
    candidates.map((i) => sentences[i].text),
    { includeMatches: true, ignoreLocation: true, threshold: THRESHOLD, minMatchCharLength: 2, isCaseSensitive: true },
  );
  return fuse.search(phrase).flatMap((r) => {
    const spans = r.matches?.[0]?.indices ?? [];
    if (!spans.length) return [];
    // The longest matched run stands for the phrase; the others are stray characters.
    const [s, e] = spans.reduce((best, cur) => (cur[1] - cur[0] > best[1] - best[0] ? cur : best));
    const sentence = candidates[r.refIndex];
    const c = sentences[sentence];
    return [{ sentence, match: { start: c.at[s], end: c.at[e] + 1 } }];
  });
}

function sharedPairs(text: string, phrase: string): number {
  let shared = 0;
  for (let i = 0; i + 1 < phrase.length; i++) if (text.includes(phrase.slice(i, i + 2))) shared++;
  return shared / Math.max(1, phrase.length - 1);
}
