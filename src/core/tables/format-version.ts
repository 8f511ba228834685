// The format of the year: a report on 2021 or later in the trial layout (table 二 with 本年新制作
// 数量…) is in the wrong format; a report on 2019 or 2020 in the 2021 layout probably has its
// year wrong. The versions and their words are data in the rule file.

import type { DocumentText } from '../document.ts';
import type { Finding } from '../report.ts';
import type { FormatVersion } from '../rules/types.ts';
import { foldText } from '../text/normalize.ts';
import { pageAt } from './read.ts';

export function formatVersionFindings(doc: DocumentText, versions: FormatVersion[], year: number | null): Finding[] {
  if (year === null) return [];
  const text = foldText(doc.text);
  return versions.flatMap((v) => {
    const word = v.words.map(foldText).find((w) => text.includes(w));
    if (!word || ((v.from === null || year >= v.from) && (v.to === null || year <= v.to))) return [];
    const start = doc.text.indexOf(word);
    const span = start >= 0 ? { start, end: start + word.length } : { start: 0, end: 0 };
    const range = v.from !== null && v.to !== null ? `${v.from}—${v.to}年` : v.from !== null ? `${v.from}年以后` : `${v.to}年以前`;
    return [
      {
        kind: 'format',
        code: 'wrong-format-version',
        severity: v.severity,
        message: `报告年度为${year}年，表格却用${v.name}（“${word}”），该格式用于${range}的年度报告。`,
        evidence: [{ quote: word, section: null, ...span, page: pageAt(doc, span.start) }],
      },
    ];
  });
}
