// The text of a Word 97–2003 binary document (also what WPS saves as .doc and .wps) lives in
// the WordDocument stream as pieces listed by the piece table (the CLX in the table stream):
// each piece is 8-bit "compressed" (Windows-1252) or UTF-16LE text. Character positions (CPs)
// run over the pieces in order; the File Information Block says how many belong to each story.

export class DocCorrupt extends Error {}

export interface Fib {
  encrypted: boolean;
  nFib: number;
  tableStream: '0Table' | '1Table';
  /** CP counts of the stories, in their order in the CP space. */
  ccp: { text: number; footnotes: number; headers: number; comments: number; endnotes: number; textboxes: number };
  clx: { fc: number; lcb: number };
  chpxBte: { fc: number; lcb: number };
}

export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset in the WordDocument stream. */
  fc: number;
  compressed: boolean;
}

const WORD_IDENT = 0xa5ec;
const FLAG_ENCRYPTED = 0x0100;
const FLAG_TABLE1 = 0x0200;
const FIB_BASE = 32;
const CCP_TEXT = 3;
const FC_PLCF_BTE_CHPX = 12;
const FC_CLX = 33;

export function readFib(word: Uint8Array): Fib {
  const view = dataView(word);
  if (word.length < FIB_BASE + 2 || view.getUint16(0, true) !== WORD_IDENT) throw new DocCorrupt('no Word FIB');
  const flags = view.getUint16(0x0a, true);
  const csw = view.getUint16(FIB_BASE, true);
  const lwStart = FIB_BASE + 2 + csw * 2 + 2;
  const cslw = view.getUint16(lwStart - 2, true);
  const fcStart = lwStart + cslw * 4 + 2;
  const lw = (i: number) => checkedUint32(view, lwStart + i * 4);
  const pair = (i: number) => ({ fc: checkedUint32(view, fcStart + i * 8), lcb: checkedUint32(view, fcStart + i * 8 + 4) });
  return {
    encrypted: (flags & FLAG_ENCRYPTED) !== 0,
    nFib: view.getUint16(2, true),
    tableStream: flags & FLAG_TABLE1 ? '1Table' : '0Table',
    ccp: {
      text: lw(CCP_TEXT),
      footnotes: lw(CCP_TEXT + 1),
      headers: lw(CCP_TEXT + 2),
      comments: lw(CCP_TEXT + 4),
      endnotes: lw(CCP_TEXT + 5),
      textboxes: lw(CCP_TEXT + 6),
    },
    clx: pair(FC_CLX),
    chpxBte: pair(FC_PLCF_BTE_CHPX),
  };
}

/** The piece table: skips the CLX's property runs (Prc, 0x01) to its Pcdt (0x02). */
export function readPieces(table: Uint8Array, clx: { fc: number; lcb: number }): Piece[] {
  if (clx.fc + clx.lcb > table.length || clx.lcb === 0) throw new DocCorrupt('CLX outside the table stream');
  const view = dataView(table);
  let at = clx.fc;
  const end = clx.fc + clx.lcb;
  while (at < end && table[at] === 0x01) at += 3 + view.getInt16(at + 1, true);
  if (at + 5 > end || table[at] !== 0x02) throw new DocCorrupt('no piece table');
  const lcb = view.getUint32(at + 1, true);
  const plc = at + 5;
  if (plc + lcb > table.length || lcb < 4) throw new DocCorrupt('piece table truncated');
  const count = (lcb - 4) / 12;
  if (!Number.isInteger(count)) throw new DocCorrupt('piece table size');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = view.getUint32(plc + (count + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: view.getUint32(plc + i * 4, true), cpEnd: view.getUint32(plc + (i + 1) * 4, true), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** Characters of the 8-bit pieces that differ from Latin-1: Windows-1252's 0x80–0x9F. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The characters of CPs [from, to), each with the byte offset it came from (for its properties). */
export function piecesText(word: Uint8Array, pieces: Piece[], from: number, to: number): { text: string; fcs: number[] } {
  let text = '';
  const fcs: number[] = [];
  for (const piece of pieces) {
    const start = Math.max(from, piece.cpStart);
    const end = Math.min(to, piece.cpEnd);
    for (let cp = start; cp < end; cp++) {
      const offset = cp - piece.cpStart;
      const fc = piece.fc + (piece.compressed ? offset : offset * 2);
      if (fc + (piece.compressed ? 1 : 2) > word.length) throw new DocCorrupt('piece outside the WordDocument stream');
      text += piece.compressed ? cp1252(word[fc]) : String.fromCharCode(word[fc] | (word[fc + 1] << 8));
      fcs.push(fc);
    }
  }
  return { text, fcs };
}

function cp1252(byte: number): string {
  return byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
}

export function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function checkedUint32(view: DataView, at: number): number {
  if (at + 4 > view.byteLength) throw new DocCorrupt('FIB truncated');
  return view.getUint32(at, true);
}
