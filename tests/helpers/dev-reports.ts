// The dev reports checked through the real core, as the matrix and comparison tests use them.

import { readFileSync } from 'node:fs';
import { checkDocument } from '../../src/core/check.ts';
import type { Report } from '../../src/core/report.ts';
import { defaultRules, repo, shared, textDoc } from './docs.ts';

export const DEV_FILES = ['hongtu-2023.txt', 'liangyuan-2021.txt', 'shuangjiang-2023.txt', 'xiegou-2020.txt'];

export function checkText(file: string, path: string): { report: Report; text: string } {
  const text = readFileSync(path, 'utf8');
  return { report: checkDocument(textDoc(text), defaultRules(), { file }), text };
}

export const devReport = (name: string) => checkText(name, shared(`corpus/dev/${name}`));
export const yoyReport = (name: string) => checkText(name, repo(`tests/fixtures/yoy/${name}`));
