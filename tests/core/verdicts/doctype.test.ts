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

describe('the decision weighs general signals, not known titles', () => {
  const kindOf = (text: string) => typeFinding(text)?.message ?? 'report';

  it('keeps the own report of a street office and of a department, titled or not', () => {
    expect(kindOf('2023年，××街道深入推进法治政府建设，依法行政水平稳步提升。现对全年工作总结如下：\n一、主要举措和成效\n全年组织党工委专题学法4次。')).toBe('report');
    const bureau = [
      '一、加强党对法治建设的领导',
      '2023年，局党组召开会议研究法治建设事项5次，主要负责人履行推进法治建设第一责任人职责。',
      '二、落实普法责任制',
      '党组理论学习中心组集体学法6次，组织干部参加年度学法考试，参考率100%。',
      '三、规范行政执法',
      '全年办理行政处罚案件12件，落实行政执法公示制度，无行政复议案件。',
    ].join('\n');
    expect(kindOf(bureau)).toBe('report');
    expect(kindOf('××区规划和自然资源局2023年法治政府建设年度报告\n2023年，我局深入推进依法行政。')).toBe('report');
  });

  it('keeps a report that is sent up the line and calls its year 法治建设 after naming its 法治政府建设', () => {
    const town = '县委、县政府：\n2024年，××镇法治政府建设工作稳步推进。现将本镇2024年法治建设工作情况及2025年工作思路总结如下：\n一、主要做法';
    expect(kindOf(town)).toBe('report');
  });

  it('reads a title that names another topic, or all of a body’s business', () => {
    expect(kindOf('关于全市行政复议工作情况的报告\n现将我市行政复议工作情况报告如下：全年收到申请300件。')).toContain('专项工作报告');
    expect(kindOf('××县司法局2023年工作总结\n2023年，我局在县委、县政府领导下，各项工作取得新进展。')).toContain('单位全面工作总结');
  });

  it('weighs such a title above a body told in the report’s own voice', () => {
    const summary = '××县司法局2023年工作总结及2024年工作思路\n2023年以来，我局一年来各项工作取得新成效，推进法治政府建设和依法行政。\n一、主要工作';
    expect(kindOf(summary)).toContain('单位全面工作总结');
  });

  it('reads what a report to the standing committee says it reports on, under a general title', () => {
    const text = [
      '××市人民政府关于法治政府建设工作情况的报告',
      '主任、各位副主任、秘书长、各位委员：',
      '2023年，全市推进法治政府建设取得新成效。根据常委会监督工作安排，现就行政复议工作有关情况报告如下。',
    ].join('\n');
    expect(kindOf(text)).toContain('专项工作报告');
  });

  it('keeps a report whose title names it when its own words leave a phrase that is no topic', () => {
    expect(kindOf('××县2023年法治政府建设情况报告\n2023年，我县依法行政扎实推进。现将一年来的亮点工作报告如下：')).toBe('report');
  });

  it('reads a statement to the deputies of a people’s congress as such, whatever it tells of its year', () => {
    const text = '各位代表：\n现在，我代表县人民政府向大会报告工作。一年来，我县经济持续向好。过去一年，我们坚持依法行政，法治政府建设取得成效。';
    expect(kindOf(text)).toContain('开头称呼“各位代表”');
  });

  it('decides a 依法行政 report by its year: before 2015 it predates the annual report', () => {
    expect(kindOf('××市2013年度依法行政工作情况报告\n2013年，我市依法行政工作扎实推进，现将有关情况报告如下。')).toContain('2013年');
    expect(kindOf('××市2016年度依法行政工作情况报告\n2016年，我市依法行政工作扎实推进，现将有关情况报告如下。')).toBe('report');
  });

  it('reads half a year as a half-year summary', () => {
    expect(kindOf('2023年上半年，我局依法行政工作有序开展，法治政府建设稳步推进。现将有关情况总结如下：')).toContain('半年');
  });

  it('reads a plan and a guideline that carry no title by what they say of themselves and of the future', () => {
    const plan = [
      '为持续推进依法行政，全面建设法治政府，结合本市实际，制定本方案。',
      '一、总体要求',
      '到2025年，法治政府建设取得重大进展。各区要健全依法决策机制，确保重大行政决策程序全面落实。',
    ].join('\n');
    expect(kindOf(plan)).toContain('工作要点、计划或方案');
    const guideline = '为规范法治政府建设年度报告工作，制定本工作指引。\n一、报告名称。法治政府建设年度报告。\n二、报告主体。各级政府及其部门。\n三、报告时间。每年3月1日前报送。';
    expect(kindOf(guideline)).toContain('报告编写指引');
  });

  it('reads a disclosure catalogue that lists the report as one of its items as a requirement', () => {
    const catalogue = [
      '××区政务公开事项目录',
      '我区梳理各部门应当主动公开的事项，编制本目录，现予公开。',
      '事项名称 公开内容 公开时限',
      '法治政府建设年度报告 上一年度推进法治政府建设的主要举措和成效，存在的不足和原因，下一年度工作安排 每年4月1日前',
    ].join('\n');
    expect(kindOf(catalogue)).toContain('报告编写指引');
  });

  it('reads news by its headline when the line taken for a title is a sentence', () => {
    const news = '市司法局赴各县区开展法治政府建设督查\n督查组听取了各县区法治政府建设情况的报告，并查阅了相关台账。';
    expect(kindOf(news)).toContain('新闻报道');
  });

  it('reads a speech and a court’s report by who speaks', () => {
    expect(kindOf('在全县法治政府建设工作会议上的讲话\n同志们：今天召开这次会议，主要任务是总结工作。')).toContain('讲话或发言');
    expect(kindOf('2023年，我院共受理一审行政案件120件，行政机关负责人出庭应诉率提升。本院依法支持法治政府建设。依法行政')).toContain('法院或检察院');
  });

  it('says in the finding which signals decided and what spoke for a report', () => {
    const message = kindOf('各乡镇人民政府，县直各部门：\n为推进依法行政，制定本方案。各单位要认真抓好落实。');
    expect(message).toContain('自称“本方案”');
    expect(message).toMatch(/发给“各乡镇人民政府[，,]县直各部门”/u);
  });
});

describe('a report that does not name 法治政府建设 at all', () => {
  const AREAS = ['召开常务会议研究法治建设3次。', '组织领导干部学法4次。', '开展普法宣传活动20场。', '落实行政执法公示制度。', '聘请法律顾问5名。', '办理行政复议案件8件。'];
  const isReport = (text: string) => typeFinding(text) === undefined;

  it('is a body telling, in its own voice, the work it did across four areas of the 纲要', () => {
    expect(isReport(`2023年，我县${AREAS.join('')}`)).toBe(true);
  });

  it('is not, without the voice of a body telling its own year', () => {
    expect(isReport(AREAS.join(''))).toBe(false);
  });

  it('is not when it tells no work done, with figures, in two sentences or more', () => {
    expect(isReport(`2023年，我县${AREAS.map((s) => s.replace(/\d+[次场名件]/u, '').replace('。', '，')).join('')}`)).toBe(false);
  });

  it('is not when its work touches fewer than four areas', () => {
    expect(isReport('2023年，我县组织领导干部学法4次。开展普法宣传活动20场。全县经济平稳增长8%。')).toBe(false);
  });
});

describe('a text that speaks of 法治政府建设 in the voice of another kind of document', () => {
  const MEETING = '会上，与会人员就法治政府建设交流了意见。';
  const kindOf = (text: string) => typeFinding(text)?.message ?? 'report';

  it('is that document, however often it names the subject', () => {
    expect(kindOf(`${MEETING}法治政府建设要压实责任，推动法治政府建设再上新台阶。`)).toContain('新闻报道');
  });

  it('is the report when it speaks as one: sent up the line, in its own voice, or under the report’s title', () => {
    expect(kindOf(`县委、县政府：\n${MEETING}`)).toBe('report');
    expect(kindOf(`${MEETING}我县法治政府建设推动有力。`)).toBe('report');
    expect(kindOf('××县2023年法治政府建设情况报告\n会上，与会人员交流了意见。')).toBe('report');
  });
});

describe('where the decision looks', () => {
  const kindOf = (text: string) => typeFinding(text)?.message ?? 'report';
  const FUTURE = ['2024年，要坚持依法行政。', '各单位要健全依法决策机制。', '要确保重大行政决策程序全面落实。', '力争行政复议纠错率下降。', '要加强执法监督。'];

  it('hears a document’s voice in its opening, not in what it quotes pages later', () => {
    const filler = '与会人员交流了意见。'.repeat(320);
    const news = `会上，与会人员就法治政府建设交流了意见。${filler}2023年，我县法治政府建设推动有力。现将我县2023年法治政府建设情况报告如下。`;
    expect(kindOf(news)).toContain('新闻报道');
  });

  it('reads a plan with neither title nor a name for itself by its tense, led by that signal', () => {
    const plan = typeFinding(FUTURE.join(''))!;
    expect(plan.message).toContain('“工作要点、计划或方案”');
    expect(plan.message).toContain('（5句讲要做的事（要、应当、确保、力争），0句讲已做的事；');
    expect(plan.evidence.map((e) => e.quote)).toEqual([FUTURE[0]]);
    const withItsWords = [...FUTURE];
    withItsWords[1] = '各单位要健全依法决策机制，明确主要任务。';
    expect(kindOf(withItsWords.join(''))).toContain('（5句讲要做的事（要、应当、确保、力争），0句讲已做的事；正文中有“主要任务”等说法；');
  });

  it('takes the audience of a congress in session over what the text says it reports on', () => {
    expect(kindOf('各位代表：\n现将我县2023年法治政府建设情况报告如下：一年来，我县法治政府建设取得成效。')).toContain('政府工作报告');
  });

  it('keeps a report whose title or own words name its subject without the usual kind word', () => {
    expect(kindOf('××县2023年法治政府建设工作\n2023年，我县深入推进法治政府建设。现将有关情况报告如下：')).toBe('report');
    expect(kindOf('现将我市2023年依法行政工作情况报告如下：全年办理复议案件5件。')).toBe('report');
  });
});

describe('the finding on a document that is not the report', () => {
  const finding = (text: string) => typeFinding(text)!;

  it('names the kind, the signal that led, and what spoke for a report, and quotes the title', () => {
    const summary = finding('××县司法局2023年工作总结\n2023年，我局在县委、县政府领导下，各项工作取得新进展。');
    expect(summary.message).toBe(
      '这份文件看起来是“单位全面工作总结”，不是法治政府建设年度报告（标题“××县司法局2023年工作总结”是单位的全面工作总结；' +
        '像年度报告的只有：以本单位口吻讲本年度工作（“我局”、开头即讲本年度））。请确认是否选错了文件。',
    );
    expect(summary.evidence.map((e) => e.quote)).toEqual(['××县司法局2023年工作总结']);
    const plan = finding('××县2024年法治政府建设工作要点\n2023年，我县法治政府建设取得成效。2024年，要坚持依法行政，确保重大行政决策程序全面落实。');
    expect(plan.message).toContain('（标题中有“工作要点”；像年度报告的只有：以本单位口吻讲本年度工作（“取得…成效”、“我县”、开头即讲本年度））');
  });

  it('says nothing spoke for a report when nothing did, and quotes the title only when there is one', () => {
    const unknown = '没有找到法治政府建设年度报告的标题，正文也很少谈到法治政府建设：这可能不是一份法治政府建设年度报告。';
    const untitled = finding('今年春耕生产进展顺利，全县播种面积达到10万亩。');
    expect(untitled.message).toBe(unknown);
    expect(untitled.evidence).toEqual([]);
    const titled = finding('××县2023年春耕生产情况\n今年春耕生产进展顺利，全县播种面积达到10万亩。');
    expect(titled.message).toBe(unknown);
    expect(titled.evidence.map((e) => e.quote)).toEqual(['××县2023年春耕生产情况']);
  });

  it('quotes the sentence in which a document names another topic as its own', () => {
    const named = finding('2023年，××镇法治建设稳步推进。现将本年度法治建设工作情况总结如下：一、依法行政……');
    expect(named.message).toContain('文中自称是关于“法治建设”的报告');
    expect(named.evidence.map((e) => e.quote)).toEqual(['现将本年度法治建设工作情况总结如下']);
  });
});

