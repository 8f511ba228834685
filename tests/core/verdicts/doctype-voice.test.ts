// The document type decided from a rule set of the test's own: title words and voices.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import type { RuleSet } from '../../../src/core/rules/types.ts';
import { citedOnly, documentType, documentTypeFinding, readAsItsKind } from '../../../src/core/verdicts/doctype.ts';
import { textDoc } from '../../helpers/docs.ts';

const SET: RuleSet = {
  id: 'test',
  version: '1',
  title: '测试规则集',
  reportName: '法治政府建设年度报告',
  notReportCode: 'not-an-annual-report',
  reportSubject: ['法治政府建设'],
  reportKinds: ['报告', '总结'],
  reportAbout: ['法治政府'],
  reportVoice: ['报告如下', '我县'],
  otherDocuments: [
    { id: 'news', name: '新闻报道', title: ['召开'], voice: ['记者', '日前', '本网讯', '会议强调'], future: false, rules: null },
    { id: 'plan', name: '工作要点', title: ['工作要点'], voice: ['各乡镇'], future: true, rules: null },
  ],
  rules: [],
  tables: [],
  identities: [],
  deadlines: [],
  textFigures: [],
  statements: [],
  formatVersions: [],
  oldRegime: null,
  periodWords: [],
  partWords: [],
};
const typeOf = (text: string) => documentType(SET, analyse(textDoc(text)));
const kindOf = (text: string) => {
  const t = typeOf(text);
  return t.report ? 'report' : t.kind.id;
};

describe('the title decides', () => {
  it('a title naming the report makes it one', () => {
    expect(typeOf('××县2023年法治政府建设情况报告\n记者日前从县政府获悉。')).toEqual({ report: true });
  });

  it('a title with another kind’s words makes it that kind, whatever the voice', () => {
    const t = typeOf('××县召开法治政府建设推进会\n现将我县法治政府建设情况报告如下。我县全年审核文件9件。');
    expect(t).toMatchObject({ report: false, kind: { id: 'news', name: '新闻报道' }, why: expect.stringMatching(/^标题中有“召开”(；|$)/u) });
    expect(!t.report && t.evidence.map((e) => e.quote)).toEqual(['××县召开法治政府建设推进会']);
  });

  it('a title that only cites the report is not the report’s title', () => {
    expect(kindOf('《××县2023年法治政府建设情况报告》解读\n日前，记者就法治政府建设采访了有关负责人。')).toBe('news');
  });
});

describe('the voice decides without a title', () => {
  it('another document’s voice, heard often enough, outweighs the report’s', () => {
    const t = typeOf('本网讯 记者日前从县司法局获悉，全县法治政府建设成效明显。');
    expect(t).toMatchObject({ report: false, kind: { id: 'news' }, why: '正文中有“记者”、“日前”、“本网讯”等说法' });
  });

  it('a voice heard as often as the report’s own is not enough', () => {
    // two phrases of news against 我县 and 报告如下
    expect(kindOf('记者日前获悉，现将我县法治政府情况报告如下。')).toBe('report');
  });

  it('a single phrase of another voice decides when the report’s own is silent', () => {
    expect(kindOf('日前，全县法治政府建设推进有力。')).toBe('news');
  });

  it('opening on the year is the report’s own voice', () => {
    expect(kindOf('2023年，全县法治政府建设推进有力，日前通过验收。')).toBe('report');
    expect(kindOf('全县法治政府建设推进有力，日前通过验收。')).toBe('news');
  });

  it('a body that speaks of the subject three times is a report, twice is not enough', () => {
    expect(kindOf('法治政府建设有序推进，法治政府建设考核优秀，法治政府建设水平提升。')).toBe('report');
    expect(kindOf('法治政府建设有序推进，法治政府建设考核优秀。')).toBe('unknown');
  });

  it('a text about something else is of unknown kind, said so', () => {
    const t = typeOf('今年春耕生产进展顺利，全县播种面积达到10万亩。');
    expect(t).toMatchObject({ report: false, kind: { id: 'unknown', name: '其他文件' } });
    expect(documentTypeFinding(t, SET)?.message).toBe('没有找到法治政府建设年度报告的标题，正文也很少谈到法治政府建设：这可能不是一份法治政府建设年度报告。');
  });
});

describe('what a document says it reports on', () => {
  it('names the report: then it is one', () => {
    expect(kindOf('现将2023年法治政府建设情况报告如下：全年审核文件9件。')).toBe('report');
  });

  it('names another topic: a report on that topic', () => {
    const t = typeOf('现将全县交通运输工作情况报告如下：全县法治政府建设……');
    expect(t).toMatchObject({ report: false, kind: { id: 'topic-report', name: '专项工作报告' }, why: expect.stringMatching(/^文中自称是关于“交通运输”的报告(；|$)/u) });
    expect(!t.report && t.evidence[0].quote).toBe('现将全县交通运输工作情况报告如下');
  });

  it('keeps a topic whole: 安全生产 is not 安生产', () => {
    const t = typeOf('现将全县安全生产工作情况报告如下：全县法治政府建设……');
    expect(t).toMatchObject({ report: false, why: expect.stringMatching(/^文中自称是关于“安全生产”的报告(；|$)/u) });
  });

  it('names a kind of document we know: that kind', () => {
    expect(kindOf('现将2024年工作要点汇报如下：全县法治政府建设……')).toBe('plan');
  });

  it('says nothing of its topic: nothing is decided by it', () => {
    expect(kindOf('现将有关情况报告如下：我县法治政府建设有序推进。')).toBe('report');
  });
});

describe('the finding and the reading of another kind', () => {
  it('says what the document looks like and why', () => {
    const t = typeOf('××县召开法治政府建设推进会\n会议强调，要压实责任。');
    expect(documentTypeFinding(t, SET)).toMatchObject({
      kind: 'document-type',
      code: 'not-an-annual-report',
      severity: 'error',
      message: '这份文件看起来是“新闻报道”，不是法治政府建设年度报告（标题中有“召开”；正文中有“会议强调”等说法）。请确认是否选错了文件。',
    });
    expect(documentTypeFinding({ report: true }, SET)).toBeNull();
  });

  it('reads a plan from the end of its covering notice as planned', () => {
    const text = '关于印发2024年工作要点的通知\n各乡镇：现印发给你们，请认真贯彻执行。\n一、全年审核规范性文件10件。\n二、组织培训2期。';
    const a = analyse(textDoc(text));
    const read = readAsItsKind(documentType(SET, a), a);
    expect(read.sentences.filter((s) => s.part === 'plan').map((s) => s.text)).toEqual(['一、全年审核规范性文件10件。', '二、组织培训2期。']);
    expect(read.sentences.find((s) => s.text.startsWith('各乡镇'))?.part).not.toBe('plan');
  });

  it('reads a plan without a notice as planned throughout, and anything else as it is', () => {
    const a = analyse(textDoc('2024年工作要点\n一、全年审核规范性文件10件。'));
    expect(readAsItsKind(documentType(SET, a), a).sentences.every((s) => s.part === 'plan')).toBe(true);
    const news = analyse(textDoc('××县召开法治政府建设推进会\n会上审核规范性文件10件。'));
    expect(readAsItsKind(documentType(SET, news), news)).toBe(news);
  });

  it('reads a summary followed by its plan as it is: the past year first, the plan by its heading', () => {
    const a = analyse(textDoc('××局2023年工作总结和2024年工作要点\n一、全年审核规范性文件10件。'));
    expect(documentType(SET, a).report).toBe(false);
    expect(readAsItsKind(documentType(SET, a), a)).toBe(a);
  });
});

describe('a title that only cites a report', () => {
  it('is one with words after the cited report', () => {
    expect(citedOnly('《××县2023年法治政府建设情况报告》解读')).toBe(true);
    expect(citedOnly('关于《××县法治政府建设情况报告》的说明')).toBe(true);
  });

  it('is not the report’s own title, nor a title citing something else', () => {
    expect(citedOnly('××县2023年法治政府建设情况报告')).toBe(false);
    expect(citedOnly('《××县2023年法治政府建设情况报告》')).toBe(false);
    expect(citedOnly('《××县2023年法治政府建设情况报告》。')).toBe(false);
    expect(citedOnly('学习《法治政府建设实施纲要》的情况报告')).toBe(false);
  });
});
