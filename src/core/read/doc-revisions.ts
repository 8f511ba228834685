// Tracked deletions are still in a .doc's text, marked by a character property (sprmCFRMarkDel).
// Character properties are stored as runs of byte offsets (CHPX) in 512-byte pages (FKPs) that
// the table stream's PlcBteChpx lists; a reviewer must see the text as it now reads, so the
// deleted runs are found here and their characters dropped.

import { dataView } from './doc-pieces.ts';

export interface FcRun {
  start: number;
  end: number;
}

const PAGE = 512;
const SPRM_DELETED = 0x0800;

/** The WordDocument byte ranges whose characters are marked as deleted; [] when unreadable. */
export function deletedRuns(word: Uint8Array, table: Uint8Array, bte: { fc: number; lcb: number }): FcRun[] {
  if (bte.lcb < 12 || bte.fc + bte.lcb > table.length) return [];
  const view = dataView(table);
  const pages = (bte.lcb - 4) / 8;
  const runs: FcRun[] = [];
  for (let i = 0; i < pages; i++) {
    const pn = view.getUint32(bte.fc + (pages + 1) * 4 + i * 4, true) & 0x3fffff;
    if ((pn + 1) * PAGE <= word.length) runs.push(...deletedInPage(word.subarray(pn * PAGE, (pn + 1) * PAGE)));
  }
  return runs;
}

function deletedInPage(page: Uint8Array): FcRun[] {
  const view = dataView(page);
  const crun = page[PAGE - 1];
  const runs: FcRun[] = [];
  for (let i = 0; i < crun; i++) {
    const offset = page[(crun + 1) * 4 + i] * 2;
    if (offset === 0 || offset >= PAGE - 1) continue;
    const cb = page[offset];
    if (isDeleted(page.subarray(offset + 1, Math.min(PAGE - 1, offset + 1 + cb)))) {
      runs.push({ start: view.getUint32(i * 4, true), end: view.getUint32((i + 1) * 4, true) });
    }
  }
  return runs;
}

function isDeleted(grpprl: Uint8Array): boolean {
  const view = dataView(grpprl);
  let at = 0;
  while (at + 2 < grpprl.length) {
    const sprm = view.getUint16(at, true);
    const size = operandSize(sprm, grpprl, at + 2);
    // 1 sets the mark; 0x81 is "the opposite of the style", and no style is deleted.
    if (sprm === SPRM_DELETED) return grpprl[at + 2] === 1 || grpprl[at + 2] === 0x81;
    at += 2 + size;
  }
  return false;
}

/** The operand's size is coded in the sprm's top three bits (spra). */
function operandSize(sprm: number, grpprl: Uint8Array, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      return 1 + (grpprl[at] ?? 0);
  }
}
