// Text that contradicts its table: part 一 restates figures of the tables ("全年共收到政府信息
// 公开申请45件"), and a figure that equals none of the cells it may stand for is named. Only
// figures with a clear label and no approximation (余, 多, 近, 约) are compared, and only those of
// the whole: a figure its clause gives to a part ("其中…", "区政府办代表区政府受理…") is a share of
// the table, not its total.

import type { DocumentText } from '../document.ts';
import type { TextFigure } from '../rules/types.ts';
import type { TableCell } from '../report.ts';
import { cellEvidence, type TableFinding } from './identities.ts';
import { pageAt } from './read.ts';

/** How far the number may stand after the words that name it. */
const REACH = 12;
const APPROXIMATE_BEFORE = /[约近超逾]$/u;
const APPROXIMATE_AFTER = /^\s*(?:余|多)/u;

export function textFigureFindings(doc: DocumentText, figures: TextFigure[], cells: TableCell[], tablesStart: number, partWords: string[]): TableFinding[] {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const prose = doc.text.slice(0, tablesStart);
  return figures.flatMap((figure) => {
    const sums = figure.equals.map((ids) => ids.map((id) => byId.get(id)));
    const known = sums.filter((s): s is TableCell[] => s.every((c) => c !== undefined));
    if (known.length === 0) return [];
    return statedIn(prose, figure).filter((stated) => !saidOfAPart(prose, stated, partWords)).flatMap((stated) => {
      const values = known.map((s) => s.reduce((n, c) => n + (c.value ?? 0), 0));
      if (values.includes(stated.value)) return [];
      const shown = known.map((s, i) => `${s.map((c) => c.id).join(' + ')} = ${values[i]}`).join('，或 ');
      const used = [...new Set(known.flat())];
      return [
        {
          kind: 'table',
          code: 'text-table-mismatch',
          severity: 'warning' as const,
          message: `正文写“${stated.quote}”，表中为 ${shown}：文字与表格不符。`,
          evidence: [{ quote: stated.quote, section: null, start: stated.start, end: stated.end, page: pageAt(doc, stated.start) }, ...used.map(cellEvidence)],
          cells: used.map((c) => c.id),
        },
      ];
    });
  });
}

interface Stated {
  value: number;
  quote: string;
  start: number;
  end: number;
}

function statedIn(prose: string, figure: TextFigure): Stated[] {
  const out: Stated[] = [];
  for (const says of figure.says) {
    const words = says.split('…').map(escape).join(`[^。；;\\n\\d]{0,${REACH}}?`);
    const pattern = new RegExp(`${words}[^。；;\\n\\d]{0,${REACH}}?(\\d+)\\s*${escape(figure.unit)}`, 'gu');
    for (const m of prose.matchAll(pattern)) {
      const numberAt = m.index + m[0].lastIndexOf(m[1]);
      const before = prose.slice(Math.max(0, numberAt - 2), numberAt).trim();
      if (APPROXIMATE_BEFORE.test(before) || APPROXIMATE_AFTER.test(prose.slice(numberAt + m[1].length))) continue;
      if (out.some((o) => o.start === m.index)) continue;
      out.push({ value: Number(m[1]), quote: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** The clause up to the figure: from the last comma or full stop before the words that name it. */
function saidOfAPart(prose: string, stated: Stated, partWords: string[]): boolean {
  const before = prose.slice(0, stated.start);
  const clauseStart = Math.max(...[...'。；;，,\n'].map((c) => before.lastIndexOf(c))) + 1;
  const clause = prose.slice(clauseStart, stated.end);
  return partWords.some((w) => clause.includes(w));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
