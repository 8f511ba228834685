import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { addresseeSignals, listSignal, scopeSignals, selfReferenceSignal, tenseSignals, type KindRef, type Signal } from '../../../src/core/verdicts/doctype-signals.ts';
import { textDoc } from '../../helpers/docs.ts';

const CONGRESS: KindRef = { id: 'government-work-report', name: '政府工作报告', future: false };
const PLAN: KindRef = { id: 'plan', name: '工作要点、计划或方案', future: true };
const sideOf = (s: Signal | undefined) => (s === undefined ? 'none' : s.side === 'report' ? 'report' : s.side.id);
const a = (text: string) => analyse(textDoc(text));

describe('whom a document is addressed to', () => {
  const addressed = (text: string) => sideOf(addresseeSignals(a(text), CONGRESS)[0]);

  it('up the reporting line speaks for a report', () => {
    expect(addressed('区委、区政府：\n2024年，我局认真落实依法行政各项要求。')).toBe('report');
    expect(addressed('中共××县委员会，××县人民政府：\n一年来，本镇推进法治政府建设。')).toBe('report');
    expect(addressed('市司法局：\n现将我局有关情况报告如下。')).toBe('report');
  });

  it('down to every unit speaks for an issued document', () => {
    expect(addressed('各乡镇人民政府，县政府各部门：\n现将有关事项通知如下。')).toBe('issued-down');
  });

  it('to the deputies of a people’s congress speaks for its kind of report', () => {
    expect(addressed('各位代表：\n现在，我代表市人民政府向大会报告工作。')).toBe('government-work-report');
  });

  it('to a standing committee says nothing by itself: it may hear the whole year or one topic', () => {
    expect(addressed('主任、各位副主任、秘书长、各位委员：\n我受市人民政府委托，作报告。')).toBe('none');
  });

  it('is no metadata field of the page or the file', () => {
    expect(addressed('发布机构：\n××县人民政府办公室\n责任部门：\n县司法局')).toBe('none');
  });

  it('is only read in the opening lines, and only from a line of its own', () => {
    expect(addressed('2024年，我县各项工作稳步推进，主要做法如下：\n一、强化组织领导。')).toBe('none');
    expect(addressed(`${'全年工作平稳有序。'.repeat(60)}\n县委、县政府：`)).toBe('none');
  });
});

describe('what a signal says and quotes', () => {
  const told = (signals: Signal[], doc: ReturnType<typeof a>) => signals.map((s) => [s.says, s.at ? doc.view.text.slice(s.at.start, s.at.end) : null]);

  it('names the addressee, the part of the year, or the early year, and quotes it', () => {
    const up = a('区委、区政府：\n2024年，我局认真落实依法行政各项要求。');
    expect(told(addresseeSignals(up, CONGRESS), up)).toEqual([['报送“区委、区政府”', '区委、区政府']]);
    const half = a('2024年上半年，我局围绕中心工作依法履职。');
    expect(told(scopeSignals(half), half)).toEqual([['只讲“2024年上半年”，不是一个年度', '2024年上半年']]);
    const early = a('××市2013年度依法行政工作报告\n2013年，我市依法行政工作有序推进。');
    expect(told(scopeSignals(early), early)).toEqual([['讲的是2013年，早于《法治政府建设实施纲要（2015—2020年）》建立的年度报告制度', '××市2013年度依法行政工作报告']]);
  });
});

describe('what a document covers', () => {
  const scoped = (text: string) => scopeSignals(a(text)).map(sideOf);

  it('half a year is not a year', () => {
    expect(scoped('2024年上半年，我局围绕中心工作依法履职。')).toEqual(['part-year']);
    expect(scoped('××局上半年工作总结\n今年以来，我局依法履职。')).toEqual(['part-year']);
  });

  it('a year before the annual report existed is its predecessor', () => {
    expect(scoped('××市2013年度依法行政工作报告\n2013年，我市依法行政工作有序推进。')).toEqual(['predecessor']);
  });

  it('an early year the opening looks back from is not the year covered', () => {
    expect(scoped('2012年以来，我县持续推进依法行政。2023年，全县受理行政复议案件12件。')).toEqual([]);
  });

  it('a year of the report, whole, says nothing', () => {
    expect(scoped('××市2016年度依法行政工作报告\n2016年，我市依法行政工作有序推进。')).toEqual([]);
    expect(scoped('2023年，我县全年受理行政复议案件12件。')).toEqual([]);
  });
});

describe('a document that names itself', () => {
  const kindOf = (noun: string): KindRef | null => (noun.endsWith('方案') ? PLAN : noun.endsWith('指引') ? { id: 'guideline', name: '指引', future: true } : null);
  const named = (text: string) => sideOf(selfReferenceSignal(a(text), kindOf, 3000) ?? undefined);

  it('as a plan or a guideline', () => {
    expect(named('为推进依法行政，结合本县实际，制定本方案。\n一、总体要求')).toBe('plan');
    expect(named('为规范年度报告工作，制定本工作指引。')).toBe('guideline');
  });

  it('only when it says it makes this document', () => {
    expect(named('按照上级要求，我局制定了年度学法计划。')).toBe('none');
  });
});

describe('what is done and what is to be done', () => {
  const tense = (text: string) => tenseSignals(a(text), 3000, PLAN).map(sideOf);

  it('a report tells what was done, with counts and dates', () => {
    expect(tense('2023年，我局审核规范性文件8件。3月12日组织执法人员培训。全年办理行政复议案件5件。')).toEqual(['report']);
  });

  it('a plan tells what is to be done', () => {
    const plan = [
      '各乡镇要把法治政府建设摆在全局工作的重要位置。',
      '要健全重大行政决策程序制度。',
      '确保行政规范性文件合法性审核全覆盖。',
      '力争行政复议案件纠错率明显提高。',
      '到2025年基本建成法治政府。',
    ].join('');
    expect(tense(plan)).toEqual(['plan']);
  });

  it('a few requirements among facts do not make a plan', () => {
    expect(tense('全年开展普法活动20场。下一步要继续加强执法监督。')).not.toContain('plan');
  });

  const DONE = ['行政复议纠错率为5%。', '3月12日组织执法人员培训。', '全年审核规范性文件8件。'];
  const TO_DO = ['要健全重大行政决策程序制度。', '确保行政规范性文件合法性审核全覆盖。', '力争行政复议案件纠错率明显提高。', '到2025年基本建成法治政府。', '各单位要加强执法监督。'];

  it('a rate or a date is work done, as a count is, and the signal says how many sentences and quotes the first', () => {
    const doc = a(DONE.slice(0, 2).join(''));
    const [signal] = tenseSignals(doc, 3000, PLAN);
    expect(signal).toMatchObject({ side: 'report', weight: 1, says: '2句讲已做的事（有数字、日期）' });
    expect(doc.view.text.slice(signal.at!.start, signal.at!.end)).toBe(DONE[0]);
  });

  it('work done must outnumber what is to be done, in two sentences at least', () => {
    expect(tense(DONE[0] + TO_DO[0])).toEqual([]);
    expect(tense(DONE.slice(0, 2).join('') + TO_DO[0])).toEqual(['report']);
    expect(tense(DONE.slice(0, 2).join('') + TO_DO.slice(0, 2).join(''))).toEqual([]);
  });

  it('a plan needs four requirements at least, and twice as many as the facts and one', () => {
    expect(tense(TO_DO.slice(0, 3).join(''))).toEqual([]);
    expect(tense(DONE[0] + TO_DO.slice(0, 4).join(''))).toEqual(['plan']);
    expect(tense(DONE.slice(0, 2).join('') + TO_DO.slice(0, 5).join(''))).toEqual([]);
    expect(tenseSignals(a(TO_DO.join('')), 3000, null)).toEqual([]);
  });

  it('counts only the sentences of the opening', () => {
    const text = '全年工作平稳有序。'.repeat(40) + DONE.join('');
    expect(tenseSignals(a(text), 300, PLAN)).toEqual([]);
    expect(tenseSignals(a(text), 3000, PLAN).map(sideOf)).toEqual(['report']);
  });
});

describe('measures numbered into the dozens', () => {
  const items = (from: number, body: (n: number) => string) => [0, 1, 2].map((i) => `${from + i}.${body(from + i)}`).join('\n');
  const measure = () => '各部门结合实际，完善法治建设考核制度，强化考核结果运用。';
  const listed = (text: string, plan: KindRef | null = PLAN) => sideOf(listSignal(a(text), 3000, plan) ?? undefined);

  it('speak for a list of measures when none tells what was done', () => {
    expect(listed(items(41, measure))).toBe('plan');
  });

  it('say nothing when numbered as a report numbers its items, or when the items tell what was done', () => {
    expect(listed(items(1, measure))).toBe('none');
    expect(listed(items(41, () => '全年审核规范性文件12件，备案12件。'))).toBe('none');
    expect(listed(items(41, measure), null)).toBe('none');
  });
});
