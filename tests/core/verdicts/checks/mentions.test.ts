import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/structure/analysis.ts';
import { checkMentions, findMentions } from '../../../../src/core/verdicts/checks/mentions.ts';
import type { Rule } from '../../../../src/core/rules/types.ts';
import { textDoc } from '../../../helpers/docs.ts';
import { testRule } from '../../../helpers/rule.ts';

const PROOF = { facts: ['count' as const], count: false, mention: false, terms: [] };
const rule = (fields: Partial<Rule> = {}) => testRule({ lookFor: ['行政复议'], proof: PROOF, lookedFor: '行政复议工作', ...fields });
const judge = (text: string, fields: Partial<Rule> = {}, others: Partial<Rule>[] = []) => {
  const r = rule(fields);
  return checkMentions(r, analyse(textDoc(text)), [r, ...others.map((o) => testRule(o))]);
};
const quotes = (j: { evidence: { quote: string }[] }) => j.evidence.map((e) => e.quote);

const report = (...parts: string[][]) => ['2023年度法治政府建设情况报告', ...parts.flat()].join('\n');
const measures = (...s: string[]) => ['一、主要举措和成效', ...s];
const shortcomings = (...s: string[]) => ['二、存在的不足', ...s];
const plan = (...s: string[]) => ['三、下一步工作打算', ...s];

describe('an indicator of the year’s work', () => {
  it('is missing when the report never speaks of it, saying what was looked for', () => {
    expect(judge(report(measures('全年审核规范性文件9件。')))).toEqual({ status: 'missing', reason: '报告中没有谈到这一项（行政复议工作）', evidence: [] });
  });

  it('is present with a concrete fact by its mention, counting such statements', () => {
    const j = judge(report(measures('全年办理行政复议案件14件。', '开展普法宣传。', '行政复议纠错2件。')));
    expect(j.status).toBe('present');
    expect(j.reason).toBe('有具体件数（共 2 处具体表述）');
    expect(quotes(j)).toEqual(['全年办理行政复议案件14件。', '行政复议纠错2件。']);
  });

  it('quotes at most three statements', () => {
    const j = judge(report(measures('行政复议收案5件。', '行政复议结案4件。', '行政复议纠错2件。', '行政复议调解1件。')));
    expect(j.reason).toBe('有具体件数（共 4 处具体表述）');
    expect(j.evidence).toHaveLength(3);
  });

  it('names the kind of fact the rule accepted', () => {
    expect(judge(report(measures('深化行政复议体制改革。')), { proof: { ...PROOF, mention: true } }).reason).toBe('已写明（共 1 处具体表述）');
    expect(judge(report(measures('推行行政复议案件繁简分流。')), { proof: { ...PROOF, terms: ['繁简分流'] } }).reason).toBe('有具体做法（共 1 处具体表述）');
  });

  it.each([
    ['rate', '行政复议纠错率为5%。', '有具体比率'],
    ['amount', '投入行政复议经费20万元。', '有具体数额'],
    ['date', '2023年3月15日召开行政复议工作会议。', '有具体日期'],
    ['document', '印发《行政复议工作规则》。', '有具名文件'],
    ['law-study', '组织行政复议人员集体学习《行政处罚法》。', '写明了学习的具体法律'],
    ['event', '召开行政复议工作推进会。', '有具体的会议或活动'],
    ['actor', '县长带头研究行政复议工作。', '写明了谁具体做了什么'],
    ['system', '建立行政复议案件台账制度。', '有建立的具体制度、清单或机构'],
  ] as const)('names a %s fact when the rule accepts only that kind', (kind, sentence, words) => {
    expect(judge(report(measures(sentence)), { proof: { ...PROOF, facts: [kind] } }).reason).toBe(`${words}（共 1 处具体表述）`);
  });

  it('names a count written as zero', () => {
    const zero = judge(report(measures('全年无行政复议案件。')), { quantitative: true, proof: { ...PROOF, facts: [], count: true }, units: ['件'] });
    expect(zero.reason).toBe('写明了数量为零（共 1 处具体表述）');
  });

  it('is weak with mentions but no fact, saying why', () => {
    const j = judge(report(measures('不断加强行政复议工作。')));
    expect(j).toMatchObject({ status: 'weak', reason: '只有原则性表述，没有数字、文件或具体做法' });
    expect(quotes(j)).toEqual(['不断加强行政复议工作。']);
    expect(judge(report(measures('不断加强行政复议工作。')), { quantitative: true }).reason).toBe(
      '提到了这项工作，但没有数字（定量指标须写明件数，没有案件也要写明为零）',
    );
  });

  it('is weak when spoken of only in the plan, or in the shortcomings', () => {
    const inPlan = judge(report(measures('全年审核规范性文件9件。'), plan('计划办理行政复议案件20件。')));
    expect(inPlan).toMatchObject({ status: 'weak', reason: '只出现在下一年度工作安排中：计划不是成效' });
    const inShortcomings = judge(report(measures('全年审核规范性文件9件。'), shortcomings('行政复议人员仅2人，力量不足。'), plan('计划办理行政复议案件20件。')));
    expect(inShortcomings.reason).toBe('只出现在存在的不足或下一年度安排中');
  });

  it('takes a set phrase without a fact for a mention, at most weak; beside a fact it is the fact’s', () => {
    const j = judge(report(measures('坚持复议为民理念，切实提升工作水平。')), { formula: ['复议为民'] });
    expect(j).toMatchObject({ status: 'weak', reason: '只有原则性的提法，没有具体工作' });
    expect(judge(report(measures('坚持复议为民理念，全年培训12次。')), { formula: ['复议为民'] }).status).toBe('present');
    const mixed = judge(report(measures('坚持复议为民理念。', '不断加强行政复议工作。')), { formula: ['复议为民'] });
    expect(mixed.reason).toBe('只有原则性表述，没有数字、文件或具体做法');
  });

  it('ignores sentences about something else, and those without the required context', () => {
    expect(judge(report(measures('办理行政复议案件14件。')), { except: ['办理'] }).status).toBe('missing');
    expect(judge(report(measures('办理行政复议案件14件。')), { context: ['县政府'] }).status).toBe('missing');
    expect(judge(report(measures('县政府办理行政复议案件14件。')), { context: ['县政府'] }).status).toBe('present');
  });

  it('reads the other thing a word names (`except`) from where it stands until a clause names the indicator again', () => {
    const other = { except: ['信访复议'] };
    expect(judge(report(measures('办理信访复议事项5件，14件已办结。')), other).status).toBe('missing');
    const again = judge(report(measures('清理信访复议事项5件，办理行政复议案件14件。')), other);
    expect(again.status).toBe('present');
    expect(again.evidence[0].quote).toContain('14件');
    // A clause naming it only in words the other thing's name holds still speaks of the other thing.
    const village = { lookFor: ['法律顾问'], except: ['村法律顾问'] };
    expect(judge(report(measures('实现村法律顾问全覆盖，法律顾问解答咨询300人次。')), village).status).toBe('missing');
    const before = judge(report(measures('办理行政复议案件14件，另有信访复议事项5件。')), other);
    expect(before.status).toBe('present');
    expect(quotes(before)).toEqual(['办理行政复议案件14件，另有信访复议事项5件。']);
  });

  it('takes no fact after the other thing’s name for the mention before it', () => {
    expect(judge(report(measures('完善行政复议工作机制，清理信访复议事项5件。')), { except: ['信访复议'] }).status).toBe('weak');
    // …but those of a later clause that names the indicator itself, even a term of two words met once before.
    const twoWords = { lookFor: ['行政复议 + 案件'], except: ['信访复议'] };
    expect(judge(report(measures('完善行政复议案件办理机制，清理信访复议事项5件，审结行政复议案件14件。')), twoWords).status).toBe('present');
    expect(judge(report(measures('完善行政复议工作机制，清理信访复议事项5件。'))).status).toBe('present');
  });

  it('does not take the words of a cited law for a mention', () => {
    expect(judge(report(measures('组织学习《中华人民共和国行政复议法》。'))).status).toBe('missing');
  });

  it('finds a set phrase written with a character more', () => {
    const j = judge(report(measures('全面推行重大行政执法决定法制审核制度，审核案件12件。')), { lookFor: [], fuzzy: ['重大执法决定法制审核制度'] });
    expect(j.status).toBe('present');
  });

  it('takes the first mention of a sentence that carries a fact', () => {
    const sentence = '健全行政复议工作机制，畅通群众申请渠道，优化窗口服务流程，加强业务人员培训，提升案件审理质量和群众满意程度，全年受理复议案件14件。';
    const found = findMentions(rule({ lookFor: ['行政复议', '复议案件'] }), analyse(textDoc(report(measures(sentence)))), []);
    expect(found).toHaveLength(1);
    expect(found[0].proof?.kind).toBe('count');
    expect(found[0].sentence.text.slice(found[0].match.start, found[0].match.end)).toBe('复议案件');
  });

  it('proves a topic of the opening only in its own clause or the next', () => {
    const opening = (sentence: string) => ['2023年度法治政府建设情况报告', sentence, '一、主要举措和成效', '全年审核规范性文件9件。'].join('\n');
    const themes = '2023年，我县深化行政复议改革，坚持依法行政，统筹推进8个方面重点工作。';
    expect(judge(opening(themes)).status).toBe('weak');
    expect(judge(report(measures(themes))).status).toBe('present');
    expect(judge(opening('2023年，我县深化行政复议改革，办理案件14件。')).status).toBe('present');
    // The fact may stand inside the words that name the topic: it is no set phrase.
    expect(judge(opening('2023年，我县办理14件行政复议案件。'), { lookFor: ['办理…案件'] }).status).toBe('present');
  });

  it('does not count the documents the opening says it follows', () => {
    const own = '今年我县制定《行政复议案件办理规范》并组织实施。';
    const inOpening = ['2023年度法治政府建设情况报告', own, '一、主要举措和成效', '全年审核规范性文件9件。'].join('\n');
    const inMeasures = ['2023年度法治政府建设情况报告', '一、主要举措和成效', own, '全年审核规范性文件9件。'].join('\n');
    expect(judge(inOpening, { proof: { ...PROOF, facts: ['document'] } }).status).toBe('weak');
    expect(judge(inMeasures, { proof: { ...PROOF, facts: ['document'] } }).status).toBe('present');
  });
});

describe('a headline sentence and the facts after it', () => {
  const lead = (...after: string[]) => report(measures(`深化行政复议改革。${after.join('')}`));

  it('is proven by a fact in the sentences that follow it', () => {
    const j = judge(lead('全年办理案件14件。'));
    expect(j.status).toBe('present');
    expect(quotes(j)).toEqual(['深化行政复议改革。全年办理案件14件。']);
  });

  it('reaches three sentences on, no further', () => {
    expect(judge(lead('完善工作机制。', '加强队伍建设。', '全年办理案件14件。')).status).toBe('present');
    expect(judge(lead('完善工作机制。', '加强队伍建设。', '提升办案质量。', '全年办理案件14件。')).status).toBe('weak');
  });

  it('stops at a new paragraph, a heading, or a sentence on another indicator', () => {
    expect(judge(report(measures('深化行政复议改革。', '全年办理案件14件。'))).status).toBe('weak');
    expect(judge(lead('(一)加强普法。全年办理案件14件。')).status).toBe('weak');
    expect(judge(lead('加强普法宣传。全年办理案件14件。'), {}, [{ id: 'pufa', lookFor: ['普法'] }]).status).toBe('weak');
    expect(judge(lead('加强普法宣传。全年办理案件14件。')).status).toBe('present');
  });

  it('is a heading’s whole section, down to the next heading of its rank', () => {
    const section = (...after: string[]) => judge(report(measures('（一）深化行政复议改革', ...after)));
    expect(section('完善工作机制。', '全年办理案件14件。').status).toBe('present');
    expect(section('1.完善工作机制', '全年办理案件14件。').status).toBe('present');
    expect(section('完善工作机制。', '（二）规范执法行为', '全年办理案件14件。').status).toBe('weak');
  });

  it('stops in a section at a sentence on another indicator or one naming the topic again', () => {
    const section = (...after: string[]) => report(measures('（一）深化行政复议改革', ...after));
    expect(judge(section('加强普法宣传。', '全年办理案件14件。'), {}, [{ id: 'pufa', lookFor: ['普法'] }]).status).toBe('weak');
    const j = judge(section('推进行政复议规范化。', '完善工作机制。', '全年办理案件14件。'));
    expect(j.status).toBe('weak');
  });

  it('is not a lead when long or with a comma, nor for a quantitative indicator', () => {
    expect(judge(report(measures('深化行政复议改革，优化工作机制。全年办理案件14件。'))).status).toBe('weak');
    expect(judge(report(measures('深化全县行政复议体制机制改革并持续提升案件办理质量。全年办理案件14件。'))).status).toBe('weak');
    expect(judge(lead('全年办理案件14件。'), { quantitative: true }).status).toBe('weak');
  });
});

describe('the context a rule asks for', () => {
  const leaders = { lookFor: ['主要负责人'], context: ['法治'] };

  it('is given by the sentence or by the heading right over it', () => {
    expect(judge(report(measures('主要负责人主持召开法治专题会议3次。')), leaders).status).toBe('present');
    expect(judge(report(measures('（一）压实法治建设责任', '主要负责人主持召开专题会议3次。')), leaders).status).toBe('present');
  });

  it('is not given by 依法 in a heading: it says how another topic’s work is done', () => {
    const judged = (heading: string) => judge(report(measures(heading, '镇长出庭应诉1次。')), { lookFor: ['镇长'], context: ['法治', '依法'] }).status;
    expect(judged('（六）依法化解矛盾纠纷')).toBe('missing');
    expect(judged('（六）推进法治乡镇建设')).toBe('present');
  });

  it('is not given by a heading on something else, nor by one further up', () => {
    expect(judge(report(measures('（一）压实安全生产责任', '主要负责人主持召开专题会议3次。')), leaders).status).toBe('missing');
    expect(judge(report(measures('（一）压实法治建设责任', '1.抓好安全生产', '主要负责人主持召开专题会议3次。')), leaders).status).toBe('missing');
  });
});

describe('a sentence of the indicator’s own part', () => {
  const own = { lookFor: ['第一责任人'], part: 'responsibility' as const, proof: { ...PROOF, facts: ['count' as const, 'event' as const] } };
  const text = report(measures('全年审核规范性文件9件。'), ['二、党政主要负责人履行推进法治建设第一责任人职责情况', '县政府常务会议听取法治工作汇报3次。']);

  it('counts with a fact of its own though it does not repeat the topic', () => {
    const j = judge(text, own);
    expect(j.status).toBe('present');
    expect(quotes(j)).toContain('县政府常务会议听取法治工作汇报3次。');
  });

  it('needs no context word there', () => {
    expect(judge(text, { ...own, context: ['依法'] }).status).toBe('present');
  });
});

describe('an indicator made of several aspects', () => {
  const aspects = (min: number) => ({
    lookFor: ['执法'],
    aspects: { min, list: { 公示: ['公示'], 记录: ['全过程记录'], 审核: ['法制审核'] }, all: ['三项制度'] },
  });

  it('is present when enough aspects are covered, naming them', () => {
    const j = judge(report(measures('落实行政执法公示制度。', '推行执法全过程记录。')), aspects(2));
    expect(j).toMatchObject({ status: 'present', reason: '写明了：公示、记录' });
    expect(quotes(j)).toEqual(['落实行政执法公示制度。', '推行执法全过程记录。']);
  });

  it('is weak with fewer, saying how many are needed', () => {
    expect(judge(report(measures('落实行政执法公示制度。')), aspects(2))).toMatchObject({ status: 'weak', reason: '只写到公示，至少要有 2 项' });
  });

  it('covers every aspect with the words for all of them', () => {
    expect(judge(report(measures('全面推行行政执法三项制度。')), aspects(3))).toMatchObject({ status: 'present', reason: '写明了：公示、记录、审核' });
  });

  it('does not count aspects named only in the plan', () => {
    const j = judge(report(measures('不断规范行政执法。'), plan('推行执法全过程记录和执法公示。')), aspects(1));
    expect(j).toMatchObject({ status: 'weak', reason: '只有原则性表述，没有数字、文件或具体做法' });
  });
});

describe('the actor of a `reach: sentence` rule, carried into the sentences after it', () => {
  const leaders = {
    lookFor: ['主要负责人'],
    reach: 'sentence' as const,
    proof: { facts: ['event' as const], count: false, mention: false, terms: ['主持召开', '听取…汇报'] },
  };
  const plans = { id: 'plans', lookFor: ['工作要点'] };
  const duty = '主要负责人切实履行推进法治建设第一责任人职责，统筹谋划全局工作。';
  const judged = (text: string, others: Partial<Rule>[] = [plans]) => judge(report(measures(text)), leaders, others);

  it('is proven by an act of the rule told without its actor, whatever that act is about', () => {
    const j = judged(`${duty}主持召开党组会议审议《2023年法治建设工作要点》。`);
    expect(j.status).toBe('present');
    expect(quotes(j)).toEqual([`${duty}主持召开党组会议审议《2023年法治建设工作要点》。`]);
  });

  it('needs that act told as done: a count, a date or a document', () => {
    expect(judged(`${duty}主持召开专题会议研究法治工作。`).status).toBe('weak');
    expect(judged(`${duty}主持召开专题会议研究法治工作3次。`).status).toBe('present');
  });

  it('takes no other fact of the next sentence, nor an act that is another indicator’s topic', () => {
    expect(judged(`${duty}举办法治讲座3场。`).status).toBe('weak');
    const heard = `${duty}各部门听取汇报3次。`;
    expect(judged(heard).status).toBe('present');
    expect(judged(heard, [{ id: 'reports', lookFor: ['听取汇报'] }]).status).toBe('weak');
  });

  it('keeps a meeting the other indicator names by its subject: the act is still the leaders’', () => {
    const meeting = { ...leaders, proof: { ...leaders.proof, terms: ['专题会议'] } };
    const held = report(measures(`${duty}召开法治建设专题会议3次。`));
    expect(judge(held, meeting, [{ id: 'meetings', lookFor: ['法治…专题会议'] }]).status).toBe('present');
    expect(judge(held, meeting, [{ id: 'same', lookFor: ['专题会议'] }]).status).toBe('weak');
  });

  it('keeps an act the other indicator’s words hold within them: the meeting named by its subject', () => {
    const studied = { ...leaders, proof: { ...leaders.proof, terms: ['专题研究'] } };
    const held = report(measures(`${duty}召开党组会专题研究法治工作3次。`));
    expect(judge(held, studied, [{ id: 'meetings', lookFor: ['党组会 + 研究 + 法治'] }]).status).toBe('present');
  });

  it('stops at a new paragraph or a heading', () => {
    expect(judge(report(measures(duty, '主持召开专题会议3次。')), leaders, [plans]).status).toBe('weak');
    expect(judged(`${duty}（二）主持召开专题会议3次。`).status).toBe('weak');
  });

  it('is not carried by a rule that proves near its mention', () => {
    expect(judge(report(measures(`${duty}主持召开专题会议3次。`)), { ...leaders, reach: 'near' }, [plans]).status).toBe('weak');
  });
});
