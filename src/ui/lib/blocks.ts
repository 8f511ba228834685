// The document as the reader sees it: paragraphs as blocks, cut into plain and highlighted
// pieces. Only text ever comes out of here — the page renders it as text nodes, never as HTML.

import type { DocumentText } from '../../core/document.ts';
import type { Evidence } from '../../core/report.ts';
import type { Heading } from '../../core/structure/sections.ts';

export interface Block {
  index: number;
  start: number;
  end: number;
  page: number | null;
  /** Set on the first block of each PDF page, to show where pages begin. */
  newPage: number | null;
  /** Level of the heading that starts this paragraph, if one does. */
  headingLevel: number | null;
}

export interface Piece {
  text: string;
  /** Index of the evidence this piece quotes, or null for plain text. */
  evidence: number | null;
}

export function toBlocks(doc: DocumentText, headings: readonly Heading[]): Block[] {
  let page: number | null = null;
  const blocks: Block[] = doc.paragraphs.map((p, index) => {
    const newPage = p.page !== null && p.page !== page ? p.page : null;
    page = p.page;
    return { index, start: p.start, end: p.end, page: p.page, newPage, headingLevel: null };
  });
  // A heading may start after the paragraph's indent; it heads the paragraph all the same.
  for (const h of headings) {
    const block = blockAt(blocks, h.start);
    if (block && !doc.text.slice(block.start, h.start).trim()) block.headingLevel ??= h.level;
  }
  return blocks;
}

/** The block holding a document offset (the last one starting at or before it). */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return blocks[lo];
}

/** Cuts one block's text at the evidence spans that overlap it; spans may cross blocks. */
export function pieces(text: string, block: Block, evidence: readonly Evidence[]): Piece[] {
  const spans = evidence
    .map((e, i) => ({ start: Math.max(e.start, block.start), end: Math.min(e.end, block.end), evidence: i }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = block.start;
  for (const span of spans) {
    if (span.end <= at) continue;
    const from = Math.max(span.start, at);
    if (from > at) out.push({ text: text.slice(at, from), evidence: null });
    out.push({ text: text.slice(from, span.end), evidence: span.evidence });
    at = span.end;
  }
  if (at < block.end || out.length === 0) out.push({ text: text.slice(at, block.end), evidence: null });
  return out;
}
