import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/structure/analysis.ts';
import { checkPart } from '../../../../src/core/verdicts/checks/parts.ts';
import type { PartKind } from '../../../../src/core/structure/sections.ts';
import { textDoc } from '../../../helpers/docs.ts';
import { testRule } from '../../../helpers/rule.ts';

const judge = (part: PartKind, text: string, fields = {}) => checkPart(testRule({ check: 'part', group: 'A', part, minFacts: 3, ...fields }), analyse(textDoc(text)));
const quotes = (j: { evidence: { quote: string }[] }) => j.evidence.map((e) => e.quote);

const MEASURES = [
  '一、主要举措和成效',
  '全年审核规范性文件9件，全部按时备案。',
  '办理行政复议案件14件，依法纠错2件。',
  '组织执法人员培训3期，参训260人次。',
  '开展执法案卷评查，评查案卷120卷。',
];

describe('the measures part', () => {
  it('is present with as many concrete facts as the rule asks, quoting the first three', () => {
    const j = judge('measures', MEASURES.join('\n'));
    expect(j.status).toBe('present');
    expect(j.reason).toBe('举措和成效部分有 4 处具体事实（数字、文件、会议活动、建立的制度等）');
    expect(quotes(j)).toEqual(MEASURES.slice(1, 4));
  });

  it('is weak with fewer, quoting what it has', () => {
    const text = ['一、主要举措和成效', '我县坚持以法治思维推进各项工作落实。', '全年审核规范性文件9件，全部按时备案。', '办理行政复议案件14件，依法纠错2件。'].join('\n');
    const j = judge('measures', text);
    expect(j.status).toBe('weak');
    expect(j.reason).toBe('举措和成效只有 2 处具体事实，多为原则性表述');
    expect(quotes(j)).toEqual(['一、主要举措和成效', '我县坚持以法治思维推进各项工作落实。', '全年审核规范性文件9件，全部按时备案。']);
    expect(judge('measures', text, { minFacts: 2 }).status).toBe('present');
  });

  it('is missing without a single sentence of content', () => {
    const j = judge('measures', '一、主要举措和成效\n加强领导\n压实责任');
    expect(j).toEqual({ status: 'missing', reason: '没有找到“主要举措和成效”部分', evidence: [] });
  });

  it('counts facts of the leaders’ part, not those of the plan', () => {
    const text = [
      '一、主要举措和成效',
      '全年审核规范性文件9件，全部按时备案。',
      '二、党政主要负责人履行推进法治建设第一责任人职责情况',
      '县长主持召开常务会议专题研究法治政府建设3次。',
      '三、下一步工作安排',
      '计划组织执法人员培训5期，培训400人次。',
      '拟开展执法案卷评查，评查案卷150卷。',
    ].join('\n');
    // 9件 (a count); 县长主持召开常务会议……3次 (an actor, a meeting, a count): four results.
    expect(judge('measures', text, { minFacts: 4 }).status).toBe('present');
    expect(judge('measures', text, { minFacts: 5 }).status).toBe('weak');
  });

  it('counts the kinds of fact each sentence states: one sentence may hold several results', () => {
    const issued = ['一、主要举措和成效', '召开党组会议专题研究法治建设工作，印发《法治建设工作要点》。'].join('\n');
    expect(judge('measures', issued, { minFacts: 2 }).status).toBe('present');
    const studied = ['一、主要举措和成效', '组织干部学习《行政处罚法》《行政许可法》《行政复议法》等法律法规。'].join('\n');
    expect(judge('measures', studied, { minFacts: 2 })).toMatchObject({ status: 'weak', reason: '举措和成效只有 1 处具体事实，多为原则性表述' });
  });

  it('does not count the documents an opening says it follows', () => {
    const opening = '县政府印发《2023年法治政府建设工作要点》，现将本县法治政府建设情况报告如下。';
    const text = [opening, '一、主要举措和成效', '全年审核规范性文件9件，全部按时备案。', '办理行政复议案件14件，依法纠错2件。'].join('\n');
    expect(judge('measures', text).status).toBe('weak');
    const counted = [`今年以来，县政府召开常务会议研究法治政府建设工作4次。${opening}`, ...text.split('\n').slice(1)].join('\n');
    expect(judge('measures', counted).status).toBe('present');
  });

  it('does not count a web page’s fields above the report: they date the page, not the work', () => {
    const plain = ['坚持以法治思维和法治方式推进各项工作，不断提升依法行政水平。', '持续深化法治政府建设，推动各项任务落地见效。'];
    const body = ['一、主要举措和成效', '全年审核规范性文件9件，全部按时备案。', '办理行政复议案件14件，依法纠错2件。', ...plain, ...plain];
    const report = (top: string) => ['××县2023年度法治政府建设情况报告', top, '现将本县法治政府建设情况报告如下。', ...body].join('\n');
    expect(judge('measures', report('| 生成日期 | 2024-03-18 10:12:45 | 是否有效 |')).status).toBe('weak');
    expect(judge('measures', report('2023年12月5日，县政府召开常务会议专题研究法治政府建设。')).status).toBe('present');
  });
});

const REPORT_HEAD = ['2023年度法治政府建设情况报告', ...MEASURES];

describe('the shortcomings part', () => {
  it('is present with specific shortcomings and their cause', () => {
    const text = [...REPORT_HEAD, '二、存在的不足和原因', '一是基层执法人员专业能力不足。', '二是规范性文件备案审查不够及时。', '主要原因是法治培训投入不够。'].join('\n');
    const j = judge('shortcomings', text, { needs: ['原因'] });
    expect(j).toMatchObject({ status: 'present', reason: '列出了具体不足，并分析了原因' });
    expect(quotes(j)).toEqual(['一是基层执法人员专业能力不足。', '二是规范性文件备案审查不够及时。', '主要原因是法治培训投入不够。']);
  });

  it('does not take the heading’s own “原因” for a cause', () => {
    const text = [...REPORT_HEAD, '二、存在的不足和原因', '一是基层执法人员专业能力不足。', '二是规范性文件备案审查不够及时。'].join('\n');
    const j = judge('shortcomings', text, { needs: ['原因'] });
    expect(j).toMatchObject({ status: 'weak', reason: '列出了不足，但没有分析原因' });
    expect(quotes(j)).toEqual(['一是基层执法人员专业能力不足。', '二是规范性文件备案审查不够及时。']);
  });

  it('is weak with one shortcoming, however well explained', () => {
    const text = [...REPORT_HEAD, '二、存在的不足', '主要原因是培训不够，执法能力有待提高。'].join('\n');
    expect(judge('shortcomings', text, { needs: ['原因'] })).toMatchObject({ status: 'weak', reason: '只有笼统的不足' });
  });

  it('is weak when it says nothing but its heading', () => {
    const text = [...REPORT_HEAD, '二、存在的不足', '三、下一步工作打算', '继续深入推进依法行政。'].join('\n');
    const j = judge('shortcomings', text, { needs: ['原因'] });
    expect(j).toMatchObject({ status: 'weak', reason: '只有一句笼统的表述，没有具体不足' });
    expect(quotes(j)).toEqual(['二、存在的不足']);
  });

  it('counts only points of six characters or more, and quotes the first two with the cause', () => {
    const cause = '主要原因是法治培训投入不够。';
    const short = [...REPORT_HEAD, '二、存在的不足', '一是缺人。', cause].join('\n');
    expect(judge('shortcomings', short, { needs: ['原因'] }).reason).toBe('只有笼统的不足');
    const six = [...REPORT_HEAD, '二、存在的不足', '一是缺编制。', cause].join('\n');
    expect(judge('shortcomings', six, { needs: ['原因'] }).status).toBe('present');
    const three = [...REPORT_HEAD, '二、存在的不足', '一是执法力量不足。', '二是培训不够系统。', '三是经费保障不足。', cause].join('\n');
    expect(quotes(judge('shortcomings', three, { needs: ['原因'] }))).toEqual(['一是执法力量不足。', '二是培训不够系统。', cause]);
  });

  it('reads the cause after a heading that runs into the first sentence', () => {
    const text = [...REPORT_HEAD, '二、存在的不足和原因:一是执法人员不足，二是经费保障不够。三是培训不够。'].join('\n');
    expect(judge('shortcomings', text, { needs: ['原因'] })).toMatchObject({ status: 'weak', reason: '列出了不足，但没有分析原因' });
  });

  it('is missing, said where it is expected, without such a part', () => {
    expect(judge('shortcomings', REPORT_HEAD.join('\n'))).toEqual({ status: 'missing', reason: '没有找到“存在的不足”部分（通常在主要举措和成效之后）', evidence: [] });
  });
});

describe('the plan part', () => {
  it('is present with several tasks under a heading', () => {
    const text = [...REPORT_HEAD, '二、下一步工作打算', '一是持续开展执法人员培训，提升执法能力。', '二是完善规范性文件备案审查机制。', '三是推进行政复议体制改革落地见效。'].join('\n');
    const j = judge('plan', text);
    expect(j.status).toBe('present');
    expect(j.reason).toBe('有下一年度安排，列出 3 项任务');
    expect(quotes(j)).toEqual(['一是持续开展执法人员培训，提升执法能力。', '二是完善规范性文件备案审查机制。', '三是推进行政复议体制改革落地见效。']);
  });

  it('counts the tasks one sentence enumerates', () => {
    const text = [...REPORT_HEAD, '二、下一步工作打算', '一是加强执法培训，二是完善备案审查，三是推进复议改革，四是强化普法宣传。'].join('\n');
    expect(judge('plan', text).reason).toBe('有下一年度安排，列出 4 项任务');
  });

  it('counts a list of substantial tasks in one sentence as two', () => {
    const listed = '围绕执法人员能力培训、规范性文件备案审查、行政复议体制改革等重点开展工作。';
    const text = [...REPORT_HEAD, '二、下一步工作打算', listed].join('\n');
    expect(judge('plan', text, { minFacts: 2 }).status).toBe('present');
    const slogans = [...REPORT_HEAD, '二、下一步工作打算', '我们将加强领导、明确责任、强化措施、狠抓落实，推动工作。'].join('\n');
    expect(judge('plan', slogans, { minFacts: 2 }).status).toBe('weak');
  });

  it('is weak with a single pledge, quoting it', () => {
    const text = [...REPORT_HEAD, '二、下一步工作打算', '下一步，我县将继续深入推进法治政府建设工作。'].join('\n');
    const j = judge('plan', text);
    expect(j).toMatchObject({ status: 'weak', reason: '只有一句“下一步……”式的表态，没有具体任务' });
    expect(quotes(j)).toEqual(['下一步，我县将继续深入推进法治政府建设工作。']);
  });

  it('needs a heading or two sentences of tasks, however many tasks one sentence names', () => {
    const turned = [...REPORT_HEAD, '全县仍存在执法力量不足的问题。', '2024年，我县将重点抓好执法培训、备案审查和复议改革等工作。'].join('\n');
    expect(judge('plan', turned, { minFacts: 1 }).status).toBe('weak');
  });

  it('quotes the heading when the part has no sentence of content', () => {
    const text = [...REPORT_HEAD, '二、下一步工作打算', '继续努力'].join('\n');
    expect(quotes(judge('plan', text))).toEqual(['二、下一步工作打算']);
  });

  it('is missing, said where it is expected, without such a part', () => {
    expect(judge('plan', REPORT_HEAD.join('\n'))).toEqual({ status: 'missing', reason: '没有找到“下一年度安排”部分（通常在存在的不足之后、报告末尾）', evidence: [] });
  });
});
