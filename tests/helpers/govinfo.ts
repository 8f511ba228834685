// The real 政府信息公开工作年度报告 of ../shared/corpus/govinfo, read with the project's own
// readers, and the cells of their tables as read by hand from the printed reports.

import { readFileSync } from 'node:fs';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import type { DocumentText } from '../../src/core/document.ts';
import { readDocument } from '../../src/core/read/index.ts';
import { loadRuleSet } from '../../src/core/rules/load.ts';
import type { RuleSet } from '../../src/core/rules/types.ts';
import { repo, shared } from './docs.ts';

export const GOVINFO_FILES = ['huaian-city-2024.pdf', 'hongze-district-2023.pdf', 'hongze-district-2024.pdf'] as const;
export type GovinfoFile = (typeof GOVINFO_FILES)[number];

const docs = new Map<string, Promise<DocumentText>>();

/** The report as the CLI reads it (pdf.js text layer through src/core/read). */
export function govinfoDoc(name: GovinfoFile): Promise<DocumentText> {
  let doc = docs.get(name);
  if (!doc) {
    const path = shared(`corpus/govinfo/${name}`);
    doc = nodeReadEnv().then((env) => readDocument({ name: path, bytes: new Uint8Array(readFileSync(path)) }, env));
    docs.set(name, doc);
  }
  return doc;
}

let rules: RuleSet | null = null;
export function govinfoRules(): RuleSet {
  return (rules ??= loadRuleSet(readFileSync(repo('rules/govinfo-annual-report.yaml'), 'utf8'), 'rules/govinfo-annual-report.yaml'));
}

/** Table 三 row by row (c1…c7), in the order printed; the trial row `other` where the report
 * prints （六）其他处理 as one row. */
type T3 = Record<string, number[]>;

export interface HandRead {
  t2: { rules: number[]; normdocs: number[]; licensing: number; penalty: number; coercion: number; fees: number };
  t3: T3;
  /** 行政复议 c1–c5, 未经复议直接起诉 c6–c10, 复议后起诉 c11–c15. */
  t4: number[];
}

const zeros = [0, 0, 0, 0, 0, 0, 0];

/** Read off the printed tables (numbers only). */
export const HAND_READ: Record<GovinfoFile, HandRead> = {
  'huaian-city-2024.pdf': {
    t2: { rules: [1, 0, 11], normdocs: [8, 26, 66], licensing: 447228, penalty: 3985758, coercion: 88283, fees: 96171.6 },
    t3: {
      new: [3001, 53, 0, 0, 61, 4, 3119],
      carry: [34, 0, 0, 0, 0, 0, 34],
      grant: [1288, 21, 0, 0, 50, 3, 1362],
      partial: [447, 7, 0, 0, 0, 0, 454],
      deny1: [2, 0, 0, 0, 0, 0, 2],
      deny2: [30, 1, 0, 0, 0, 0, 31],
      deny3: [5, 0, 0, 0, 0, 0, 5],
      deny4: [6, 0, 0, 0, 0, 0, 6],
      deny5: [7, 1, 0, 0, 0, 0, 8],
      deny6: [12, 0, 0, 0, 0, 0, 12],
      deny7: [9, 0, 0, 0, 0, 0, 9],
      deny8: [105, 0, 0, 0, 0, 0, 105],
      unable1: [746, 12, 0, 0, 10, 1, 769],
      unable2: [11, 0, 0, 0, 0, 0, 11],
      unable3: [1, 0, 0, 0, 0, 0, 1],
      noproc1: [56, 6, 0, 0, 0, 0, 62],
      noproc2: [25, 0, 0, 0, 0, 0, 25],
      noproc3: zeros,
      noproc4: zeros,
      noproc5: [1, 0, 0, 0, 0, 0, 1],
      other1: [67, 3, 0, 0, 1, 0, 71],
      other2: [6, 0, 0, 0, 0, 0, 6],
      other3: [108, 2, 0, 0, 0, 0, 110],
      total: [2932, 53, 0, 0, 61, 4, 3050],
      fwd: [103, 0, 0, 0, 0, 0, 103],
    },
    t4: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
  },
  'hongze-district-2023.pdf': {
    t2: { rules: [0, 0, 0], normdocs: [0, 5, 5], licensing: 550, penalty: 4119, coercion: 195, fees: 7730.28 },
    t3: {
      new: [21, 0, 0, 0, 0, 0, 21],
      carry: zeros,
      grant: zeros,
      partial: [4, 0, 0, 0, 0, 0, 4],
      deny1: [1, 0, 0, 0, 0, 0, 1],
      deny2: zeros,
      deny3: zeros,
      deny4: zeros,
      deny5: zeros,
      deny6: [1, 0, 0, 0, 0, 0, 1],
      deny7: [1, 0, 0, 0, 0, 0, 1],
      deny8: zeros,
      unable1: [10, 0, 0, 0, 0, 0, 10],
      unable2: [3, 0, 0, 0, 0, 0, 3],
      unable3: zeros,
      noproc1: [1, 0, 0, 0, 0, 0, 1],
      noproc2: zeros,
      noproc3: zeros,
      noproc4: zeros,
      noproc5: zeros,
      other: zeros,
      total: [21, 0, 0, 0, 0, 0, 21],
      fwd: zeros,
    },
    // As printed: the 总计 cells of 行政复议 and 复议后起诉 are 0 beside non-zero results.
    t4: [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
  },
  'hongze-district-2024.pdf': {
    t2: { rules: [0, 0, 0], normdocs: [3, 0, 8], licensing: 9487, penalty: 2776, coercion: 84, fees: 7545 },
    t3: {
      new: [95, 0, 0, 0, 0, 0, 95],
      carry: zeros,
      grant: [50, 0, 0, 0, 0, 0, 50],
      partial: [9, 0, 0, 0, 0, 0, 9],
      deny1: zeros,
      deny2: zeros,
      deny3: [1, 0, 0, 0, 0, 0, 1],
      deny4: zeros,
      deny5: zeros,
      deny6: [1, 0, 0, 0, 0, 0, 1],
      deny7: [1, 0, 0, 0, 0, 0, 1],
      deny8: zeros,
      unable1: [31, 0, 0, 0, 0, 0, 31],
      unable2: [1, 0, 0, 0, 0, 0, 1],
      unable3: zeros,
      noproc1: [1, 0, 0, 0, 0, 0, 1],
      noproc2: zeros,
      noproc3: zeros,
      noproc4: zeros,
      noproc5: zeros,
      other: zeros,
      total: [95, 0, 0, 0, 0, 0, 95],
      fwd: zeros,
    },
    t4: [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
  },
};

/** Every cell of the hand-read tables by its id: `t2.rules.issued`, `t3.new.c7`, `t4.rec.total`. */
export function handCells(read: HandRead): Map<string, number> {
  const cells = new Map<string, number>();
  const stock = ['issued', 'repealed', 'valid'];
  for (const row of ['rules', 'normdocs'] as const) read.t2[row].forEach((v, i) => cells.set(`t2.${row}.${stock[i]}`, v));
  for (const row of ['licensing', 'penalty', 'coercion', 'fees'] as const) cells.set(`t2.${row}`, read.t2[row]);
  for (const [row, values] of Object.entries(read.t3)) values.forEach((v, i) => cells.set(`t3.${row}.c${i + 1}`, v));
  const t4Columns = ['upheld', 'corrected', 'other', 'pending', 'total'];
  read.t4.forEach((v, i) => cells.set(`t4.${['rec', 'direct', 'after'][Math.floor(i / 5)]}.${t4Columns[i % 5]}`, v));
  return cells;
}
