// Every way of introducing a key figure that figure-patterns.ts knows, each in a sentence of
// its own: the figure read must be the one a reader reads.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { findKeyFigures } from '../../../src/core/findings/figures.ts';
import { textDoc } from '../../helpers/docs.ts';

const figures = (text: string) => findKeyFigures(analyse(textDoc(text))).map(({ figure: f }) => `${f.indicator} ${f.name} ${f.value}${f.unit}`);

describe.each([
  ['admin-reconsideration', [
    ['新收行政复议案件6件。', ['收到 6件']],
    ['接到行政复议申请4件。', ['收到 4件']],
    ['不予受理行政复议申请1件。', ['不予受理 1件']],
    ['行政复议案件结案9件。', ['办结 9件']],
    ['行政复议案件中，撤销3件，变更1件，确认违法1件，责令履行1件。', ['纠错 3件', '纠错 1件', '纠错 1件', '纠错 1件']],
    ['行政复议案件调解和解2件，调解1件。', ['调解和解 2件', '调解 1件']],
    ['发生行政复议案件3起。', ['案件 3起']],
    ['涉及我局的复议案件2件。', ['案件 2件']],
    ['行政复议结案率98%，审结率96%，纠错率5%。', ['办结率 98%', '审结率 96%', '纠错率 5%']],
  ]],
  ['admin-litigation', [
    ['收到行政诉讼案件5件，新收行政应诉案件2件。', ['案件 5件', '案件 2件']],
    ['涉及我县的行政案件8件，审结7件，判决6件。', ['案件 8件', '审结 7件', '审结 6件']],
    ['行政应诉案件结案5件。', ['审结 5件']],
    ['行政诉讼案件中，负责人出庭9件，出庭应诉8件。', ['负责人出庭 9件', '负责人出庭 8件']],
    ['行政诉讼案件负责人出庭率100%，胜诉率90%，败诉率10%。', ['负责人出庭应诉率 100%', '胜诉率 90%', '败诉率 10%']],
  ]],
  ['normative-docs-review', [
    ['对规范性文件进行合法性审查12件，审查3件。', ['审核 12件', '审核 3件']],
    ['制定规范性文件4件，出台2件，印发1件，备案7件。', ['制定 4件', '制定 2件', '制定 1件', '备案 7件']],
  ]],
  ['normative-docs-cleanup', [
    ['规范性文件清理后保留30件，修订4件。', ['保留 30件', '修改 4件']],
    ['规范性文件失效2件。', ['失效 2件']],
  ]],
  ['major-decisions', [
    ['重大行政决策合法性审查15件，合法性审核3件，听证2次，征求意见4次，征求2次。', ['合法性审查 15件', '合法性审查 3件', '听证 2次', '征求意见 4次', '征求意见 2次']],
    ['重大决策作出5项，出台2项，制定1项。', ['决策 5项', '决策 2项', '决策 1项']],
  ]],
  ['dispute-resolution', [
    ['排查矛盾纠纷120件，化解115件。', ['排查 120件', '化解 115件']],
    ['调处矛盾纠纷40起，成功调处38起。', ['调解 40起', '调解成功 38起']],
    ['调解纠纷30起，调处成功28起，成功调解1起，成功1起。', ['调解 30起', '调解成功 28起', '调解成功 1起', '调解成功 1起']],
    ['人民调解组织受理纠纷20件。', ['受理 20件']],
    ['纠纷化解率96%，调处成功率95%，调处率100%，调解率99%。', ['化解率 96%', '调解成功率 95%', '调解率 100%', '调解率 99%']],
    ['接待信访群众30件，收到信访件12件，办理信访事项8件。', ['信访受理 30件', '信访受理 12件', '信访受理 8件']],
    ['信访案件处置20件，化解15件，化解信访积案3件。', ['信访办结 20件', '信访办结 15件', '化解积案 3件']],
    ['信访化解率95%，办结率90%。', ['信访办结率 95%', '信访办结率 90%']],
  ]],
  ['open-government', [
    ['收到政府信息公开申请20件，受理18件，答复18件，答复率100%。', ['依申请公开收到 20件', '依申请公开收到 18件', '依申请公开办结 18件', '依申请公开办结率 100%']],
    ['主动公开政府信息1200条。', ['主动公开 1200条']],
  ]],
  ['public-legal-services', [
    ['承办法律援助案件30件，指派20件。', ['法律援助案件 30件', '法律援助案件 20件']],
    ['法律援助案件中刑事10件，民事15件，行政5件。', ['法律援助·刑事 10件', '法律援助·民事 15件', '法律援助·行政 5件']],
    ['解答法律咨询300人次。', ['法律咨询 300人次']],
  ]],
] as [string, [string, string[]][]][])('%s', (indicator, cases) => {
  it.each(cases)('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected.map((e) => `${indicator} ${e}`));
  });
});

describe('counts in units that do not count cases', () => {
  it('are no figure', () => {
    expect(figures('办理行政复议案件3万元。')).toEqual([]);
    expect(figures('主动公开政府信息1200人次。')).toEqual([]);
  });
});

describe('zero figures', () => {
  it('reads “no cases” of each kind named', () => {
    expect(figures('全年无行政复议案件和行政败诉案件。')).toEqual(['admin-reconsideration 案件 0件', 'admin-litigation 败诉 0件']);
    expect(figures('全年未发生行政诉讼案件。')).toEqual(['admin-litigation 案件 0件']);
  });

  it('one per indicator and clause, not when the clause counts', () => {
    expect(figures('全年无行政应诉案件，无败诉。')).toEqual(['admin-litigation 案件 0件', 'admin-litigation 败诉 0件']);
    expect(figures('全年未发生应诉案件和行政诉讼案件。')).toEqual(['admin-litigation 案件 0件']);
    expect(figures('全年发生行政复议案件3件。')).toEqual(['admin-reconsideration 案件 3件']);
  });
});
