// The table indicators (group C of GOVINFO.md) are judged on the table, not on prose: present
// when the table was found and every cell could be assigned; weak when rows are missing or not
// alignable, or when only the part's heading or prose stands where the table should be.

import type { TableLayout } from '../../rules/types.ts';
import type { CompiledRule } from '../../rules/compile.ts';
import type { Analysis } from '../../structure/analysis.ts';
import type { TableRead } from '../../tables/read.ts';
import { tableName } from '../../tables/identities.ts';
import { foldText } from '../../text/normalize.ts';
import { evidenceOf } from '../evidence.ts';
import type { Check, Judgement } from './judgement.ts';

export function makeTableCheck(layouts: TableLayout[], tables: TableRead[]): Check {
  return (rule, a) => {
    // A table of the report's format version read in place of the rule's (trial table 二 for t2).
    const read = tables.find((t) => t.id === rule.rule.table || layouts.find((l) => l.id === t.id)?.insteadOf === rule.rule.table);
    return judgeTable(rule, a, layouts.find((l) => l.id === (read?.id ?? rule.rule.table))!, read);
  };
}

function judgeTable(rule: CompiledRule, a: Analysis, layout: TableLayout, table: TableRead | undefined): Judgement {
  const name = tableName(layout);
  if (!table) {
    const words = rule.rule.lookFor.map(foldText).find((w) => a.view.text.includes(w));
    if (words === undefined) return { status: 'missing', reason: `没有找到${name}，也没有找到“${layout.title}”部分`, evidence: [] };
    const at = a.view.text.indexOf(words);
    return {
      status: 'weak',
      reason: `有“${layout.title}”部分，但没有读出${name}：表格可能是图片，或只有文字叙述`,
      evidence: [evidenceOf(a, at, at + words.length)],
    };
  }
  const evidence = [{ quote: a.doc.text.slice(table.start, Math.min(table.end, table.start + 60)), section: null, start: table.start, end: table.end, page: table.page }];
  if (table.problems.length > 0) {
    return { status: 'weak', reason: `${name}有 ${table.problems.length} 行未能读出：${table.problems.map((p) => p.message).join('；')}`, evidence };
  }
  return { status: 'present', reason: `${name}共 ${table.cells.length} 格，全部读出`, evidence };
}
