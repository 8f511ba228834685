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

describe('where a fuzzy phrase stands', () => {
  it('gives the span in the sentence’s own offsets, blanks and all', () => {
    const sentence = '我县 严格落实重大行政执法决定法制审核制度，审核案件12件。';
    const [hit] = hitsIn(['全年开展普法活动30场。', sentence], '重大执法决定法制审核制度');
    expect(hit.sentence).toBe(1);
    const found = sentence.slice(hit.match.start, hit.match.end);
    expect(found.endsWith('执法决定法制审核制度')).toBe(true);
    expect(found.length).toBeLessThanOrEqual('重大行政执法决定法制审核制度'.length);
  });

  it('stands for the phrase by its longest matched run, the first of equally long ones', () => {
    const span = (sentence: string) => {
      const [hit] = hitsIn([sentence], '重大执法决定法制审核制度');
      return sentence.slice(hit.match.start, hit.match.end);
    };
    expect(span('严格执行重大执法决定法制审核的制度。')).toBe('重大执法决定法制审核');
    expect(span('严格执行重大执法决定的法制审核制度。')).toBe('重大执法决定');
  });

  it('finds the phrase in every sentence that holds it', () => {
    const hits = hitsIn(['落实重大执法决定法制审核制度。', '开展培训。', '推行重大行政执法决定法制审核制度。'], '重大执法决定法制审核制度');
    expect(hits.map((h) => h.sentence).sort()).toEqual([0, 2]);
  });

  it('needs most of the phrase: a sentence sharing a few of its words is no match', () => {
    expect(hitsIn(['加强法制审核工作。'], '重大执法决定法制审核制度')).toEqual([]);
    expect(hitsIn([], '重大执法决定法制审核制度')).toEqual([]);
  });
});
