// Reviewers are sent the wrong file: a 政府信息公开工作年度报告, a 政府工作报告, a 述法报告…
// Such a document still gets its checklist, plus a finding saying what it looks like instead.
// A real report, however thin, names 法治政府建设 in its title or speaks of it throughout.

import type { Analysis } from '../structure/analysis.ts';
import type { Finding } from '../report.ts';
import type { RuleSet } from '../rules/types.ts';
import { evidenceOf } from './evidence.ts';

const BODY_MENTIONS = 3;

export function documentTypeFinding(set: RuleSet, a: Analysis): Finding | null {
  const title = a.title?.text ?? '';
  const other = set.otherDocuments.find((d) => d.title.some((w) => title.includes(w)));
  const evidence = a.title ? [evidenceOf(a, a.title.start, a.title.end)] : [];
  if (other) {
    return {
      kind: 'document-type',
      code: 'not-an-annual-report',
      severity: 'error',
      message: `这份文件看起来是“${other.name}”，不是法治政府建设年度报告。请确认是否选错了文件。`,
      evidence,
    };
  }
  const namesReport = set.reportSubject.some((s) => title.includes(s)) && set.reportKinds.some((k) => title.includes(k));
  const mentions = set.reportSubject.reduce((n, s) => n + a.view.text.split(s).length - 1, 0);
  if (namesReport || mentions >= BODY_MENTIONS) return null;
  return {
    kind: 'document-type',
    code: 'not-an-annual-report',
    severity: 'error',
    message: '没有找到法治政府建设年度报告的标题，正文也很少谈到法治政府建设：这可能不是一份法治政府建设年度报告。',
    evidence,
  };
}
