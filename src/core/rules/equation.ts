// The equations of table identities, as an office writes them in the rule file:
// "new + carry = total + fwd", "valid >= issued - repealed", "carry = last.fwd",
// "total = grant + partial + deny* + unable*". Names are rows (checked for each column) or
// columns (checked for each row); `deny*` stands for every row whose name starts with deny.

import type { Equation, EquationTerm } from './types.ts';

const OPERATORS = ['>=', '<=', '='] as const;
const TERM = /^(last\.)?([a-z][a-z0-9]*)(\*)?$/;

/** The equation, or the reason it cannot be read (in Chinese, for the rule file's author). */
export function parseEquation(text: string): Equation | string {
  const op = OPERATORS.find((o) => text.includes(o));
  if (!op) return `等式须含 =、>= 或 <=：“${text}”`;
  const [left, right, extra] = text.split(op);
  if (extra !== undefined) return `等式只能有一个 ${op}：“${text}”`;
  const l = parseSide(left);
  const r = parseSide(right);
  if (typeof l === 'string') return l;
  if (typeof r === 'string') return r;
  return { left: l, op, right: r };
}

function parseSide(side: string): EquationTerm[] | string {
  const parts = side.trim().split(/\s*([+-])\s*/);
  const terms: EquationTerm[] = [];
  let sign: 1 | -1 = 1;
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) {
      sign = part === '-' ? -1 : 1;
      continue;
    }
    const m = TERM.exec(part);
    if (!m) return `看不懂“${part}”：须为行或列的编号（小写字母、数字），可加 * 或 last.`;
    terms.push({ sign, name: m[2], wildcard: m[3] === '*', lastYear: m[1] !== undefined });
  }
  return terms;
}
