// A whole 政府信息公开工作年度报告 in the trial format (reports on 2019 and 2020): our own body,
// wording and numbers (consistent with every identity), its tables as rows of cells, and the
// renderings a reviewer receives: text copied from a web page (cells on one line, one cell per
// line, pipes), a Word document with tables, a saved web page.

import { buildDocx, type DocxBlock } from '../fixtures/build.ts';

/** A table as printed: rows of cells, the first cell the label (header rows included). */
type Rows = string[][];
type Block = string | { table: Rows };

/** Trial table 二 by row: 规章、规范性文件 × 新制作/新公开/对外公开总数; the 第二十条（五）（六）
 * rows × 上一年项目数量/本年增减/处理决定数量; 收费 × 上一年/增减; 采购 × 项目数/总金额. */
export const TRIAL_T2: Record<string, string[]> = {
  rules: ['0', '0', '3'],
  normdocs: ['4', '4', '27'],
  licensing: ['58', '-3', '1264'],
  services: ['21', '2', '305'],
  penalty: ['143', '-8', '97'],
  coercion: ['12', '0', '6'],
  fees: ['5', '-1'],
  procurement: ['9', '126.5'],
};

const T2V_COLUMNS: Record<string, string[]> = {
  rules: ['made', 'published', 'total'],
  normdocs: ['made', 'published', 'total'],
  licensing: ['prior', 'change', 'decisions'],
  services: ['prior', 'change', 'decisions'],
  penalty: ['prior', 'change', 'decisions'],
  coercion: ['prior', 'change', 'decisions'],
  fees: ['prior', 'change'],
  procurement: ['items', 'amount'],
};

const z = ['0', '0', '0', '0', '0', '0', '0'];
/** Trial table 三 (23 rows, （六）其他处理 one row), c1…c7. */
export const TRIAL_T3: [string, string, string[]][] = [
  ['new', '一、本年新收政府信息公开申请数量', ['38', '4', '0', '1', '2', '0', '45']],
  ['carry', '二、上年结转政府信息公开申请数量', ['3', '0', '0', '0', '0', '0', '3']],
  ['grant', '（一）予以公开', ['15', '2', '0', '0', '1', '0', '18']],
  ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ['4', '0', '0', '0', '0', '0', '4']],
  ['deny1', '1.属于国家秘密', z],
  ['deny2', '2.其他法律行政法规禁止公开', ['1', '0', '0', '0', '0', '0', '1']],
  ['deny3', '3.危及“三安全一稳定”', z],
  ['deny4', '4.保护第三方合法权益', ['2', '0', '0', '0', '0', '0', '2']],
  ['deny5', '5.属于三类内部事务信息', z],
  ['deny6', '6.属于四类过程性信息', ['1', '0', '0', '0', '0', '0', '1']],
  ['deny7', '7.属于行政执法案卷', z],
  ['deny8', '8.属于行政查询事项', z],
  ['unable1', '1.本机关不掌握相关政府信息', ['9', '1', '0', '1', '0', '0', '11']],
  ['unable2', '2.没有现成信息需要另行制作', ['2', '0', '0', '0', '0', '0', '2']],
  ['unable3', '3.补正后申请内容仍不明确', ['1', '0', '0', '0', '0', '0', '1']],
  ['noproc1', '1.信访举报投诉类申请', ['2', '0', '0', '0', '0', '0', '2']],
  ['noproc2', '2.重复申请', ['1', '0', '0', '0', '0', '0', '1']],
  ['noproc3', '3.要求提供公开出版物', z],
  ['noproc4', '4.无正当理由大量反复申请', z],
  ['noproc5', '5.要求行政机关确认或重新出具已获取信息', z],
  ['other', '（六）其他处理', ['1', '0', '0', '0', '0', '0', '1']],
  ['total', '（七）总计', ['39', '3', '0', '1', '1', '0', '44']],
  ['fwd', '四、结转下年度继续办理', ['2', '1', '0', '0', '1', '0', '4']],
];

/** Table 四: 行政复议, 未经复议直接起诉, 复议后起诉 × 维持/纠正/其他/未审结/总计. */
export const TRIAL_T4 = ['1', '0', '0', '1', '2', '0', '1', '0', '0', '1', '0', '0', '0', '0', '0'];

/** Every cell of the three tables by its id, as numbers. */
export function trialCells(): Map<string, number> {
  const cells = new Map<string, number>();
  for (const [row, values] of Object.entries(TRIAL_T2)) values.forEach((v, i) => cells.set(`t2v.${row}.${T2V_COLUMNS[row][i]}`, Number(v)));
  for (const [row, , values] of TRIAL_T3) values.forEach((v, i) => cells.set(`t3.${row}.c${i + 1}`, Number(v)));
  const t4 = ['upheld', 'corrected', 'other', 'pending', 'total'];
  TRIAL_T4.forEach((v, i) => cells.set(`t4.${['rec', 'direct', 'after'][Math.floor(i / 5)]}.${t4[i % 5]}`, Number(v)));
  return cells;
}

export interface TrialOptions {
  /** The header of the 上一年项目数量 column, as a province annotates it. */
  priorHeader?: string;
  /** Rows a province adds after 规范性文件 (label, three values). */
  extraRows?: string[][];
  /** The reported year in the title, the period and the opening (default 2020). */
  year?: number;
}

/** The report as blocks: paragraphs, and the tables as rows of cells. */
export function trialReport(options: TrialOptions = {}): Block[] {
  const year = options.year ?? 2020;
  const prior = options.priorHeader ?? '上一年项目数量';
  const t = TRIAL_T2;
  const t2: Rows = [
    ['第二十条第（一）项'],
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', ...t.rules],
    ['规范性文件', ...t.normdocs],
    ...(options.extraRows ?? []),
    ['第二十条第（五）项'],
    ['信息内容', prior, '本年增/减', '处理决定数量'],
    ['行政许可', ...t.licensing],
    ['其他对外管理服务事项', ...t.services],
    ['第二十条第（六）项'],
    ['信息内容', prior, '本年增/减', '处理决定数量'],
    ['行政处罚', ...t.penalty],
    ['行政强制', ...t.coercion],
    ['第二十条第（八）项'],
    ['信息内容', prior, '本年增/减'],
    ['行政事业性收费', ...t.fees],
    ['第二十条第（九）项'],
    ['信息内容', '采购项目数量', '采购总金额'],
    ['政府集中采购', ...t.procurement],
  ];
  const t3: Rows = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
    ['自然人', '法人或其他组织', '总计'],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ...TRIAL_T3.slice(0, 2).map(([, label, v]) => [label, ...v]),
    ['三、本年度办理结果'],
    ...TRIAL_T3.slice(2, 4).map(([, label, v]) => [label, ...v]),
    ['（三）不予公开'],
    ...TRIAL_T3.slice(4, 12).map(([, label, v]) => [label, ...v]),
    ['（四）无法提供'],
    ...TRIAL_T3.slice(12, 15).map(([, label, v]) => [label, ...v]),
    ['（五）不予处理'],
    ...TRIAL_T3.slice(15).map(([, label, v]) => [label, ...v]),
  ];
  const t4: Rows = [
    ['行政复议', '行政诉讼'],
    ['未经复议直接起诉', '复议后起诉'],
    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    TRIAL_T4,
  ];
  return [
    `某市水务局${year}年政府信息公开工作年度报告`,
    `本报告依照《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号的格式要求编写，所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况',
    `${year}年，本局围绕供水保障和防汛工作推进政务公开。全年在门户网站发布水务信息860条，制作政策图解9篇。全年共收到政府信息公开申请45件，办结申请44件，发生政府信息公开行政复议2件。修订本局政府信息公开指南，对拟公开的文件逐件开展保密审查。举办业务培训2次，参训68人次。`,
    '二、主动公开政府信息情况',
    { table: t2 },
    '三、收到和处理政府信息公开申请情况',
    { table: t3 },
    '四、政府信息公开行政复议、行政诉讼情况',
    { table: t4 },
    '五、存在的主要问题及改进情况',
    '主要问题：部分供水价格文件的解读发布滞后，基层站所的公开栏目更新不及时。改进情况：建立文件与解读同步报送制度，每月通报栏目更新情况。',
    '六、其他需要报告的事项',
    '本局无其他需要报告的事项。',
    '某市水务局',
    `${year + 1}年1月20日`,
  ];
}

export type TextCopy = 'cells on one line' | 'one cell per line' | 'pipes';

/** The report as plain text copied from a web page, each table row rendered as the copy does. */
export function trialText(blocks: Block[], copy: TextCopy): string {
  const row = (cells: string[]) => (copy === 'cells on one line' ? cells.join(' ') : copy === 'one cell per line' ? cells.join('\n') : `${cells.join(' | ')} |`);
  return blocks.map((b) => (typeof b === 'string' ? b : b.table.map(row).join('\n'))).join('\n');
}

/** The report as a Word document whose tables are Word tables. */
export function trialDocx(blocks: Block[]): Uint8Array {
  return buildDocx(blocks.map((b): DocxBlock => (typeof b === 'string' ? { text: b } : { table: b.table })));
}

/** The report as a saved web page with HTML tables. A data row's label is kept on one line:
 * pdf.js gives the numbers of a row whose label wraps round them in drawing order, a reading of
 * table 三 that the real reports' tests cover. */
export function trialHtml(blocks: Block[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const row = (r: string[]) => `<tr>${r.map((c, i) => `<td${i === 0 && r.length > 3 ? ' class="label"' : ''}>${escape(c)}</td>`).join('')}</tr>`;
  const body = blocks.map((b) => (typeof b === 'string' ? `<p>${escape(b)}</p>` : `<table>${b.table.map(row).join('')}</table>`)).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title><style>td{border:1px solid #000;padding:2px 6px}.label{white-space:nowrap}</style></head><body><div class="content">${body}</div></body></html>`;
}
