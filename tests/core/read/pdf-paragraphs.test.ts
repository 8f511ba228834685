import { describe, expect, it } from 'vitest';
import { isPageNumber, removeFurniture } from '../../../src/core/read/page-furniture.ts';
import { pageLines, type PageText, type TextPiece } from '../../../src/core/read/pdf-lines.ts';
import { joinLines, rebuildParagraphs } from '../../../src/core/read/pdf-paragraphs.ts';

// An A4 page laid out like the fixtures: 16 pt body, 85 pt left margin, text to x≈517,
// 2-character first-line indent, 28 pt leading, a running header and a "— N —" footer.
const SIZE = 16;
const LEFT = 85;
const FULL = 27; // characters on a full line

function page(n: number, lines: { text: string; indent?: boolean; size?: number; x?: number }[], furniture = true): PageText {
  const pieces: TextPiece[] = [];
  let y = 720;
  for (const line of lines) {
    const size = line.size ?? SIZE;
    const x = line.x ?? LEFT + (line.indent ? 2 * size : 0);
    pieces.push({ str: line.text, x, y, width: [...line.text].length * size, size });
    y -= 28;
  }
  if (furniture) {
    pieces.push({ str: '法治政府建设年度报告', x: 449, y: 817, width: 90, size: 9 });
    pieces.push({ str: `— ${n} —`, x: 281, y: 18, width: 33, size: 12 });
  }
  return { page: n, box: [0, 0, 595, 842], pieces };
}

const full = (s: string) => s.padEnd(FULL, '文');

describe('rebuildParagraphs', () => {
  it('joins lines wrapped mid-sentence without any separator, across pages too', () => {
    const paragraphs = rebuildParagraphs([
      page(1, [
        { text: full('第一段开头'), indent: true },
        { text: full('第一段中间') },
        { text: '第一段结束。' },
        { text: full('第二段开头'), indent: true },
        { text: full('第二段跨页') },
      ]),
      page(2, [{ text: '第二段在下一页结束。' }, { text: '第三段。', indent: true }]),
    ]);
    expect(paragraphs).toEqual([
      { text: full('第一段开头') + full('第一段中间') + '第一段结束。', page: 1 },
      { text: full('第二段开头') + full('第二段跨页') + '第二段在下一页结束。', page: 1 },
      { text: '第三段。', page: 2 },
    ]);
  });

  it('removes running headers and page numbers', () => {
    const pages = [1, 2, 3].map((n) => page(n, [{ text: full(`第${n}页正文`), indent: true }, { text: full('续') }]));
    const text = rebuildParagraphs(pages).map((p) => p.text).join('\n');
    expect(text).not.toContain('法治政府建设年度报告');
    expect(text).not.toMatch(/—\s*\d\s*—/);
  });

  it('starts a paragraph at a heading number even without indent or short line', () => {
    const paragraphs = rebuildParagraphs([
      page(1, [{ text: full('正文') }, { text: '（二）第二个小标题' }, { text: full('正文') }, { text: '3.第三项' }], false),
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([full('正文'), '（二）第二个小标题', full('正文'), '3.第三项']);
  });

  it('starts a paragraph after a larger vertical gap and at a font size change', () => {
    const pieces: TextPiece[] = [
      { str: '报告标题', x: 200, y: 760, width: 88, size: 22 },
      { str: full('正文'), x: LEFT, y: 720, width: FULL * SIZE, size: SIZE },
      { str: full('正文续'), x: LEFT, y: 692, width: FULL * SIZE, size: SIZE },
      { str: full('空行之后'), x: LEFT, y: 620, width: FULL * SIZE, size: SIZE },
    ];
    const paragraphs = rebuildParagraphs([{ page: 1, box: [0, 0, 595, 842], pieces }]);
    expect(paragraphs.map((p) => p.text)).toEqual(['报告标题', full('正文') + full('正文续'), full('空行之后')]);
  });

  it('keeps a title wrapped onto two centred lines together', () => {
    const pieces: TextPiece[] = [
      { str: '某区关于2021年度法治政府建设情况的报', x: 80, y: 760, width: 430, size: 22 },
      { str: '告', x: 286, y: 730, width: 22, size: 22 },
      { str: full('正文'), x: LEFT + 32, y: 690, width: FULL * SIZE - 32, size: SIZE },
      { str: full('正文'), x: LEFT, y: 662, width: FULL * SIZE, size: SIZE },
    ];
    const paragraphs = rebuildParagraphs([{ page: 1, box: [0, 0, 595, 842], pieces }]);
    expect(paragraphs[0].text).toBe('某区关于2021年度法治政府建设情况的报告');
    expect(paragraphs).toHaveLength(2);
  });
});

describe('pageLines', () => {
  it('groups runs by baseline, orders them by x, and drops overprinted fake bold', () => {
    const lines = pageLines({
      page: 1,
      box: [0, 0, 595, 842],
      pieces: [
        { str: '乡', x: 117, y: 700, width: 16, size: 16 },
        { str: '⼟', x: 101, y: 700.2, width: 16, size: 16 },
        { str: '红', x: 85, y: 700, width: 16, size: 16 },
        { str: '红', x: 85.3, y: 700, width: 16, size: 16 },
        { str: '下一行', x: 85, y: 672, width: 48, size: 16 },
      ],
    });
    expect(lines.map((l) => l.text)).toEqual(['红⼟乡', '下一行']);
  });

  it('separates Latin words and wide gaps with one space', () => {
    const [line] = pageLines({
      page: 1,
      box: [0, 0, 595, 842],
      pieces: [
        { str: 'Law', x: 85, y: 700, width: 24, size: 12 },
        { str: 'report', x: 113, y: 700, width: 36, size: 12 },
        { str: '序号', x: 160, y: 700, width: 24, size: 12 },
        { str: '事项', x: 260, y: 700, width: 24, size: 12 },
      ],
    });
    expect(line.text).toBe('Law report序号 事项');
  });
});

describe('joinLines', () => {
  it('puts a space only between two Latin letters or digits', () => {
    expect(joinLines('依法', '行政')).toBe('依法行政');
    expect(joinLines('共计', '2023年')).toBe('共计2023年');
    expect(joinLines('law-based', 'government')).toBe('law-based government');
    expect(joinLines('2023', '12')).toBe('2023 12');
  });
});

describe('page furniture', () => {
  it('recognises the usual page number forms', () => {
    for (const s of ['— 3 —', '- 3 -', '-3-', '第3页 共13页', '第 3 页', '共13页 第3页', '3/13', '3', 'Page 3 of 13', '·12·']) {
      expect(isPageNumber(s), s).toBe(true);
    }
    for (const s of ['2023年', '一、主要举措', '3月', '第三章']) expect(isPageNumber(s), s).toBe(false);
  });

  it('keeps a body line in the footer band unless it repeats or is a page number', () => {
    const line = (page: number, text: string, y: number) => ({ page, text, x0: 85, x1: 300, y, size: 12 });
    const boxes = [1, 2].map((page) => ({ page, bottom: 0, top: 842 }));
    const kept = removeFurniture(
      [line(1, '最后一行正文。', 60), line(1, '某某县人民政府', 20), line(2, '某某县人民政府', 20), line(2, '8', 20)],
      boxes,
    );
    expect(kept.map((l) => l.text)).toEqual(['最后一行正文。']);
  });
});
