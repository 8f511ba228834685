// Reading bytes as the CLI does, for the readers' tests: the paragraphs' texts, or the refusal
// (which must be a ReadError with a Chinese message that says what to do).

import { expect } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { ReadError } from '../../../src/core/document.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { CHINESE_MESSAGE } from './paths.ts';

export async function read(bytes: Uint8Array | string, name = 'report.html') {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const doc = await readDocument({ name, bytes: data }, await nodeReadEnv());
  return { doc, texts: doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) };
}

export async function refusal(bytes: Uint8Array, name: string): Promise<ReadError> {
  try {
    await read(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).message).toMatch(CHINESE_MESSAGE);
    return error as ReadError;
  }
  throw new Error('read without an error');
}

/** A saved web page's article and the paragraphs it must give. */
export const PAGE = { title: '某区2023年法治政府建设年度报告', paragraphs: ['一、主要工作', '全年审查行政规范性文件&nbsp;12&nbsp;件，“三统一”制度落实到位。', '二、下一步打算'] };
export const PAGE_TEXTS = ['某区2023年法治政府建设年度报告', '一、主要工作', '全年审查行政规范性文件\u00a012\u00a0件，“三统一”制度落实到位。', '二、下一步打算'];
