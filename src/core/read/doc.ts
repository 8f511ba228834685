// .doc and .wps: an OLE compound file (opened with `cfb`, pure JavaScript, so it runs in a Web
// Worker) holding a WordDocument stream. Kingsoft WPS saves the same Word 97 format under both
// names. Other OLE files — Microsoft Works' .wps, .xls, .ppt, a password-protected .docx — are
// told apart here, each with what the user can do about it.

import CFB from 'cfb';
import { fromParagraphs, type DocumentText } from '../document.ts';
import { DocCorrupt, piecesText, readFib, readPieces, type Fib } from './doc-pieces.ts';
import { deletedRuns, type FcRun } from './doc-revisions.ts';
import { readError, SPECIFIC } from './messages.ts';

/** Word 97 and later; Word 6/95 stored text without a piece table of this kind. */
const FIRST_WORD97_NFIB = 0xc1;

export function readDoc(bytes: Uint8Array): DocumentText {
  const container = openContainer(bytes);
  const stream = (name: string) => {
    const entry = CFB.find(container, name);
    return entry?.content ? Uint8Array.from(entry.content) : null;
  };
  if (stream('EncryptionInfo') || stream('EncryptedPackage')) throw readError('encrypted-doc');
  const word = stream('WordDocument');
  if (!word) throw readError('unsupported-ole', stream('CONTENTS') ? SPECIFIC.worksDocument : undefined);
  try {
    const fib = readFib(word);
    if (fib.encrypted) throw readError('encrypted-doc');
    if (fib.nFib < FIRST_WORD97_NFIB) throw readError('unsupported-ole', SPECIFIC.word95);
    const table = stream(fib.tableStream);
    if (!table) throw new DocCorrupt(`no ${fib.tableStream} stream`);
    const paragraphs = storyParagraphs(word, table, fib);
    if (paragraphs.length === 0) throw readError('empty', SPECIFIC.emptyDocx);
    return fromParagraphs('doc', paragraphs.map((text) => ({ text })));
  } catch (error) {
    if (error instanceof DocCorrupt || error instanceof RangeError) throw readError('corrupt-doc');
    throw error;
  }
}

function openContainer(bytes: Uint8Array): CFB.CFB$Container {
  try {
    return CFB.read(bytes, { type: 'array' });
  } catch {
    throw readError('corrupt-doc');
  }
}

/** The body, then text boxes, footnotes and endnotes: all of it is the report's text. */
function storyParagraphs(word: Uint8Array, table: Uint8Array, fib: Fib): string[] {
  const pieces = readPieces(table, fib.clx);
  const deleted = sortedRuns(deletedRuns(word, table, fib.chpxBte));
  const { text, footnotes, headers, comments, endnotes, textboxes } = fib.ccp;
  const endnotesAt = text + footnotes + headers + comments;
  const stories: [number, number][] = [
    [0, text],
    [endnotesAt + endnotes, endnotesAt + endnotes + textboxes],
    [text, text + footnotes],
    [endnotesAt, endnotesAt + endnotes],
  ];
  return stories.flatMap(([from, to]) => {
    const { text: raw, fcs } = piecesText(word, pieces, from, to);
    return paragraphsOf(raw, (i) => isDeleted(fcs[i], deleted));
  });
}

const FIELD_BEGIN = '\u0013';
const FIELD_SEPARATOR = '\u0014';
const FIELD_END = '\u0015';
/** Paragraph and cell ends, line, page and section breaks: each ends a block, as in a docx. */
const BREAKS = new Set(['\r', '\u0007', '\u000b', '\u000c']);
const REPLACED: Record<string, string> = { '\u001e': '-', '\t': '\t' };

/** Splits into paragraphs, keeping a field's result and dropping its code (`PAGE`, `HYPERLINK "…"`). */
export function paragraphsOf(raw: string, deleted: (i: number) => boolean = () => false): string[] {
  const paragraphs: string[] = [];
  const fields: ('code' | 'result')[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === FIELD_BEGIN) fields.push('code');
    else if (ch === FIELD_SEPARATOR) fields[fields.length - 1] = 'result';
    else if (ch === FIELD_END) fields.pop();
    else if (fields.includes('code') || deleted(i)) continue;
    else if (BREAKS.has(ch)) {
      if (current.trim() !== '') paragraphs.push(current);
      current = '';
    } else if (ch >= ' ' || ch in REPLACED) current += REPLACED[ch] ?? ch;
  }
  if (current.trim() !== '') paragraphs.push(current);
  return paragraphs;
}

function sortedRuns(runs: FcRun[]): FcRun[] {
  return runs.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
}

function isDeleted(fc: number, runs: FcRun[]): boolean {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (fc < runs[mid].start) hi = mid - 1;
    else if (fc >= runs[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}
