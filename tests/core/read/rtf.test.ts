import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { readDocument } from '../../../src/core/read/index.ts';

async function read(bytes: Uint8Array, name = 'report.doc') {
  const doc = await readDocument({ name, bytes }, await nodeReadEnv());
  return { doc, texts: doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) };
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('RTF named .doc', () => {
  it('reads what LibreOffice saved as RTF: \\u characters, table cells, the text box, the tracked deletion dropped', async () => {
    const { doc, texts } = await read(new Uint8Array(readFileSync(new URL('../../fixtures/formats/libreoffice.rtf', import.meta.url))));
    expect(doc.format).toBe('doc');
    expect(texts).toEqual([
      '测试区2023年法治政府建设情况的报告', '一、总体情况', '本区坚持依法行政，全年办理行政复议案件12件。', '第1页的正文继续。',
      '指标', '数量', '行政应诉案件', '5件', '文本框里的说明文字。', '表格之后的段落。', 'Latin text “quoted” — in a Chinese report.',
    ]);
  });

  it('decodes \\\'hh bytes in the code page (GBK), skips font tables and \\* destinations', async () => {
    const rtf = ascii("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}{\\*\\generator x;}\\f0 \\'b7\\'a8\\'d6\\'ce\\par {\\field{\\*\\fldinst PAGE}{\\fldrslt 7}}\\u27861?\\par}");
    expect((await read(rtf)).texts).toEqual(['法治', '7法']);
  });

  it('reads a text box once: its text inside the shape, not the shape properties or the fallback drawing', async () => {
    const box = '{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn fillColor}{\\sv 16777215}}{\\shptxt \\pard \\u25991?\\u20214?\\par}}{\\shprslt{\\*\\do\\dobxcolumn{\\dptxbx{\\pard \\u25991?\\u20214?\\par}}}\\u25991?\\u20214?\\par}}';
    const rtf = ascii(`{\\rtf1\\ansi 正文之前\\par ${box}正文之后\\par}`.replace('正文之前', '\\u27491?\\u25991?').replace('正文之后', '\\u21518?'));
    expect((await read(rtf)).texts).toEqual(['正文', '文件', '后']);
  });
});
