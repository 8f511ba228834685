import { describe, expect, it } from 'vitest';
import { fuzzyHits } from '../../../src/core/verdicts/fuzzy.ts';
import { compactOf } from '../../../src/core/text/terms.ts';

const hitsIn = (sentences: string[], phrase: string) => {
  return fuzzyHits(sentences.map(compactOf), phrase);
};

describe('fuzzy phrases', () => {
  it('finds a set phrase written with a character more', () => {
    const hits = hitsIn(['全年开展普法活动30场。', '严格落实重大行政执法决定法制审核制度，审核案件12件。'], '重大执法决定法制审核制度');
    expect(hits.map((h) => h.sentence)).toEqual([1]);
  });

  it('does not take a different concept for it', () => {
    expect(hitsIn(['全年受理行政复议案件13件。', '开展普法宣传活动。'], '重大执法决定法制审核制度')).toEqual([]);
  });
});
