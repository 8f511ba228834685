// The report's parts, found from headings and from the sentences that turn from one to the next.
import { describe, expect, it } from 'vitest';
import { fromParagraphs } from '../../../src/core/document.ts';
import { matchView } from '../../../src/core/text/normalize.ts';
import { analyseStructure, classifyHeading, headingBefore, pageAt, partAt, toHeadings } from '../../../src/core/structure/sections.ts';
import { findHeadingMarks } from '../../../src/core/structure/headings.ts';

const partsOf = (lines: string[], year: number | null = 2023) => {
  const text = lines.join('\n');
  return analyseStructure(text, year).parts.map((p) => [p.part, text.slice(p.start, p.end).split('\n')[0]]);
};
const FACTS = ['全年审核规范性文件9件，备案9件。', '办理行政复议案件14件，纠错2件。', '组织执法人员培训3期，参训260人次。'];

describe('part headings', () => {
  it.each([
    ['三、困难和问题', 'shortcomings'],
    ['三、短板和不足', 'shortcomings'],
    ['三、问题与差距', 'shortcomings'],
    ['四、2024年工作安排', 'plan'],
    ['四、下步工作思路', 'plan'],
    ['四、明年目标任务', 'plan'],
    ['一、工作开展情况', 'measures'],
    ['附件：2023年主要数据', 'measures'],
    ['二、主要领导履行推进法治建设职责', 'responsibility'],
  ])('%s is %s', (heading, part) => {
    expect(classifyHeading(heading)).toBe(part);
  });

  it('a thematic heading names no part', () => {
    expect(classifyHeading('一、依法全面履行政府职能')).toBeNull();
    expect(classifyHeading('二、主要领导高度重视')).toBeNull();
  });
});

describe('parts from headings', () => {
  it('opens a part at each top-level heading, thematic ones continuing the flow', () => {
    expect(partsOf(['一、依法全面履行政府职能', FACTS[0], '二、存在的问题', '执法力量不足。', '三、强化执法监督', '计划开展评查。'])).toEqual([
      ['measures', '一、依法全面履行政府职能'],
      ['shortcomings', '二、存在的问题'],
      ['plan', '三、强化执法监督'],
    ]);
  });

  it('keeps a thematic heading after the plan in the plan', () => {
    expect(partsOf(['一、主要成效', FACTS[0], '二、下一步工作打算', '加强学习。', '三、强化执法监督', '开展评查。']).map(([p]) => p)).toEqual(['measures', 'plan']);
  });

  it('lets a named sub-heading open its part, but not a sub-heading of measures', () => {
    const lines = ['一、依法全面履行政府职能', FACTS[0], '(一)存在的不足', '执法力量不足。', '(二)主要成效', FACTS[1]];
    expect(partsOf(lines).map(([p]) => p)).toEqual(['measures', 'shortcomings']);
  });

  it('reads the top level from the named headings: numbered themes under 第…部分 open no part', () => {
    const lines = ['第一部分 主要举措和成效', FACTS[0], '第二部分 存在的不足', '一、执法力量', '执法力量不足。'];
    expect(partsOf(lines)).toEqual([
      ['measures', '第一部分 主要举措和成效'],
      ['shortcomings', '第二部分 存在的不足'],
    ]);
  });

  it('gives each part the heading that opened it', () => {
    const text = ['一、主要举措和成效', FACTS[0], '二、存在的不足', '执法力量不足。'].join('\n');
    const parts = analyseStructure(text, 2023).parts;
    expect(parts.map((p) => p.openedBy && 'level' in p.openedBy && p.openedBy.text)).toEqual(['一、主要举措和成效', '二、存在的不足']);
  });
});

describe('parts from turning sentences', () => {
  const BODY = ['一、依法全面履行政府职能', ...FACTS, '二、强化执法监督', '开展执法案卷评查，评查案卷120卷，发现问题30个。', '推行行政执法公示制度，公示信息500条。'];

  it('turns to the shortcomings at “取得…成绩，但”', () => {
    const lines = [...BODY, '一年来，我县法治政府建设取得了一定成绩，但也存在一些问题。一是执法力量不足。'];
    expect(partsOf(lines).map(([p]) => p)).toEqual(['measures', 'shortcomings']);
  });

  it('not when the sentence is about fixing problems', () => {
    const lines = [...BODY, '全县仍存在的问题已全部整改到位，共排查问题12个。'];
    expect(partsOf(lines).map(([p]) => p)).toEqual(['measures']);
  });

  it('not in the first 30 percent of the report', () => {
    const lines = ['一、依法全面履行政府职能', '全县仍存在执法力量不足的问题。', ...FACTS, ...FACTS, ...FACTS];
    expect(partsOf(lines).map(([p]) => p)).toEqual(['measures']);
  });

  it('turns to the plan on the next year only', () => {
    const lines = [...BODY, '全县仍存在执法力量不足的问题。'];
    expect(partsOf([...lines, '2024年，我县将继续加强执法培训。']).map(([p]) => p)).toEqual(['measures', 'shortcomings', 'plan']);
    expect(partsOf([...lines, '2023年，我县将继续加强执法培训。']).map(([p]) => p)).toEqual(['measures', 'shortcomings']);
    expect(partsOf([...lines, '2025年，我县将继续加强执法培训。']).map(([p]) => p)).toEqual(['measures', 'shortcomings']);
    expect(partsOf([...lines, '2025年，我县将继续加强执法培训。'], null).map(([p]) => p)).toEqual(['measures', 'shortcomings', 'plan']);
    expect(partsOf([...lines, '下一步，我县将继续加强执法培训。']).map(([p]) => p)).toEqual(['measures', 'shortcomings', 'plan']);
  });

  it('turns to the leaders’ part after the problems, at a paragraph’s start', () => {
    const lines = [...BODY, '全县仍存在执法力量不足的问题。', '县委书记、县长认真履行推进法治建设第一责任人职责，主持召开会议3次。'];
    expect(partsOf(lines).map(([p]) => p)).toEqual(['measures', 'shortcomings', 'responsibility']);
    const inline = [...BODY, '全县仍存在执法力量不足的问题。县长认真履行推进法治建设第一责任人职责，主持召开会议3次。'];
    expect(partsOf(inline).map(([p]) => p)).toEqual(['measures', 'shortcomings']);
  });
});

describe('a report without part headings', () => {
  const sentences = ['县政府坚持依法行政，现将有关情况报告如下：', ...FACTS, ...FACTS];

  it('has an opening up to “报告如下”, then its measures', () => {
    const text = sentences.join('');
    const parts = analyseStructure(text, 2023).parts;
    expect(parts.map((p) => [p.part, text.slice(p.start, p.end).slice(0, 6)])).toEqual([
      ['opening', '县政府坚持依'],
      ['measures', '全年审核规范'],
    ]);
  });

  it('else has its first paragraph as the opening, if long enough', () => {
    const text = [`我县坚持依法行政。${FACTS[0]}${FACTS[1]}${FACTS[2]}`, ...FACTS, ...FACTS].join('\n');
    const [opening, measures] = analyseStructure(text, 2023).parts;
    expect(opening.part).toBe('opening');
    expect(text.slice(opening.start, opening.end)).toBe(text.split('\n')[0]);
    expect(measures).toMatchObject({ part: 'measures', start: opening.end });
  });

  it('else its first sentence', () => {
    const text = ['我县坚持依法行政。', ...FACTS, ...FACTS].join('');
    const [opening] = analyseStructure(text, 2023).parts;
    expect(text.slice(opening.start, opening.end)).toBe('我县坚持依法行政。');
  });

  it('is all measures when it is one sentence', () => {
    const text = '全年审核规范性文件9件，备案9件，办理行政复议案件14件，纠错2件，组织执法人员培训3期，参训260人次';
    expect(analyseStructure(text, 2023).parts.map((p) => p.part)).toEqual(['measures']);
  });

  it('keeps a short opening as it is', () => {
    const text = ['2023年度法治政府建设情况报告', '一、主要举措和成效', ...FACTS].join('\n');
    expect(analyseStructure(text, 2023).parts.map((p) => p.part)).toEqual(['opening', 'measures']);
  });
});

describe('sentences split at inline headings', () => {
  it('starts a new sentence at a heading inside one (in the matching view, colons are half-width)', () => {
    const text = '现将有关情况报告如下:(一)强化执法监督，开展评查5次。';
    const { sentences } = analyseStructure(text, 2023);
    expect(sentences.map((s) => s.text)).toEqual(['现将有关情况报告如下:', '(一)强化执法监督，开展评查5次。']);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['现将有关情况报告如下:', '(一)强化执法监督，开展评查5次。']);
  });
});

describe('looking up by offset', () => {
  const text = ['一、主要举措和成效', FACTS[0], '二、存在的不足', '执法力量不足。'].join('\n');
  const { parts, headings } = analyseStructure(text, 2023);

  it('finds the part at an offset, the last part past the end', () => {
    expect(partAt(parts, 0)).toBe('measures');
    expect(partAt(parts, text.indexOf('执法力量'))).toBe('shortcomings');
    expect(partAt(parts, parts[1].start)).toBe('shortcomings');
    expect(partAt(parts, parts[1].start - 1)).toBe('measures');
    expect(partAt(parts, text.length + 5)).toBe('shortcomings');
  });

  it('finds the nearest heading before an offset', () => {
    expect(headingBefore(headings, text.indexOf('全年'))?.text).toBe('一、主要举措和成效');
    expect(headingBefore(headings, text.indexOf('二、'))?.text).toBe('二、存在的不足');
    expect(headingBefore(headings, text.length)?.text).toBe('二、存在的不足');
    expect(headingBefore(findHeadingMarks('前言。\n一、主要做法'), 0)).toBeNull();
  });
});

describe('the outline for the app', () => {
  it('gives headings in the user’s characters, with their offsets and pages', () => {
    const doc = fromParagraphs('pdf', [{ text: '一、主要舉措和成效', page: 1 }, { text: '全年審核規範性文件９件。', page: 1 }, { text: '二、存在的不足', page: 2 }], 2);
    const view = matchView(doc.text);
    const outline = toHeadings(doc, view, findHeadingMarks(view.text));
    expect(outline.map((h) => [h.title, h.level, h.page, doc.text.slice(h.start, h.end)])).toEqual([
      ['一、主要舉措和成效', 1, 1, '一、主要舉措和成效'],
      ['二、存在的不足', 1, 2, '二、存在的不足'],
    ]);
  });

  it('gives the page of an offset, the last page past the end, none for text files', () => {
    const doc = fromParagraphs('pdf', [{ text: '第一页', page: 1 }, { text: '第二页', page: 2 }], 2);
    expect([pageAt(doc, 0), pageAt(doc, 3), pageAt(doc, 4), pageAt(doc, 99)]).toEqual([1, 1, 2, 2]);
    expect(pageAt(fromParagraphs('txt', [{ text: '正文' }]), 0)).toBeNull();
    expect(pageAt(fromParagraphs('txt', []), 0)).toBeNull();
  });
});
