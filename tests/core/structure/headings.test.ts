import { describe, expect, it } from 'vitest';
import { findHeadingMarks } from '../../../src/core/structure/headings.ts';

const texts = (text: string) => findHeadingMarks(text).map((m) => m.text);
const levels = (text: string) => findHeadingMarks(text).map((m) => [m.level, m.text]);

describe('heading numbering', () => {
  it('reads parts, chapters and appendices as the top level', () => {
    expect(levels('第一部分 工作成效\n全年办理案件9件。\n第二章 存在问题\n附件1：主要数据\n附表：统计表')).toEqual([
      [0, '第一部分 工作成效'],
      [0, '第二章 存在问题'],
      [0, '附件1：主要数据'],
      [0, '附表：统计表'],
    ]);
  });

  it('reads two-digit numbers and numbers up to 十几 and 二十几', () => {
    expect(levels('十二、加强队伍建设\n12.完善制度\n(12)开展培训\n(十一)强化监督')).toEqual([
      [1, '十二、加强队伍建设'],
      [3, '12.完善制度'],
      [4, '(12)开展培训'],
      [2, '(十一)强化监督'],
    ]);
  });

  it('gives offsets into the searched text', () => {
    const text = '前言。\n二、主要做法\n正文。';
    const [m] = findHeadingMarks(text);
    expect(text.slice(m.start, m.end)).toBe('二、主要做法');
  });
});

describe('where a heading may start', () => {
  it('after a line start, a full stop, a semicolon or a colon, blanks allowed', () => {
    expect(texts('完成全年任务。二、继续推进工作')).toEqual(['二、继续推进工作']);
    expect(texts('完成全年任务；二、继续推进工作')).toEqual(['二、继续推进工作']);
    expect(texts('报告如下:  二、继续推进工作')).toEqual(['二、继续推进工作']);
    expect(texts('完成了吗？二、继续推进工作')).toEqual(['二、继续推进工作']);
  });

  it('not inside a clause', () => {
    expect(texts('完成全年任务，二、继续推进工作')).toEqual([]);
    expect(texts('我县的三、四月份开展专项行动')).toEqual([]);
  });

  it('right after another heading', () => {
    expect(texts(`一、主要举措(一)强化领导。${'县政府研究法治工作。'.repeat(8)}`)).toEqual(['一、主要举措', '(一)强化领导']);
  });
});

describe('where a heading ends', () => {
  it('runs to the end of a short line, without trailing punctuation', () => {
    expect(texts('一、主要做法：\n二、存在问题。\n三、下步打算，')).toEqual(['一、主要做法', '二、存在问题', '三、下步打算']);
  });

  it('stops at the first full stop of a line that goes on', () => {
    expect(texts('一、强化组织领导。县政府常务会议研究法治工作3次。')).toEqual(['一、强化组织领导']);
    expect(texts('一、强化组织领导；县政府常务会议研究法治工作3次。')).toEqual(['一、强化组织领导']);
  });

  it('takes a line of up to 60 characters whole, and cuts a longer one 40 characters after its number', () => {
    const sixty = `一、${'依'.repeat(58)}`;
    expect(texts(sixty)).toEqual([sixty]);
    const longer = `一、${'依'.repeat(59)}`;
    expect(texts(longer)).toEqual([longer.slice(0, 42)]);
  });

  it('stops a long line at an enumeration or a sub-heading', () => {
    const tail = '，'.padEnd(70, '法');
    expect(texts(`一、加强领导一是成立领导小组${tail}`)).toEqual(['一、加强领导']);
    expect(texts(`一、加强领导(一)成立领导小组${tail}`)[0]).toBe('一、加强领导');
    expect(texts(`一、加强领导，成立领导小组！${tail}`)).toEqual(['一、加强领导，成立领导小组']);
  });

  it('is no heading with less than two characters of title', () => {
    expect(texts('一、好\n二、好的')).toEqual(['二、好的']);
  });
});
