import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/structure/analysis.ts';
import { makeTitleCheck } from '../../../../src/core/verdicts/checks/title-year.ts';
import type { DocumentType } from '../../../../src/core/verdicts/doctype.ts';
import { PREDECESSOR } from '../../../../src/core/verdicts/doctype-signals.ts';
import { textDoc } from '../../../helpers/docs.ts';
import { testRule } from '../../../helpers/rule.ts';

const SET = { reportName: '法治政府建设年度报告', reportSubject: ['法治政府建设'], reportKinds: ['报告', '总结'], reportAbout: ['法治政府'] };
const REPORT: DocumentType = { report: true };
const NEWS: DocumentType = { report: false, kind: { id: 'news', name: '新闻报道', future: false }, why: '', evidence: [] };
const judge = (text: string, type: DocumentType = REPORT) => makeTitleCheck(SET, type)(testRule({ check: 'title' }), analyse(textDoc(text)));

describe('the title of a report', () => {
  it('is present when it names the report and its year, quoted', () => {
    const j = judge('××县2023年法治政府建设情况报告\n全年审核规范性文件9件。');
    expect(j.status).toBe('present');
    expect(j.reason).toBe('标题写明了报告年度（2023年）');
    expect(j.evidence.map((e) => e.quote)).toEqual(['××县2023年法治政府建设情况报告']);
  });

  it('is weak when it names the report without its year', () => {
    const j = judge('××县法治政府建设工作总结\n全年审核规范性文件9件。');
    expect(j).toMatchObject({ status: 'weak', reason: '标题没有写明报告年度' });
    expect(j.evidence.map((e) => e.quote)).toEqual(['××县法治政府建设工作总结']);
  });

  it('needs both the subject and a kind of report in the title', () => {
    expect(judge('××县2023年法治政府建设工作要点\n全年审核规范性文件9件。').status).toBe('missing');
    expect(judge('××县2023年依法行政情况报告\n全年审核规范性文件9件。').status).toBe('missing');
  });

  it('is weak without a title when the body speaks of the subject three times, quoting the first', () => {
    const body = '我县扎实推进法治政府建设，成立法治政府建设领导小组，把法治政府建设纳入考核。';
    const j = judge(body);
    expect(j).toMatchObject({ status: 'weak', reason: '正文谈的是法治政府建设，但没有找到写明年度的报告标题' });
    expect(j.evidence[0].quote.startsWith('法治政府建设，成立')).toBe(true);
    expect(j.evidence[0].start).toBe(body.indexOf('法治政府建设'));
  });

  it('is missing when the body names the subject only twice', () => {
    const j = judge('我县扎实推进法治政府建设，把法治政府建设纳入考核。');
    expect(j).toEqual({ status: 'missing', reason: '没有找到法治政府建设年度报告的标题', evidence: [] });
  });
});

describe('the title of another kind of document', () => {
  it('is weak when it names a report on the subject that is not the annual one', () => {
    const j = judge('××县五年法治政府建设情况报告\n五年来，我县坚持依法行政。', NEWS);
    expect(j.status).toBe('weak');
    expect(j.reason).toBe('这不是法治政府建设年度报告（看起来是“新闻报道”）：标题是法治政府建设方面的报告，但不是年度报告');
    expect(j.evidence.map((e) => e.quote)).toEqual(['××县五年法治政府建设情况报告']);
  });

  it('is missing when its title only cites the report, or names none', () => {
    const cited = judge('《××县2023年法治政府建设情况报告》解读\n一、起草背景', NEWS);
    expect(cited).toEqual({ status: 'missing', reason: '这不是法治政府建设年度报告（看起来是“新闻报道”），没有年度报告的标题', evidence: [] });
    expect(judge('县政府召开常务会议\n会议研究了法治政府建设工作。法治政府建设。法治政府建设。', NEWS).status).toBe('missing');
  });

  it('is missing when the line that names the report is a sentence telling of it, not its own title', () => {
    const heard = judge('县人大常委会会议听取了县政府2023年法治政府建设情况报告\n会议认为，全县法治政府建设成效明显。', NEWS);
    expect(heard).toMatchObject({ status: 'missing', evidence: [] });
    expect(judge('司法部日前发布的2023年法治政府建设年度报告显示\n全国新收行政复议案件增长。', NEWS).status).toBe('missing');
  });

  it('is missing for the predecessor of the annual report, whose title names that older document', () => {
    const predecessor: DocumentType = { report: false, kind: PREDECESSOR, why: '', evidence: [] };
    const j = judge('××市2014年度法治政府建设情况报告\n2014年，我市推进依法行政。', predecessor);
    expect(j).toEqual({ status: 'missing', reason: `这不是法治政府建设年度报告（看起来是“${PREDECESSOR.name}”）：标题是年度报告制度建立以前的依法行政工作报告`, evidence: [] });
  });

  it('is missing when the title names a report on the subject but not what the body must be about', () => {
    const set = { ...SET, reportAbout: ['依法行政'] };
    const j = makeTitleCheck(set, NEWS)(testRule({ check: 'title' }), analyse(textDoc('××县五年法治政府建设情况报告\n五年来成效显著。')));
    expect(j.status).toBe('missing');
  });
});
