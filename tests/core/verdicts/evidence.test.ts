import { describe, expect, it } from 'vitest';
import { fromParagraphs } from '../../../src/core/document.ts';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { evidenceOf } from '../../../src/core/verdicts/evidence.ts';
import { textDoc } from '../../helpers/docs.ts';

// 400 characters in which every offset can be told by its character.
const CYCLE = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
const LONG = Array.from({ length: 400 }, (_, i) => CYCLE[i % CYCLE.length]).join('');

describe('evidence for a span of the document', () => {
  it('quotes a short span whole, with the heading it stands under', () => {
    const text = '一、主要举措和成效\n全年审核规范性文件9件。\n二、存在的不足\n普法形式单一。';
    const a = analyse(textDoc(text));
    const at = text.indexOf('普法');
    expect(evidenceOf(a, at, at + 6)).toEqual({ quote: '普法形式单一', section: '二、存在的不足', start: at, end: at + 6, page: null });
    const early = text.indexOf('全年');
    expect(evidenceOf(a, early, early + 4).section).toBe('一、主要举措和成效');
  });

  it('has no section before the first heading', () => {
    const text = '我县全年审核规范性文件9件。\n一、主要举措和成效\n开展培训3次。';
    expect(evidenceOf(analyse(textDoc(text)), 0, 4).section).toBeNull();
  });

  it('quotes without the blanks around the span', () => {
    const text = '一、主要举措\n  全年审核规范性文件9件。  ';
    const a = analyse(textDoc(text));
    expect(evidenceOf(a, 6, text.length).quote).toBe('全年审核规范性文件9件。');
  });

  it('cuts a long span to 160 characters, a third of them before the focus', () => {
    const a = analyse(textDoc(LONG));
    const mid = evidenceOf(a, 10, 400, 200);
    expect([mid.start, mid.end]).toEqual([147, 307]);
    expect(mid.quote).toBe(LONG.slice(147, 307));
  });

  it('keeps the cut window inside the span at both ends', () => {
    const a = analyse(textDoc(LONG));
    expect(evidenceOf(a, 10, 400, 20)).toMatchObject({ start: 10, end: 170 });
    expect(evidenceOf(a, 10, 400, 390)).toMatchObject({ start: 240, end: 400 });
    expect(evidenceOf(a, 10, 400)).toMatchObject({ start: 10, end: 170 });
  });

  it('leaves a span of exactly 160 characters as it is', () => {
    const a = analyse(textDoc(LONG));
    expect(evidenceOf(a, 100, 260, 250)).toMatchObject({ start: 100, end: 260 });
    expect(evidenceOf(a, 100, 261, 250)).toMatchObject({ start: 101, end: 261 });
  });

  it('maps back to the user’s characters and gives the page', () => {
    const doc = fromParagraphs('pdf', [{ text: '一、主要舉措和成效', page: 1 }, { text: '全年審核規範性文件９件。', page: 2 }], 2);
    const a = analyse(doc);
    const at = a.view.text.indexOf('审核');
    const e = evidenceOf(a, at, at + 9);
    expect(e).toMatchObject({ quote: '審核規範性文件９件', section: '一、主要舉措和成效', page: 2 });
    expect(doc.text.slice(e.start, e.end)).toBe('審核規範性文件９件');
    expect(evidenceOf(a, 0, 4).page).toBe(1);
  });
});
