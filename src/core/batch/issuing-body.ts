// Who issued a report: 梁园区, 青峰市人民政府, ××县市场监督管理局. A reviewer one level up sorts
// and compares reports by it, and the file name is often just "报告.docx".
//
// The title names the body before 关于, the year or 法治 ("梁园区关于2021年度法治政府建设情况的
// 报告", "斜沟乡2020年法治政府建设工作报告"). Many titles leave it out ("关于2023年法治政府建设情况
// 的报告"); their opening sentence usually names it instead ("2023年,红土乡坚持以…").
// Both are matched on the folded view (關於 is 关于) and cut from the original, in its own characters.

import { matchView } from '../text/normalize.ts';
import type { Report } from '../report.ts';

/** Where the body stops in a title: the first of 关于, a year (Arabic or Chinese numerals), 法治. */
const TITLE_BODY = /(?:关于|[12][0-9]{3}\s*年|[一二〇零○][〇零○一二三四五六七八九]{3}\s*年|法治|法制)/u;

/** "2023年,在县委的坚强领导下,红土乡坚持…": the body is the subject right after the year. */
const OPENING_BODY =
  /^\s*(?:[12][0-9]{3}|[一二〇零○][〇零○一二三四五六七八九]{3})\s*年(?:度|以来|来)?\s*[,，]\s*(?:在[^,，。；]{0,80}?[下中][,，]\s*)?([^\s,，。；、:：“”"《》()（）]{2,24}?)(?:坚持|坚决|深入|紧紧|认真|全面|始终|持续|积极|进一步|紧扣|围绕|按照|聚焦|着力|严格|贯彻)/dmu;

/** 我镇, 本局, 全县: the report speaking of itself names no one. */
const SELF_REFERENCE = /^(?:我|本|全)[\p{Script=Han}]?$/u;

const MAX_BODY = 40;
/** The opening sentence stands within the first lines, after the title and any addressee. */
const OPENING_REACH = 3000;

/** The body of a checked report: from the title its title check quoted, else from `text`, the
 *  extracted text, when the caller has it. */
export function reportBody(report: Report, text?: string): string | null {
  const title = report.results.find((r) => r.id === 'report-title-year')?.evidence[0]?.quote;
  return issuingBody(title, text);
}

export function issuingBody(title: string | null | undefined, text?: string): string | null {
  return (title && fromTitle(title)) || (text && fromOpening(text)) || null;
}

function fromTitle(title: string): string | null {
  const view = matchView(title);
  const m = TITLE_BODY.exec(view.text);
  if (!m) return null;
  // Web copies put a crumb of the site ("年度报告 云溪区人民政府关于…") before the title; a body
  // never calls itself a 报告.
  const words = title.slice(0, view.toOriginal(m.index)).trim().split(/\s+/u);
  while (words.length && /报告|首页|>/u.test(words[0])) words.shift();
  return plausible(words.join(' '));
}

function fromOpening(text: string): string | null {
  const head = text.slice(0, OPENING_REACH);
  const view = matchView(head);
  const m = OPENING_BODY.exec(view.text);
  if (!m?.indices?.[1] || SELF_REFERENCE.test(m[1])) return null;
  const [start, end] = m.indices[1];
  return plausible(head.slice(view.toOriginal(start), view.toOriginalEnd(end)));
}

/** A body's name ends in what it is: a government, a Party committee, a department, a place. */
const UNIT_END =
  /^.*(?:人民政府|政府|委员会|党委|党组|党工委|管委会|委|局|厅|部|署|办公室|办|办事处|街道|镇|乡|苏木|区|县|市|省|州|盟|旗|中心|所|处|院|站|队)/u;
/** A sentence (现将我局…, 根据…) or the report speaking of itself (我局, 本镇) names no one. */
const NOT_A_NAME = /^(?:我|本|现将|根据|按照|依据|为了?|经)/u;
/** Before these, a line holds a document number or a site's name, not the body: 浙卫〔2024〕3号《… */
const BEFORE_NAME = /^.*[《》〕\]】)）(（]/u;

function plausible(body: string): string | null {
  const rest = body.replace(/[:：,，、\s]+$/u, '').trim().replace(BEFORE_NAME, '');
  // "山海关区政府坚决贯彻落实…": the name is the part that ends in a unit, not the sentence after;
  // matched on the folded view (區 is 区), cut from the original.
  const view = matchView(rest);
  const unit = UNIT_END.exec(view.text);
  const b = unit ? rest.slice(0, view.toOriginalEnd(unit[0].length)).trim() : '';
  return b.length >= 2 && b.length <= MAX_BODY && !/[。；;，,]/u.test(b) && !NOT_A_NAME.test(view.text) ? b : null;
}
