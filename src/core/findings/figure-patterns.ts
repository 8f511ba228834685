// What a key figure looks like in a report, as data: the topics a clause can be about and the
// words that introduce a figure within each topic. "受理" counts 行政复议 cases in one clause and
// 信访 cases in the next, so a cue means something only together with its topic; the topic is
// named in the clause itself or carried forward from earlier in the sentence
// (受理行政复议案件13件，已调解3件，办结10件).

export type Topic =
  | 'reconsideration' // 行政复议
  | 'litigation' // 行政应诉
  | 'normative' // 规范性文件
  | 'decision' // 重大行政决策
  | 'dispute' // 矛盾纠纷排查化解、人民调解
  | 'petition' // 信访
  | 'info-request' // 依申请公开
  | 'disclosure' // 主动公开
  | 'legal-aid'; // 法律援助、法律咨询

/** Words that name a topic in prose. Cue words below may name it as well (出庭应诉率, 主动公开). */
export const TOPIC_WORDS: Record<Topic, string[]> = {
  reconsideration: ['行政复议', '复议'],
  litigation: ['行政诉讼', '行政应诉', '应诉', '行政案件', '被诉', '行政败诉'],
  normative: ['规范性文件'],
  decision: ['重大行政决策', '重大决策'],
  dispute: ['矛盾纠纷', '纠纷', '人民调解'],
  petition: ['信访', '来信来访', '来访'],
  'info-request': ['依申请公开', '政府信息公开申请', '信息公开申请'],
  disclosure: ['主动公开', '政务公开', '政府信息公开', '信息公开'],
  'legal-aid': ['法律援助', '法律咨询'],
};

export type FigureKind = 'count' | 'percent';

export interface FigurePattern {
  topic: Topic;
  /** The rule-set indicator the figure documents. */
  indicator: string;
  /** The figure's name in the key-figures table. */
  name: string;
  /** Words that introduce the figure, before the number (or naming what was counted). */
  cues: string[];
  kind: FigureKind;
  /** A cue that names its topic by itself (化解率 is about disputes wherever it stands). */
  standalone?: true;
  /** Measure words a count of this figure may carry; cases by default. */
  units?: string[];
}

/** Units in which cases, documents and decisions are counted. */
export const CASE_UNITS = ['件', '起', '宗', '个', '次', '例', '单', '项', '份', '件次', '批'];

const RECONSIDERATION = 'admin-reconsideration';
const LITIGATION = 'admin-litigation';
const REVIEW = 'normative-docs-review';
const CLEANUP = 'normative-docs-cleanup';
const DECISIONS = 'major-decisions';
const DISPUTES = 'dispute-resolution';
const OPEN = 'open-government';
const LEGAL_SERVICES = 'public-legal-services';

const count = (topic: Topic, indicator: string, name: string, cues: string[], extra: Partial<FigurePattern> = {}): FigurePattern => ({
  topic,
  indicator,
  name,
  cues,
  kind: 'count',
  ...extra,
});
const rate = (topic: Topic, indicator: string, name: string, cues: string[], extra: Partial<FigurePattern> = {}): FigurePattern => ({
  topic,
  indicator,
  name,
  cues,
  kind: 'percent',
  ...extra,
});

export const FIGURE_PATTERNS: FigurePattern[] = [
  count('reconsideration', RECONSIDERATION, '收到', ['收到', '接到', '新收']),
  count('reconsideration', RECONSIDERATION, '受理', ['受理']),
  count('reconsideration', RECONSIDERATION, '不予受理', ['不予受理']),
  count('reconsideration', RECONSIDERATION, '审结', ['审结']),
  count('reconsideration', RECONSIDERATION, '办结', ['办结', '结案']),
  count('reconsideration', RECONSIDERATION, '纠错', ['纠错', '撤销', '变更', '确认违法', '责令履行']),
  count('reconsideration', RECONSIDERATION, '维持', ['维持']),
  count('reconsideration', RECONSIDERATION, '驳回', ['驳回']),
  count('reconsideration', RECONSIDERATION, '终止', ['终止']),
  count('reconsideration', RECONSIDERATION, '调解和解', ['调解和解']),
  count('reconsideration', RECONSIDERATION, '调解', ['调解']),
  count('reconsideration', RECONSIDERATION, '和解', ['和解']),
  count('reconsideration', RECONSIDERATION, '案件', ['发生', '办理', '涉及', '行政复议案件', '复议案件', '行政复议申请']),
  rate('reconsideration', RECONSIDERATION, '办结率', ['办结率', '结案率']),
  rate('reconsideration', RECONSIDERATION, '审结率', ['审结率']),
  rate('reconsideration', RECONSIDERATION, '纠错率', ['纠错率']),

  count('litigation', LITIGATION, '案件', ['受理', '收到', '新收', '发生', '办理', '涉及', '应诉', '行政诉讼案件', '行政应诉案件', '应诉案件']),
  count('litigation', LITIGATION, '审结', ['审结', '结案', '判决']),
  count('litigation', LITIGATION, '胜诉', ['胜诉']),
  count('litigation', LITIGATION, '败诉', ['败诉']),
  count('litigation', LITIGATION, '负责人出庭', ['负责人出庭应诉', '负责人出庭', '出庭应诉']),
  rate('litigation', LITIGATION, '负责人出庭应诉率', ['出庭应诉率', '出庭率'], { standalone: true }),
  rate('litigation', LITIGATION, '胜诉率', ['胜诉率']),
  rate('litigation', LITIGATION, '败诉率', ['败诉率']),

  count('normative', REVIEW, '审核', ['合法性审核', '合法性审查', '审核', '审查']),
  count('normative', REVIEW, '备案', ['备案', '报备']),
  count('normative', REVIEW, '制定', ['制定', '出台', '印发']),
  count('normative', CLEANUP, '清理', ['清理']),
  count('normative', CLEANUP, '保留', ['继续有效', '保留']),
  count('normative', CLEANUP, '修改', ['修改', '修订']),
  count('normative', CLEANUP, '废止', ['废止']),
  count('normative', CLEANUP, '失效', ['宣布失效', '失效']),

  count('decision', DECISIONS, '合法性审查', ['合法性审查', '合法性审核', '审查', '审核']),
  count('decision', DECISIONS, '听证', ['听证']),
  count('decision', DECISIONS, '征求意见', ['征求意见', '征求']),
  count('decision', DECISIONS, '决策', ['作出', '出台', '制定']),

  count('dispute', DISPUTES, '排查', ['排查'], { standalone: true }),
  count('dispute', DISPUTES, '化解', ['化解'], { standalone: true }),
  count('dispute', DISPUTES, '调解', ['调解', '调处'], { standalone: true }),
  count('dispute', DISPUTES, '调解成功', ['调解成功', '成功调解', '调处成功', '成功调处', '成功']),
  count('dispute', DISPUTES, '受理', ['受理']),
  rate('dispute', DISPUTES, '化解率', ['化解率'], { standalone: true }),
  rate('dispute', DISPUTES, '调解成功率', ['调解成功率', '调处成功率'], { standalone: true }),
  rate('dispute', DISPUTES, '调解率', ['调解率', '调处率'], { standalone: true }),

  count('petition', DISPUTES, '信访受理', ['受理', '收到', '接待', '办理']),
  count('petition', DISPUTES, '信访办结', ['办结', '结案', '化解', '处置']),
  count('petition', DISPUTES, '化解积案', ['化解信访积案', '化解积案']),
  rate('petition', DISPUTES, '信访办结率', ['办结率', '结案率', '处置率', '化解率']),

  count('info-request', OPEN, '依申请公开收到', ['收到', '受理', '接到', '办理']),
  count('info-request', OPEN, '依申请公开办结', ['办结', '答复']),
  rate('info-request', OPEN, '依申请公开办结率', ['办结率', '答复率']),
  count('disclosure', OPEN, '主动公开', ['主动公开'], { standalone: true, units: ['条', '件', '篇', '个', '次', '份'] }),

  count('legal-aid', LEGAL_SERVICES, '法律援助案件', ['受理', '办理', '承办', '指派', '办结', '法律援助案件']),
  count('legal-aid', LEGAL_SERVICES, '法律援助·刑事', ['刑事']),
  count('legal-aid', LEGAL_SERVICES, '法律援助·民事', ['民事']),
  count('legal-aid', LEGAL_SERVICES, '法律援助·行政', ['行政']),
  count('legal-aid', LEGAL_SERVICES, '法律咨询', ['法律咨询'], { standalone: true, units: ['人次', '次', '人', '件', '件次'] }),
  count('legal-aid', LEGAL_SERVICES, '法律咨询', ['咨询'], { units: ['人次', '次', '人', '件', '件次'] }),
];

/** Clauses that say a topic had no cases at all (全年无行政复议案件): which figure is zero. The
 *  words name the cases themselves, so 未发生…被复议纠错的情形 does not read as zero 复议 cases. */
export const ZERO_SUBJECTS: { words: RegExp; topic: Topic; indicator: string; name: string }[] = [
  { words: /复议(?:案件|申请)/u, topic: 'reconsideration', indicator: RECONSIDERATION, name: '案件' },
  { words: /败诉/u, topic: 'litigation', indicator: LITIGATION, name: '败诉' },
  { words: /(?:行政诉讼|行政应诉|应诉)案件/u, topic: 'litigation', indicator: LITIGATION, name: '案件' },
];

/** Words that contain a cue but are not one: 协调解决 is not 调解. */
export const NOT_CUES = /协调解决/gu;

/** Other fields also 排查 and 化解 (安全隐患排查): a cue that names its topic by itself does not
 *  apply in a clause about them. */
export const OTHER_FIELDS = /隐患|安全|风险/u;

/** Words between a cue and its number that say nothing about what was counted. */
export const FILLER = /各类|各种|各项|案件|规范性文件|文件|申请|事项|政务信息|信息|政府|共计|累计|总计|合计|共|达到|达|为|是|了|已|总数|数量|的|件/gu;
