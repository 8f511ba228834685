import { describe, expect, it } from 'vitest';
import { fromParagraphs } from '../../src/core/document.ts';
import type { Evidence } from '../../src/core/report.ts';
import { blockAt, pieces, toBlocks } from '../../src/ui/lib/blocks.ts';

const doc = fromParagraphs(
  'pdf',
  [
    { text: '一、主要举措', page: 1 },
    { text: '全年受理行政复议案件13件。', page: 1 },
    { text: '', page: 2 },
    { text: '二、存在的不足', page: 2 },
  ],
  2,
);
const ev = (start: number, end: number): Evidence => ({ quote: doc.text.slice(start, end), section: null, start, end, page: 1 });

describe('toBlocks', () => {
  it('marks page starts and headings, also a heading after an indent', () => {
    const blocks = toBlocks(doc, [
      { title: '一、主要举措', start: 0, end: 6, level: 1, page: 1 },
      { title: '二、存在的不足', start: doc.paragraphs[3].start, end: doc.paragraphs[3].end, level: 1, page: 2 },
    ]);
    expect(blocks.map((b) => b.newPage)).toEqual([1, null, 2, null]);
    expect(blocks.map((b) => b.headingLevel)).toEqual([1, null, null, 1]);
  });

  it('finds the block of an offset', () => {
    const blocks = toBlocks(doc, []);
    expect(blockAt(blocks, 0)?.index).toBe(0);
    expect(blockAt(blocks, doc.paragraphs[1].start + 3)?.index).toBe(1);
    expect(blockAt(blocks, doc.text.length)?.index).toBe(3);
  });
});

describe('pieces', () => {
  const blocks = toBlocks(doc, []);
  const text = (b: number, e: Evidence[]) => pieces(doc.text, blocks[b], e).map((p) => [p.text, p.evidence]);

  it('cuts a paragraph around a quote and keeps all its text', () => {
    const start = doc.text.indexOf('行政复议');
    expect(text(1, [ev(start, start + 4)])).toEqual([
      ['全年受理', null],
      ['行政复议', 0],
      ['案件13件。', null],
    ]);
  });

  it('splits a quote that crosses paragraphs, and tolerates overlaps', () => {
    const start = doc.text.indexOf('举措');
    const end = doc.text.indexOf('受理') + 2;
    expect(text(0, [ev(start, end)])).toEqual([
      ['一、主要', null],
      ['举措', 0],
    ]);
    expect(text(1, [ev(start, end), ev(end - 1, end + 2)])).toEqual([
      ['全年受理', 0],
      ['行政', 1],
      ['复议案件13件。', null],
    ]);
  });

  it('renders an empty paragraph as one empty piece', () => {
    expect(text(2, [])).toEqual([['', null]]);
  });
});
