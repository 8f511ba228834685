// Which requirement a report is held to depends on its year: the 2019 督察工作规定 fixed the five
// parts and the 4月1日 deadline; reports on 2016–2018 followed the 2015—2020 纲要, which asked for
// the report in the first quarter and set no content list. The checker says which it applied.

import type { Finding } from '../report.ts';
import type { OldRegime } from '../rules/types.ts';
import { deadlineFor, FIRST_YEAR_OF_RULE } from './checks/signature-date.ts';

export function applicableRuleFinding(year: number | null): Finding | null {
  if (year === null || year >= FIRST_YEAR_OF_RULE) return null;
  const d = deadlineFor(year);
  return {
    kind: 'applied-rule',
    code: 'before-2019-rule',
    severity: 'info',
    message:
      `这是${year}年度的报告，早于《法治政府建设与责任落实督察工作规定》（2019年4月施行）：` +
      `按${d.rule}，时限为${d.year}年${d.month}月${d.day}日；报告应包括的五部分内容当时是良好做法，不是硬性要求。`,
    evidence: [],
  };
}

/** A report on a year the rule set's old regime covers: judged on that regime's groups only, not
 * failed as a report in the later format. */
export function oldRegimeFinding(old: OldRegime, year: number | null): Finding | null {
  if (year === null || year > old.to) return null;
  return {
    kind: 'applied-rule',
    code: 'old-regime-report',
    severity: 'info',
    message: `这是${year}年度的报告：${old.why}。只按 ${old.groups.join('、')} 组指标检查，其他指标不作要求（“非必需”），不按现行格式判为缺项。`,
    evidence: [],
  };
}
