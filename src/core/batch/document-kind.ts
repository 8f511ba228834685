// Whether a file is a 法治政府建设年度报告 at all. Counties send the wrong document (a
// 政府信息公开工作年度报告, a 解读, a plan, a news item); in the matrix and the exports such a
// file must read as "wrong document, send the report", not as a poor report.

import type { Report } from '../report.ts';
import { isWrongDocument } from '../verdicts/review.ts';

export type DocumentKind =
  | { isReport: true }
  | {
      isReport: false;
      /** What it looks like instead (政府信息公开工作年度报告), when the checker could tell. */
      looksLike: string | null;
      /** The checker's finding, in full. */
      message: string;
    };

export const REPORT_LABEL = '年度报告';

/** What a reviewer writes back when the wrong document was sent. */
export const RESEND_NOTICE = '所报送的文件不是法治政府建设年度报告，请重新报送。';

// The document-type finding names the look-alike as “看起来是“…””; the signals it lists after
// quote words of their own, and a document of no known kind names none.
const LOOKS_LIKE = /看起来是“([^”]+)”/u;

export function documentKind(report: Report): DocumentKind {
  const finding = report.findings.find(isWrongDocument);
  if (!finding) return { isReport: true };
  return { isReport: false, looksLike: LOOKS_LIKE.exec(finding.message)?.[1] ?? null, message: finding.message };
}

/** One cell's worth: 年度报告, or 不是年度报告（政府信息公开工作年度报告）. */
export function documentKindLabel(kind: DocumentKind): string {
  if (kind.isReport) return REPORT_LABEL;
  return kind.looksLike ? `不是年度报告（${kind.looksLike}）` : '不是年度报告';
}
