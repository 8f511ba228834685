import { describe, expect, it } from 'vitest';
import { findFacts, isSlogan, type FactKind } from '../../../src/core/text/facts.ts';
import { findNumbers } from '../../../src/core/text/numbers.ts';

const kindsIn = (text: string): FactKind[] => findFacts(text, findNumbers(text)).map((f) => f.kind);

describe('the kinds of fact a sentence holds', () => {
  it.each<[FactKind, string]>([
    ['count', '全年审核合同47份。'],
    ['rate', '群众满意度达到98.6%。'],
    ['amount', '投入普法经费35万元。'],
    ['date', '12月4日组织机关干部参观法治教育基地。'],
    ['document', '印发《××镇2024年依法行政工作要点》。'],
    ['law-study', '组织班子成员学习新修订的《行政处罚法》。'],
    ['event', '召开专题学习会，传达上级会议精神。'],
    ['event', '举办依法行政能力提升研讨班。'],
    ['event', '邀请市中级法院法官授课。'],
    ['event', '组织执法人员旁听行政案件庭审。'],
    ['event', '新任命干部进行宪法宣誓。'],
    ['event', '借助民法典宣传月走进企业。'],
    ['event', '在国家宪法日当天设立咨询台。'],
    ['actor', '局长带头讲法治课。'],
    ['actor', '县长主持召开政府常务会议研究法治建设。'],
    ['actor', '党组会议听取法治建设工作汇报。'],
    ['actor', '镇党委会议定期学习宪法和地方组织法。'],
    ['actor', '县委、县政府主要负责同志先后研究行政执法工作5次。'],
    ['system', '建立领导干部应知应会法律清单制度。'],
    ['system', '编制权责清单并向社会公布。'],
    ['system', '成立以镇长为组长的依法行政工作领导小组。'],
    ['system', '成立以镇长为组长、分管副镇长为副组长，各站所负责人为成员的依法行政工作领导小组。'],
    ['law-study', '围绕《行政处罚法》《行政许可法》《优化营商环境条例》等法律法规，进行专题学习交流。'],
  ])('finds %s in 「%s」', (kind, text) => {
    expect(kindsIn(text)).toContain(kind);
  });

  it.each([
    '持续加强法治政府建设。',
    '深入推进依法行政，不断提升治理能力。',
    '建立健全行政执法协调机制。',
    '实行行政执法责任制度。',
    '认真宣传《宪法》和《民法典》。',
    '主要领导亲自抓、负总责。',
    '全年没有发生行政复议案件。',
    '认真贯彻落实《法治政府建设实施纲要》《党政主要负责人履行推进法治建设第一责任人职责规定》。',
    '严格执行中办、国办印发的《法治政府建设与责任落实督察工作规定》。',
    '主要负责人要对重要工作亲自部署、重大问题亲自过问。',
    '党委和政府深入贯彻习近平总书记重要指示批示精神。',
    '学习习近平总书记关于法治政府建设的重要论述，研究贯彻措施。',
  ])('finds no fact in the slogan 「%s」', (text) => {
    expect(kindsIn(text)).toEqual([]);
  });

  it('gives offsets into the sentence', () => {
    const text = '今年以来，我局制发《行政执法公示办法》。';
    const fact = findFacts(text, findNumbers(text)).find((f) => f.kind === 'document')!;
    expect(text.slice(fact.start, fact.end)).toBe('《行政执法公示办法》');
  });
});

describe('slogans', () => {
  it('is a slogan when it exhorts and states nothing', () => {
    const text = '进一步深化“放管服”改革，持续优化营商环境。';
    expect(isSlogan(text, findFacts(text, findNumbers(text)))).toBe(true);
  });

  it('is no slogan once a fact stands in it', () => {
    const text = '进一步深化“放管服”改革，取消审批事项12项。';
    expect(isSlogan(text, findFacts(text, findNumbers(text)))).toBe(false);
  });

  it('is no slogan without an exhorting verb', () => {
    expect(isSlogan('我局现有执法人员若干名。', [])).toBe(false);
  });
});
