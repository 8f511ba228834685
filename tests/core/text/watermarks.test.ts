import { describe, expect, it } from 'vitest';
import { blankPinyinGlosses } from '../../../src/core/text/watermarks.ts';

describe('pinyin glosses of converted web copies', () => {
  it('blanks a gloss inside a word, keeping every offset', () => {
    const text = '堅(jiān)持會前學(xué)法';
    const out = blankPinyinGlosses(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/ /g, '')).toBe('堅持會前學法');
  });

  it('keeps brackets that are not glosses', () => {
    expect(blankPinyinGlosses('办理案件(含调解)12件，(abc)不变')).toBe('办理案件(含调解)12件，(abc)不变');
  });
});
