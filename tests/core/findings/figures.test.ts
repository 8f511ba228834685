import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { findKeyFigures } from '../../../src/core/findings/figures.ts';
import { textDoc } from '../../helpers/docs.ts';

/** The figures of a text as "indicator name value unit", with ~ for approximate ones. */
function figures(text: string): string[] {
  return findKeyFigures(analyse(textDoc(text))).map(({ figure: f }) => `${f.indicator} ${f.name} ${f.value}${f.unit}${f.approximate ? '~' : ''}`);
}

describe('key figures by topic and cue', () => {
  it('gives every rate in per cent, however written, with the decimals it was written with', () => {
    const rates = (text: string) => findKeyFigures(analyse(textDoc(text))).map(({ figure: f, decimals }) => `${f.value}${f.unit} ${decimals}`);
    expect(rates('行政复议办结率99.25%。')).toEqual(['99.25% 2']);
    expect(rates('行政复议办结率99.5％。')).toEqual(['99.5% 1']);
    expect(rates('行政复议纠错率为百分之五。')).toEqual(['5% 0']);
  });

  it('carries the topic forward within a sentence', () => {
    expect(figures('受理行政复议案件13件，已调解3件，办结10件。')).toEqual([
      'admin-reconsideration 受理 13件',
      'admin-reconsideration 调解 3件',
      'admin-reconsideration 办结 10件',
    ]);
  });

  it('reads 受理 by the topic of its own clause', () => {
    expect(figures('受理行政复议案件5件，受理信访案件20件，结案18件，结案率90%。')).toEqual([
      'admin-reconsideration 受理 5件',
      'dispute-resolution 信访受理 20件',
      'dispute-resolution 信访办结 18件',
      'dispute-resolution 信访办结率 90%',
    ]);
  });

  it.each([
    ['收到行政复议申请8件，审结6件，纠错1件。', ['收到 8件', '审结 6件', '纠错 1件']],
    ['行政复议案件审结12件，其中维持8件、驳回2件、终止1件，和解1件。', ['审结 12件', '维持 8件', '驳回 2件', '终止 1件', '和解 1件']],
    ['行政复议办结率100%。', ['办结率 100%']],
  ])('行政复议: %s', (text, expected) => {
    expect(figures(text)).toEqual(expected.map((e) => `admin-reconsideration ${e}`));
  });

  it.each([
    ['红土乡发生一起行政应诉案件，已胜诉。', ['案件 1起']],
    ['全年共受理政府行政诉讼案件97件，重大案件行政负责人出庭应诉率100%。', ['案件 97件', '负责人出庭应诉率 100%']],
    ['办理行政应诉案件12件，负责人出庭应诉10件，胜诉9件，败诉1件。', ['案件 12件', '负责人出庭 10件', '胜诉 9件', '败诉 1件']],
  ])('行政应诉: %s', (text, expected) => {
    expect(figures(text)).toEqual(expected.map((e) => `admin-litigation ${e}`));
  });

  it('规范性文件: 审核 and 备案 for review, 清理 and its outcomes for cleanup', () => {
    expect(figures('审核并印制规范性文件17次，向区人大常委会报备规范性文件5件。')).toEqual([
      'normative-docs-review 审核 17次',
      'normative-docs-review 备案 5件',
    ]);
    expect(figures('对规范性文件进行全面清理，共清理246件，其中继续有效107件、修改46件、废止88件、宣布失效5件。')).toEqual([
      'normative-docs-cleanup 清理 246件',
      'normative-docs-cleanup 保留 107件',
      'normative-docs-cleanup 修改 46件',
      'normative-docs-cleanup 废止 88件',
      'normative-docs-cleanup 失效 5件',
    ]);
  });

  it('a bare quantity takes the cue of the clause before it', () => {
    expect(figures('严格落实行政规范性文件清理机制，截至目前为0件。')).toEqual(['normative-docs-cleanup 清理 0件']);
  });

  it('重大行政决策: 合法性审查, 听证, 征求意见', () => {
    expect(figures('全年共审核重大行政决策合法性153次，重大决策听证3次，公开征求意见12次。')).toEqual([
      'major-decisions 合法性审查 153次',
      'major-decisions 听证 3次',
      'major-decisions 征求意见 12次',
    ]);
  });

  it('调解 and 排查/化解 name their topic by themselves', () => {
    expect(figures('2023年我镇共排查553件，化解527件，化解率95.2%。')).toEqual([
      'dispute-resolution 排查 553件',
      'dispute-resolution 化解 527件',
      'dispute-resolution 化解率 95.2%',
    ]);
    expect(figures('全年共调解各类矛盾纠纷3159起，调解率100%，调解成功率97%。')).toEqual([
      'dispute-resolution 调解 3159起',
      'dispute-resolution 调解率 100%',
      'dispute-resolution 调解成功率 97%',
    ]);
  });

  it('政务公开 and 法律援助', () => {
    expect(figures('全年主动公开政务信息2761条，收到依申请公开信息22件，办结22件，办结率100%。')).toEqual([
      'open-government 主动公开 2761条',
      'open-government 依申请公开收到 22件',
      'open-government 依申请公开办结 22件',
      'open-government 依申请公开办结率 100%',
    ]);
    expect(figures('全年共受理法律援助案件419件，其中刑事408件，民事11件；接待法律咨询706人次。')).toEqual([
      'public-legal-services 法律援助案件 419件',
      'public-legal-services 法律援助·刑事 408件',
      'public-legal-services 法律援助·民事 11件',
      'public-legal-services 法律咨询 706人次',
    ]);
  });

  it('reads Chinese numerals, 万, and 百分之', () => {
    expect(figures('受理行政复议案件十三件。')).toEqual(['admin-reconsideration 受理 13件']);
    expect(figures('主动公开政府信息1.2万条。')).toEqual(['open-government 主动公开 12000条']);
    expect(figures('调解成功率达百分之九十八。')).toEqual(['dispute-resolution 调解成功率 98%']);
  });

  it('marks 余/多/近 as approximate', () => {
    expect(figures('乡村两级调解组织共调处各类矛盾纠纷50余起，调处率达100%。')).toEqual([
      'dispute-resolution 调解 50起~',
      'dispute-resolution 调解率 100%',
    ]);
    expect(figures('共排查矛盾纠纷近200件。')).toEqual(['dispute-resolution 排查 200件~']);
  });

  it('reads explicit zeros as 0', () => {
    expect(figures('2023年无行政复议案件和行政败诉案件。')).toEqual(['admin-reconsideration 案件 0件', 'admin-litigation 败诉 0件']);
    expect(figures('全年未发生一起行政复议案件。')).toEqual(['admin-reconsideration 案件 0起']);
  });

  it.each([
    '排查和整治安全隐患362处，录入安全问题清单237起，整改率100%。',
    '法律援助工作站、受理点20个。',
    '各级各类调委会共有人民调解员575人。',
    '成功签约项目5个，落地开工项目4个，开工率66.7%。',
    '组织机关职工进行法治理论知识考试，考试合格率100%。',
    '化解率比上年提高3个百分点。',
    '未发生因违法决策被复议纠错的情形。',
    '未发生一起民转刑案件。',
    '区政府法律顾问参与涉及区政府法律诉讼97起。',
    '开展校园安全隐患排查4次。',
    '协调解决物业服务纠纷37起。',
    '受理消费者投诉2846件，咨询4218件。',
  ])('finds no key figure in: %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('prefers the cue whose words up to the number stay on the topic', () => {
    expect(figures('街道矛盾纠纷调处化解中心全年受理各类矛盾纠纷426件。')).toEqual(['dispute-resolution 受理 426件']);
    expect(figures('行政复议案件审结12件，其中调解和解结案3件。')).toEqual(['admin-reconsideration 审结 12件', 'admin-reconsideration 调解和解 3件']);
    expect(figures('完成政府和市直部门规范性文件备案审查87件。')).toEqual(['normative-docs-review 备案 87件']);
    expect(figures('收到行政复议申请486件，其中依法受理431件，不予受理33件。')).toEqual([
      'admin-reconsideration 收到 486件',
      'admin-reconsideration 受理 431件',
      'admin-reconsideration 不予受理 33件',
    ]);
    expect(figures('受理信访事项87件，包案化解信访积案3件。')).toEqual(['dispute-resolution 信访受理 87件', 'dispute-resolution 化解积案 3件']);
  });

  it('reads no figures in the problems and plans: those are targets', () => {
    const text = ['关于2023年法治政府建设情况的报告', '一、主要举措', '受理行政复议案件5件。', '二、下一步工作打算', '力争行政机关负责人出庭应诉率达到90%以上。'].join('\n');
    expect(figures(text)).toEqual(['admin-reconsideration 受理 5件']);
  });

  it('quotes the original characters with their offsets', () => {
    const text = '一、行政復議\n受理行政復議案件13件，已調解3件。';
    const found = findKeyFigures(analyse(textDoc(text))).map((k) => k.figure);
    expect(found.map((f) => [f.name, f.quote])).toEqual([
      ['受理', '受理行政復議案件13件'],
      ['调解', '已調解3件'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });
});
