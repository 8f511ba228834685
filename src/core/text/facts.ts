// Concreteness, decided once for every rule: which kinds of fact a sentence holds. INDICATORS.md
// calls a statement present when it has "a specific action, a named document or system, a
// count, a rate or a dated event"; a slogan (加强/推进/深化 + an abstract noun) has none.
// Rules then name the kinds of fact they accept (rules/README.md, "proof").

import type { NumberMention } from './numbers.ts';

export type FactKind =
  /** 审核规范性文件12件, 培训120人次 */
  | 'count'
  /** 出庭应诉率100%, 化解率95.2% */
  | 'rate'
  /** 600万元, 500平方米 */
  | 'amount'
  /** 3月29日, 2022年9月 */
  | 'date'
  /** the body's own document by name: 《2023年法治政府建设工作要点》 */
  | 'document'
  /** a law studied or taught by name: 组织学习新修订的《行政复议法》 (citing a law is no fact) */
  | 'law-study'
  /** an occasion held: 召开专题学习会, 举办研讨班, 邀请专家授课, 旁听庭审, 宪法宣誓, 宪法宣传周 */
  | 'event'
  /** a named office or person doing something: 局长带头讲法, 县长主持召开, 听取…汇报 */
  | 'actor'
  /** a system, list, body or platform set up: 建立学法清单制度, 成立领导小组, 编制权责清单 */
  | 'system';

export const FACT_KINDS: readonly FactKind[] = ['count', 'rate', 'amount', 'date', 'document', 'law-study', 'event', 'actor', 'system'];

export interface Fact {
  kind: FactKind;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

const NUMBER_FACTS: Partial<Record<NumberMention['kind'], FactKind>> = { count: 'count', percent: 'rate', amount: 'amount', date: 'date' };

/** Laws and regulations are cited in slogans ("宣传《行政复议法》"); a body's own documents —
 * 方案, 要点, and its own 规定 or 办法 too — are facts. */
const LAW_TITLE = /(?<!办)法$|条例$|法典$/u;

const TITLE = /《([^》]{2,60})》/gu;
/** A document the body follows (贯彻落实《纲要》, 根据《规定》) or describes as issued by
 * another (中办、国办印发的《规定》) is guidance from above, not a document of its own year. */
const GUIDANCE_BEFORE = /(?:(?:贯彻|落实|按照|根据|依据|对照|遵照|依照|执行|围绕)[^，,。；;《》]{0,8}|(?:印发|发布|出台|制定)的)$/u;
/** Studying or teaching a law by name is a fact of the year, not a citation. */
const STUDY_BEFORE_LAW = /(学习|研读|研学|宣讲|解读|讲解|讲授|培训|学)[^，,。；;]{0,10}$/u;
/** "围绕《国家安全法》《民法典》等法律法规，进行专题学习" */
const STUDY_AFTER_LAW = /^[^。；;]{0,120}?(?:专题学习|集中学习|学习交流|研讨|解读|宣讲)/u;

/** Verbs that by themselves mean an occasion took place (召开, 举办…), with what was held. */
const EVENT = new RegExp(
  [
    '(?:召开|举办|举行|主持召开|组织召开)[^，,。；;]{0,20}?(?:会议?|班|讲座|讲堂|论坛|仪式|活动|竞赛|比赛|考试|培训)',
    '邀请[^，,。；;]{0,20}?(?:授课|讲课|讲座|辅导|解读|宣讲|作报告|作专题)',
    '(?:旁听|观摩)[^，,。；;]{0,10}?庭审',
    '宪法宣誓|集体宣誓|述法评议|现场述法',
    '(?:组织|参加|开展)[^，,。；;]{0,16}?(?:考试|测试|闭卷考|网上考法|知识竞赛|应急演练|案卷评查|旁听庭审)',
    // A named campaign or day is an occasion: 宪法宣传周, 民法典宣传月, 国家宪法日, 3·15消费者权益日.
    '(?:宣传|教育)(?:周|月)(?![期边度刊报])|(?:宪法|禁毒|安全教育|权益保护|权益|环境|法治宣传)日|法治文化节|开放日',
  ].join('|'),
  'gu',
);

/** A named office or person, then a concrete act of theirs in the same clause. "亲自抓" and
 * "高度重视" are slogans: they name no act. */
const ACTOR = new RegExp(
  '(?:(?<!总)书记|县长|市长|区长|镇长|乡长|旗长|州长|省长|局长|厅长|部长|主任|主要负责人|主要负责同志|主要领导|分管领导|党组|党委|常务会议?|常委会|政府全体会议?)' +
    '[^，,。；;]{0,16}?' +
    '(?:带头(?:学|讲|述|宣|参加|授课|旁听|研究)|亲自(?:部署|过问|督办|协调|研究|主持|审定|推动|解决|批示|讲授|授课|带队)|主持召开|主持[^，,。；;]{0,8}会议|' +
    '听取[^，,。；;]{0,20}?(?:汇报|报告)|研究|(?<!指示)批示(?!精神)|审议通过|讲授|授课|作[^，,。；;]{0,6}?(?:述法|报告|讲座))' +
    // A meeting of the leadership that studied something: 党组会议多次学习…, 常务会议专题学习…
    '|(?:党组|党委|党工委|常委|常务|中心组|办公)会议?[^，,。；;]{0,10}?学习',
  'gu',
);

/** Setting a system up; 健全, 完善 and 实行 say it was improved or practised, a slogan without more. */
const SYSTEM = new RegExp(
  '(?:建立|制定|出台|编制|印发|修订|制发|起草|成立|组建|设立|下设|开设|建成|上线|开通|公布|发布|签订|聘请|聘任|选聘|配备)' +
    '[^，,。；;]{0,40}?' +
    '(?:制度|清单|机制|办法|方案|规则|细则|目录|台账|名录|规定|意见|要点|计划|领导小组|委员会|工作专班|专班|指挥部|平台|系统|中心|工作站|服务站|顾问|律师|专员|协议|合同|室|专栏|窗口|热线)',
  'gu',
);
/** A body set up, its composition in between: 成立以镇长为组长、…为成员的领导小组. */
const BODY_SET_UP = /成立[^。；;]{0,60}?(?:领导小组|委员会|工作专班|指挥部)/gu;
/** "建立健全…机制" is the set phrase for improving something in general. */
const SLOGAN_SETUP = /建立健全|建立完善|健全完善/u;
/** "主要负责人要对重要工作亲自部署": what someone should do is a requirement, not an act. */
export const REQUIREMENT = /(?<![重主必需纪])要(?:对|把|将|在)|应当|必须/u;

/** The 《》 titles a sentence only cites: laws, and documents it follows (guidance). Words
 * inside them are the cited document's, not the body's own work. */
export interface CitedTitle {
  start: number;
  end: number;
  law: boolean;
  studied: boolean;
}

export function citedTitles(text: string): CitedTitle[] {
  const out: CitedTitle[] = [];
  let guidance = false;
  let previousEnd = -1;
  for (const m of text.matchAll(TITLE)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    // A run of titles (《A》《B》、《C》) shares what stands before the first.
    const inRun = previousEnd >= 0 && /^[、和及与\s]*$/u.test(text.slice(previousEnd, at.start));
    guidance = inRun ? guidance : GUIDANCE_BEFORE.test(text.slice(Math.max(0, at.start - 12), at.start));
    previousEnd = at.end;
    const law = LAW_TITLE.test(m[1]);
    // A law studied by name ("围绕《国家安全法》…进行专题学习") is studied, whatever stands before it.
    const studied = law && isStudied(text, at);
    if (law || guidance) out.push({ ...at, law: law && (studied || !guidance), studied });
  }
  return out;
}

export function findFacts(text: string, numbers: NumberMention[], cited: CitedTitle[] = citedTitles(text)): Fact[] {
  const out: Fact[] = [];
  for (const n of numbers) {
    const kind = NUMBER_FACTS[n.kind];
    // A zero is a fact only of a count the rule asks for ("全年无行政复议案件"): rules/proof.ts.
    if (kind && !n.zero) out.push({ kind, start: n.start, end: n.end });
  }
  const guidance = cited.filter((c) => !c.law);
  for (const m of text.matchAll(TITLE)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    const c = cited.find((x) => x.start === at.start);
    if (!c) out.push({ kind: 'document', ...at });
    else if (c.studied) out.push({ kind: 'law-study', ...at });
  }
  for (const [re, kind] of [[EVENT, 'event'], [ACTOR, 'actor'], [SYSTEM, 'system'], [BODY_SET_UP, 'system']] as const) {
    for (const m of text.matchAll(re)) {
      const at = { start: m.index!, end: m.index! + m[0].length };
      if (kind === 'system' && SLOGAN_SETUP.test(m[0])) continue;
      if (REQUIREMENT.test(m[0])) continue;
      if (guidance.some((g) => g.start < at.end && g.end > at.start)) continue;
      out.push({ kind, ...at });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function isStudied(text: string, at: { start: number; end: number }): boolean {
  return STUDY_BEFORE_LAW.test(text.slice(Math.max(0, at.start - 14), at.start)) || STUDY_AFTER_LAW.test(text.slice(at.end, at.end + 60));
}

/** Whether an offset of the sentence lies inside one of its cited titles. */
export function insideCited(cited: CitedTitle[], at: number): boolean {
  return cited.some((t) => t.start < at && t.end > at);
}

/** The verbs of a slogan: to strengthen, push on, deepen… something, with nothing specific. */
const SLOGAN = /加强|推进|深化|持续|不断|进一步|全面|坚持|强化|提升|健全|完善|落实|推动|严格|扎实|积极|着力|切实|深入|大力|努力/u;

/** A sentence that only exhorts: a slogan verb and no fact of any kind. */
export function isSlogan(text: string, facts: Fact[]): boolean {
  return facts.length === 0 && SLOGAN.test(text);
}
