import { describe, expect, it } from 'vitest';
import { findHeadingMarks } from '../../../src/core/structure/headings.ts';
import { analyseStructure, classifyHeading } from '../../../src/core/structure/sections.ts';

describe('headings', () => {
  it('finds a heading run at line starts with their levels', () => {
    const text = '一、主要举措和成效\n（一）强化组织领导\n一是压实责任。\n1.制定方案\n（2）开展培训\n二、存在的不足';
    const marks = findHeadingMarks(text.replace(/（/g, '(').replace(/）/g, ')'));
    expect(marks.map((m) => [m.level, m.text])).toEqual([
      [1, '一、主要举措和成效'],
      [2, '(一)强化组织领导'],
      [3, '1.制定方案'],
      [4, '(2)开展培训'],
      [1, '二、存在的不足'],
    ]);
  });

  it('finds headings inline in a one-line web copy, cut at their full stop', () => {
    const text = '现将有关情况报告如下:一、主要举措和成效(一)抓机制、促保障,全面夯实法治政府基础。一是加强组织领导。二、存在的问题我乡还存在差距。';
    const marks = findHeadingMarks(text);
    expect(marks.map((m) => m.text)).toEqual(['一、主要举措和成效', '(一)抓机制、促保障,全面夯实法治政府基础', '二、存在的问题我乡还存在差距']);
  });

  it('does not take numbers inside sentences for headings', () => {
    expect(findHeadingMarks('增长1.5个百分点，完成3、4季度任务')).toEqual([]);
  });
});

describe('parts', () => {
  it('classifies part headings by meaning, not one wording', () => {
    expect(classifyHeading('二、存在的不足和原因')).toBe('shortcomings');
    expect(classifyHeading('三、存在问题')).toBe('shortcomings');
    expect(classifyHeading('四、下一步工作打算')).toBe('plan');
    expect(classifyHeading('三、2024年推进法治政府建设的工作思路、目标举措')).toBe('plan');
    expect(classifyHeading('二、党政主要负责人履行推进法治建设第一责任人职责情况')).toBe('responsibility');
    expect(classifyHeading('一、主要举措和成效')).toBe('measures');
    expect(classifyHeading('(十)道路交通安全和运输执法领域突出问题专项整治工作情况')).not.toBe('shortcomings');
  });

  it('finds parts from turning sentences when there are no part headings', () => {
    const text = [
      '一、依法全面履行政府职能',
      '全年审核规范性文件12件。受理复议案件5件。',
      '二、强化执法监督',
      '开展案卷评查60份。',
      '2021年，我区在法治政府建设方面做了一些工作，取得了一些成绩，但还有待改进。一是重视不够。2022年，我区将聚焦短板弱项，努力克服不足。',
      '(一)提高政治站位。',
    ].join('\n');
    const parts = analyseStructure(text, 2021).parts.map((p) => [p.part, text.slice(p.start, p.start + 8)]);
    expect(parts).toEqual([
      ['measures', '一、依法全面履行'],
      ['shortcomings', '2021年，我区'],
      ['plan', '2022年，我区'],
    ]);
  });
});

describe('parts without part headings', () => {
  const text = [
    '关于2022年法治政府建设工作的报告',
    '一年来，街道坚持把法治建设作为基层治理的基础工作，全年审核合同32份，调解纠纷150件。',
    '街道法律顾问全年参与审查重大事项18件，出具法律意见23份；开展普法宣传活动40场次，受教育群众8000余人次；完成执法人员培训3期。',
    '在肯定成绩的同时，我们也清醒地认识到，街道法治工作仍存在一些不足：一是干部法治意识不强；二是执法力量薄弱。',
    '街道党工委书记、办事处主任认真履行推进法治建设第一责任人职责，主持召开专题会议研究法治建设工作3次。',
    '2023年，街道将重点做好以下几项工作：一是加强学法；二是规范执法。',
    '附件：2022年主要数据',
    '行政复议案件 收到 45 件 受理 41 件',
  ].join('\n');

  it('finds the leaders part after the problems, the plan, and an appendix of the year', () => {
    const parts = analyseStructure(text, 2022).parts.map((p) => [p.part, text.slice(p.start, p.start + 4)]);
    expect(parts.map(([part]) => part)).toEqual(['opening', 'measures', 'shortcomings', 'responsibility', 'plan', 'measures']);
    expect(parts[5][1]).toBe('附件：2');
  });

  it('reads 正视短板不足 as the shortcomings heading, not the plan', () => {
    expect(classifyHeading('十一、正视短板不足，明确下步努力方向')).toBe('shortcomings');
  });
});

describe('plan written with the year in Chinese numerals', () => {
  it('turns to the plan at 二〇二二年，市政府将…', () => {
    const text = ['一、依法全面履行政府职能', '全年审核规范性文件12件。受理复议案件5件。开展案卷评查60份。办理人大代表建议80件。', '二〇二二年，市政府将着力抓好以下工作：一是完善决策程序；二是规范执法。'].join('\n');
    expect(analyseStructure(text, 2021).parts.map((p) => p.part)).toEqual(['measures', 'plan']);
  });
});
