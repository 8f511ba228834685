import { describe, expect, it } from 'vitest';
import { fromParagraphs } from '../../../src/core/document.ts';
import { analyse, asPlanFrom, isAchievement } from '../../../src/core/structure/analysis.ts';
import { textDoc } from '../../helpers/docs.ts';

describe('the reported year', () => {
  it('comes from the title before the opening', () => {
    expect(analyse(textDoc('××县2022年度法治政府建设情况报告\n2023年，我县坚持依法行政。')).year).toBe(2022);
  });

  it('is the first year of the opening, skipping ends of spans and cited titles', () => {
    expect(analyse(textDoc('依法行政工作情况\n《2021年工作要点》印发后，2023年我县坚持依法行政。')).year).toBe(2023);
    expect(analyse(textDoc('依法行政工作情况\n按照2021—2025年规划，2022年我县坚持依法行政。')).year).toBe(2022);
    expect(analyse(textDoc('依法行政工作情况\n按照2021-2025年规划，2022年我县坚持依法行政。')).year).toBe(2022);
    expect(analyse(textDoc('依法行政工作情况\n按照2021至2025年规划，2022年我县坚持依法行政。')).year).toBe(2022);
  });

  it('is read only in the first 400 characters', () => {
    const filler = '我县坚持依法行政。'.repeat(50);
    expect(analyse(textDoc(`依法行政工作情况\n${filler}2023年我县……`)).year).toBeNull();
  });

  it('needs 年 after the digits and a year of this era', () => {
    expect(analyse(textDoc('依法行政工作情况\n全年办理2023件。')).year).toBeNull();
    expect(analyse(textDoc('依法行政工作情况\n1880年建成的老城区。')).year).toBeNull();
  });
});

describe('the analysed sentences', () => {
  it('carry their part, numbers and facts', () => {
    const a = analyse(textDoc('一、主要举措和成效\n全年审核规范性文件9件。\n二、存在的不足\n培训不够。'));
    const s = a.sentences.find((x) => x.text.startsWith('全年'))!;
    expect(s.part).toBe('measures');
    expect(s.numbers.map((n) => n.value)).toEqual([9]);
    expect(s.facts.map((f) => f.kind)).toContain('count');
    expect(s.compact.text).toContain('审核规范性文件');
    expect(a.sentences.find((x) => x.text.startsWith('培训'))?.part).toBe('shortcomings');
  });

  it('know the laws they only cite', () => {
    const a = analyse(textDoc('一、主要举措和成效\n认真贯彻《中华人民共和国行政复议法》。'));
    expect(a.sentences[1].cited.length).toBe(1);
  });

  it('are read without watermarks', () => {
    const doc = fromParagraphs('txt', [{ text: '一、主要举措和成效' }, { text: '全年审核规范性文件9件。' }]);
    expect(analyse(doc).view.text).toBe(doc.text);
  });
});

describe('reading a document as planned from some point', () => {
  const a = analyse(textDoc('一、主要举措和成效\n全年审核规范性文件9件。\n二、存在的不足\n培训不够。\n继续努力。'));

  it('keeps the parts before and makes the rest the plan', () => {
    const at = a.view.text.indexOf('培训');
    const planned = asPlanFrom(a, at);
    expect(planned.structure.parts.map((p) => [p.part, p.start, p.end])).toEqual([
      ['measures', 0, a.structure.parts[1].start],
      ['shortcomings', a.structure.parts[1].start, at],
      ['plan', at, a.view.text.length],
    ]);
    expect(planned.sentences.map((s) => s.part)).toEqual(['measures', 'measures', 'shortcomings', 'plan', 'plan']);
    expect(a.sentences.map((s) => s.part)).toEqual(['measures', 'measures', 'shortcomings', 'shortcomings', 'shortcomings']);
  });

  it('makes all of it the plan from the start', () => {
    expect(asPlanFrom(a, 0).sentences.every((s) => s.part === 'plan')).toBe(true);
  });
});

describe('the parts that tell achievements', () => {
  it('are the opening, the measures and the leaders’ part', () => {
    expect(['opening', 'measures', 'responsibility', 'shortcomings', 'plan'].map((p) => isAchievement(p as never))).toEqual([true, true, true, false, false]);
  });
});
