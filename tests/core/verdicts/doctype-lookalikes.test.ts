// Two kinds of look-alike whose titles name 法治政府建设 and a report or a year, so that only
// knowing the kind tells them from the annual report (CONCEPTS.md §1.2): an inspection, 督察 or
// self-check report, and a decision or notice. Tested on what the checker says (the finding of
// CLI.md), not on how it decides, with a real report on the same topic beside them.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { defaultRules, textDoc } from '../../helpers/docs.ts';

const NOT_A_REPORT = 'not-an-annual-report';
const findingCodes = (text: string) => checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' }).findings.map((f) => f.code);

describe('inspection, 督察 and self-check reports', () => {
  it.each([
    [
      '××县司法局2023年度法治政府建设自查报告',
      '根据市委依法治市办关于开展法治政府建设考核的通知要求，我局对照考核指标逐项开展自查，自查得分92分。现将自查情况报告如下：\n一、依法行政制度建设方面。对照指标查看了规范性文件备案台账。',
    ],
    [
      '××市法治政府建设督察组关于××县2023年度法治政府建设情况的督察报告',
      '督察组于2024年3月进驻××县，通过听取汇报、查阅资料、个别谈话等方式开展督察。督察组认为，该县法治政府建设取得一定成效，但行政执法监督仍有短板。',
    ],
    [
      '××市人大常委会执法检查组关于《中华人民共和国行政复议法》实施情况的执法检查报告',
      '执法检查组于2023年5月至6月对全市贯彻实施行政复议法情况开展执法检查。检查组认为，全市法治政府建设稳步推进，依法行政水平不断提高。',
    ],
  ])('are not the annual report: %s', (title, body) => {
    expect(findingCodes(`${title}\n${body}`)).toContain(NOT_A_REPORT);
  });
});

describe('decisions and notices', () => {
  it.each([
    [
      '××县人民政府关于表彰2023年度法治政府建设先进单位和先进个人的决定',
      '2023年，全县各级各部门深入推进法治政府建设，涌现出一批先进典型。经研究决定，对县司法局等10个先进单位和20名先进个人予以表彰。',
    ],
    [
      '××县人民政府办公室关于做好2023年度法治政府建设情况报告工作的通知',
      '各乡镇人民政府，县直各部门：为做好2023年度法治政府建设情况报告的报送和公开工作，现就有关事项通知如下：各单位于2024年3月15日前报送本单位年度报告。特此通知。',
    ],
    [
      '××市人民政府关于命名2023年度法治政府建设示范乡镇的决定',
      '各区县人民政府：经组织评估，决定命名××镇等5个乡镇为2023年度法治政府建设示范乡镇。现予公布。',
    ],
  ])('are not the annual report: %s', (title, body) => {
    expect(findingCodes(`${title}\n${body}`)).toContain(NOT_A_REPORT);
  });
});

it('takes the annual report on the same topics for what it is', () => {
  const report = [
    '××县司法局关于2023年度法治政府建设情况的报告',
    '2023年，我局深入推进法治政府建设，现将有关情况报告如下：',
    '一、主要举措和成效。全年审核规范性文件12件，办理行政复议案件8件，组织执法检查3次。',
  ].join('\n');
  expect(findingCodes(report)).not.toContain(NOT_A_REPORT);
});
