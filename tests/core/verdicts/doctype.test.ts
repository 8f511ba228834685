import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDocument } from '../../../src/core/check.ts';
import { defaultRules, shared, textDoc } from '../../helpers/docs.ts';

const typeFinding = (text: string) =>
  checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' }).findings.find((f) => f.code === 'not-an-annual-report');

describe('is it a 法治政府建设年度报告 at all?', () => {
  it.each([
    ['××县人民政府2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。全年主动公开政府信息1200条。', '政府信息公开工作年度报告'],
    ['政府工作报告\n——2024年1月15日在××县第十八届人民代表大会第四次会议上\n各位代表：现在，我代表县人民政府向大会报告工作。', '政府工作报告'],
    ['××局局长2023年度述法报告\n一年来，本人认真履行推进法治建设第一责任人职责。', '述法报告'],
    ['××县召开2023年法治政府建设工作推进会\n本网讯 3月5日，县政府召开法治政府建设工作推进会。', '新闻报道'],
    ['××县2023年普法工作总结\n今年以来，我县深入实施“八五”普法规划，开展法治宣传活动120场次。', '普法工作总结'],
    ['《××县关于2023年法治政府建设情况的报告》解读\n一、起草背景\n为全面总结法治政府建设工作……\n二、主要内容', '政策解读'],
    ['关于印发××市2024年法治政府建设工作要点的通知\n各区人民政府：现印发给你们，请认真贯彻执行。', '工作要点'],
    ['××区法治政府建设推进会召开\n近日，××区召开法治政府建设推进会。会议强调，要压实责任。区长出席会议并讲话。', '新闻报道'],
    ['现将全市2023年行政执法工作情况报告如下：\n2023年，我市行政执法工作……法治政府建设……法治政府', '专项工作报告'],
    ['××区五年法治政府建设工作情况报告\n五年来，××区坚持依法行政，法治政府建设取得显著成效。', '多年度'],
  ])('recognises %#: %s', (text, kind) => {
    expect(typeFinding(text)?.message).toContain(kind);
  });

  it('names the sentence that gave the document away', () => {
    expect(typeFinding('2023年，××镇法治建设稳步推进。现将本年度法治建设工作情况总结如下：一、依法行政……')?.message).toContain('法治建设');
  });

  it('reads a report without a title by its own voice', () => {
    expect(typeFinding('2023年，××县人力资源和社会保障局深入推进法治政府建设。现将有关情况报告如下：\n一、主要举措和成效\n召开党组会议研究依法行政工作3次。')).toBeUndefined();
  });

  it('flags a text that is about something else entirely', () => {
    expect(typeFinding('今年春耕生产进展顺利，全县播种面积达到10万亩。')).toBeDefined();
  });

  it('never flags a real report, however thin', () => {
    expect(typeFinding('关于2023年度法治政府建设情况的报告\n我县法治政府建设取得一定成效。')).toBeUndefined();
    expect(typeFinding('2023年，我镇扎实推进法治政府建设。法治政府建设领导小组……法治政府建设纳入考核。')).toBeUndefined();
    for (const name of ['hongtu-2023', 'xiegou-2020', 'liangyuan-2021', 'shuangjiang-2023']) {
      expect(typeFinding(readFileSync(shared(`corpus/dev/${name}.txt`), 'utf8')), name).toBeUndefined();
    }
  });
});

describe('the title of a document that is not the report', () => {
  const titleVerdict = (text: string) => checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' }).results.find((r) => r.id === 'report-title-year')!;

  it('is weak when it names a report on 法治政府 that is not the annual one', () => {
    expect(titleVerdict('××区五年法治政府建设工作情况报告\n五年来，××区坚持依法行政。').status).toBe('weak');
  });

  it('is missing for news, plans and 解读', () => {
    expect(titleVerdict('关于印发××市2024年法治政府建设工作要点的通知\n各区人民政府：现印发给你们，请认真贯彻执行。').status).toBe('missing');
  });
});

describe('a plan sent instead of the report', () => {
  const NOTICE = [
    '关于印发××县2024年法治政府建设工作要点的通知',
    '各乡镇人民政府，县直各部门：《××县2024年法治政府建设工作要点》已经县政府第12次常务会议研究通过，现印发给你们，请认真贯彻执行。',
  ];
  const PLAN = [
    '××县2024年法治政府建设工作要点',
    '一、全面履行政府职能。动态调整权责清单，政务服务事项网上可办率达到95%以上。',
    '二、加强规范性文件管理。全年审核规范性文件不少于10件。',
    '三、推进严格规范公正文明执法。组织执法人员培训2期。',
  ].join('\n');
  const statusOf = (id: string, text = PLAN) => checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' }).results.find((r) => r.id === id)!.status;

  it('reads the plan itself as planned work: at most weak, no achievements, a plan part', () => {
    expect(statusOf('government-functions')).toBe('weak');
    expect(statusOf('enforcement-capacity')).toBe('weak');
    expect(statusOf('measures-and-results')).toBe('missing');
    expect(statusOf('next-year-plan')).toBe('present');
  });

  it('keeps the facts of its covering notice', () => {
    const issued = [...NOTICE, PLAN].join('\n');
    expect(statusOf('leadership-and-planning', issued)).toBe('present');
    expect(statusOf('government-functions', issued)).toBe('weak');
  });
});
