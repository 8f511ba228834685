import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { buildDocx } from '../../fixtures/build.ts';
import { comparable } from './comparable.ts';
import { sharedFixture, sharedOriginal } from './paths.ts';

async function read(bytes: Uint8Array, name = 'report.docx') {
  const doc = await readDocument({ name, bytes }, await nodeReadEnv());
  return { doc, texts: doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) };
}

describe('docx', () => {
  it('reads paragraphs and table cells in order, flagging bold and heading-style paragraphs', async () => {
    const bytes = buildDocx([
      { text: '关于2023年法治政府建设情况的报告', style: 'Heading1' },
      { text: '一、主要举措和成效', bold: true },
      { text: '（一）中文样式名的标题', style: 'CnHeading' },
      { text: '正文段落，含 <尖括号> & 符号。' },
      { table: [['指标', '数量'], ['行政复议案件', '12件']] },
      { text: '表格之后的段落。' },
    ]);
    const { doc, texts } = await read(bytes);
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBeNull();
    expect(texts).toEqual([
      '关于2023年法治政府建设情况的报告',
      '一、主要举措和成效',
      '（一）中文样式名的标题',
      '正文段落，含 <尖括号> & 符号。',
      '指标',
      '数量',
      '行政复议案件',
      '12件',
      '表格之后的段落。',
    ]);
    expect(doc.paragraphs.map((p) => p.headingHint)).toEqual([true, true, true, false, false, false, false, false, false]);
    expect(doc.paragraphs.every((p) => p.page === null)).toBe(true);
  });

  it('reproduces every paragraph of the original report', async () => {
    for (const name of ['hongtu-2023', 'xiegou-2020']) {
      const { texts } = await read(new Uint8Array(readFileSync(sharedFixture(`${name}.docx`))));
      const got = new Set(texts.map(comparable));
      const wanted = readFileSync(sharedOriginal(`${name}.txt`), 'utf8').split('\n').map(comparable).filter(Boolean);
      expect(wanted.filter((w) => !got.has(w))).toEqual([]);
    }
  });
});
