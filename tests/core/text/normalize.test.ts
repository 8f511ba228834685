import { describe, expect, it } from 'vitest';
import { foldText, matchView, type MatchView } from '../../../src/core/text/normalize.ts';

/** The original text a view span was folded from. */
function quote(original: string, view: MatchView, needle: string): string {
  const at = view.text.indexOf(needle);
  expect(at, `«${needle}» in «${view.text}»`).toBeGreaterThanOrEqual(0);
  const span = view.originalSpan(at, at + needle.length);
  return original.slice(span.start, span.end);
}

describe('Traditional → Simplified', () => {
  const original = '全年受理行政復議案件13件，審結10件。';
  const view = matchView(original);

  it('matches Simplified words in Traditional text', () => {
    expect(view.text).toContain('行政复议');
    expect(view.text).toContain('审结');
  });

  it('quotes the evidence in the original characters', () => {
    expect(quote(original, view, '行政复议')).toBe('行政復議');
    expect(quote(original, view, '审结10件')).toBe('審結10件');
  });

  it('converts phrases, not only characters', () => {
    expect(foldText('乾淨')).toBe('干净');
    expect(foldText('臺灣')).toBe('台湾');
  });

  it('folds 覆 to 复 in the review words, as OpenCC does in 答覆 and 批覆, and nowhere else', () => {
    const original = '申請行政覆議3件，覆核2件。';
    const view = matchView(original);
    expect(view.text).toBe('申请行政复议3件,复核2件。');
    expect(quote(original, view, '行政复议')).toBe('行政覆議');
    expect(foldText('行政覆议')).toBe('行政复议');
    expect(foldText('答覆、覆蓋、顛覆')).toBe('答复、覆盖、颠覆');
  });

  it('leaves Simplified text as it is', () => {
    const s = '全面推进依法行政，建设法治政府。';
    expect(foldText(s)).toBe('全面推进依法行政,建设法治政府。');
  });
});

describe('full-width forms and punctuation', () => {
  it('folds full-width digits and letters', () => {
    const original = '受理１３件，ＡＢＣ';
    const view = matchView(original);
    expect(view.text).toBe('受理13件,ABC');
    expect(quote(original, view, '13件')).toBe('１３件');
  });

  it('folds the full-width ASCII punctuation and keeps 、。《》【】', () => {
    expect(foldText('（一）依法行政：有序；好！吗？')).toBe('(一)依法行政:有序;好!吗?');
    expect(foldText('一、《法治政府建设实施纲要》【附件】。')).toBe('一、《法治政府建设实施纲要》【附件】。');
  });

  it('unifies quotation marks, dashes and tildes', () => {
    expect(foldText('“放管服”‘双随机’「一网通办」『最多跑一次』')).toBe('"放管服""双随机""一网通办""最多跑一次"');
    expect(foldText('改革——成效–显著―好─')).toBe('改革--成效-显著-好-');
    expect(foldText('3～5天，3〜5天')).toBe('3~5天,3~5天');
  });

  it('turns the ideographic space into a space', () => {
    expect(foldText('Hello\u3000world')).toBe('Hello world');
  });
});

describe('radicals and compatibility ideographs', () => {
  it('maps Kangxi radicals to the ideographs they stand for', () => {
    expect(foldText('⼀⽅⽂')).toBe('一方文');
  });

  it('maps CJK Radicals Supplement characters too', () => {
    expect(foldText('⻓江⻔户⺠主')).toBe('长江门户民主');
  });

  it('maps CJK compatibility ideographs', () => {
    expect(foldText('\uF900')).toBe('岂'); // U+F900 → U+8C48 豈 → 岂
  });

  it('quotes the radicals as written', () => {
    const original = '推进⼀⽹通办';
    const view = matchView(original);
    expect(quote(original, view, '一网通办')).toBe('⼀⽹通办');
  });
});

describe('whitespace', () => {
  it('removes spaces between Chinese characters', () => {
    const original = '行 政 复 议  案件';
    const view = matchView(original);
    expect(view.text).toBe('行政复议案件');
    expect(quote(original, view, '行政复议')).toBe('行 政 复 议');
  });

  it('removes ideographic spaces, tabs and NBSP between Chinese characters', () => {
    expect(foldText('依\u3000法\t行\u00a0政')).toBe('依法行政');
  });

  it('removes spaces between Chinese and its punctuation', () => {
    expect(foldText('成效 ， 显著 。 “ 放管服 ”')).toBe('成效,显著。"放管服"');
  });

  it('removes spaces between Chinese and digits', () => {
    expect(foldText('受理 13 件，2023 年')).toBe('受理13件,2023年');
  });

  it('collapses other runs to one space and keeps digits apart', () => {
    expect(foldText('Hello  world\t\tfoo')).toBe('Hello world foo');
    expect(foldText('共 13 15 件')).toBe('共13 15件');
  });

  it('keeps line breaks and drops spaces next to them', () => {
    expect(foldText('第一段  \n  第二段\r\n第三段\r第四段')).toBe('第一段\n第二段\n第三段\n第四段');
  });

  it('drops zero-width characters and soft hyphens', () => {
    expect(foldText('依\u200b法\u00ad行\ufeff政')).toBe('依法行政');
  });

  it('does not quote the whitespace removed after a span', () => {
    const original = '行政復議 案件';
    const view = matchView(original);
    expect(quote(original, view, '行政复议')).toBe('行政復議');
  });
});

describe('offset maps', () => {
  const samples = [
    '全年受理行政復議案件13件，審結10件。',
    '行 政 复 议  案件\r\n  2023 年',
    '推进⼀⽹通办，受理１３件',
    '',
    '   ',
    '𠀀復議𠀀', // astral characters on both sides
  ];

  it('round-trips every view offset', () => {
    for (const original of samples) {
      const view = matchView(original);
      for (let i = 0; i <= view.text.length; i++) expect(view.toView(view.toOriginal(i)), `${original} @${i}`).toBe(i);
    }
  });

  it('maps every original offset to the view character that survived at or after it', () => {
    const original = '行 政 复议';
    const view = matchView(original);
    expect([...Array(original.length + 1).keys()].map(view.toView)).toEqual([0, 1, 1, 2, 2, 3, 4]);
  });

  it('maps the ends of the text to each other', () => {
    const original = '  依法行政  ';
    const view = matchView(original);
    expect(view.text).toBe('依法行政');
    expect(view.toOriginal(view.text.length)).toBe(original.length);
    expect(view.toView(original.length)).toBe(view.text.length);
    expect(view.toOriginalEnd(view.text.length)).toBe(6);
  });

  it('keeps the trace exact when a conversion changes the length', () => {
    // 𠵾 is astral: TSCharacters maps 㗲 (one unit) to it (two units).
    const original = '甲㗲乙';
    const view = matchView(original);
    expect(view.text).toBe('甲𠵾乙');
    expect(view.originalSpan(1, 3)).toEqual({ start: 1, end: 2 });
    expect(view.toOriginal(3)).toBe(2);
    expect(view.toView(2)).toBe(3);
  });
});
