// 标题与报告年度: a title naming the report as one on 法治政府建设, with the year it covers.

import type { Analysis } from '../../structure/analysis.ts';
import { evidenceOf } from '../evidence.ts';
import type { CompiledRule } from '../../rules/compile.ts';
import type { Judgement } from './judgement.ts';
import { ownTitle, type DocumentType } from '../doctype.ts';
import { PREDECESSOR } from '../doctype-signals.ts';
import type { RuleSet } from '../../rules/types.ts';

/** How often the body must speak of the subject to be "clearly about" it without a title. */
const BODY_MENTIONS = 3;

export function makeTitleCheck(set: Pick<RuleSet, 'reportName' | 'reportSubject' | 'reportKinds' | 'reportAbout'>, type: DocumentType) {
  const { reportName: name, reportSubject: subject, reportKinds: kinds, reportAbout: about } = set;
  return function checkTitle(_rule: CompiledRule, a: Analysis): Judgement {
    const t = a.title;
    const names = (text: string) => subject.some((s) => text.includes(s)) && kinds.some((k) => text.includes(k));
    // Another kind of document has no annual report's title; if its title names a report on
    // 法治政府 (a five-year report, a self-inspection), the topic is there but not the report.
    // A line that only tells of such a report ("……听取和审议了……的报告") is no title of its own.
    if (!type.report) {
      const reason = `这不是${name}（看起来是“${type.kind.name}”）`;
      // A report on a year before the 纲要 set up the annual report is its predecessor: its
      // title names that older document, not the annual report without its year.
      if (type.kind.id === PREDECESSOR.id) return { status: 'missing', reason: `${reason}：标题是年度报告制度建立以前的依法行政工作报告`, evidence: [] };
      const own = ownTitle(a);
      return own && names(own.text) && about.some((s) => own.text.includes(s))
        ? { status: 'weak', reason: `${reason}：标题是法治政府建设方面的报告，但不是年度报告`, evidence: [evidenceOf(a, own.start, own.end)] }
        : { status: 'missing', reason: `${reason}，没有年度报告的标题`, evidence: [] };
    }
    if (t && names(t.text)) {
      const evidence = [evidenceOf(a, t.start, t.end)];
      return t.year
        ? { status: 'present', reason: `标题写明了报告年度（${t.year}年）`, evidence }
        : { status: 'weak', reason: '标题没有写明报告年度', evidence };
    }
    const mentions = subject.reduce((n, s) => n + a.view.text.split(s).length - 1, 0);
    if (mentions >= BODY_MENTIONS) {
      const at = a.view.text.indexOf(subject.find((s) => a.view.text.includes(s))!);
      return { status: 'weak', reason: `正文谈的是${subject[0]}，但没有找到写明年度的报告标题`, evidence: [evidenceOf(a, at, at + 40)] };
    }
    return { status: 'missing', reason: `没有找到${name}的标题`, evidence: [] };
  };
}
