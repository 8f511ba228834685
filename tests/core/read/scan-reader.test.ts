// How recognised pages become the document, with a stand-in engine (no Tesseract): the script
// chosen from the first page, progress page by page, the cancel, the finding, pages kept.
import { describe, expect, it } from 'vitest';
import { readPartlyScanned, readScan, SCAN_REFUSALS } from '../../../src/core/read/scan.ts';
import type { Pixels } from '../../../src/core/read/scan-pixels.ts';
import { engine, line } from '../../helpers/ocr.ts';

const blank = (): Promise<Pixels> => Promise.resolve({ width: 4, height: 4, channels: 1, data: new Uint8Array(16).fill(255) });

const PAGE = [line('第一段第一行，', 0, 90, 160), line('第一段第二行。', 1, 90, 100, 600), line('第二段开头，', 2, 90, 160), line('第二段继续', 3)];
const NEXT_PAGE = [line('第二段在第二页结束。', 0, 90, 100, 700), line('第三段开始，', 1, 90, 160), line('第三段结束。', 2, 90, 100, 500)];

describe('readScan', () => {
  it('reads the first page with both scripts and the rest with the surer one', async () => {
    const calls: string[] = [];
    await readScan('image', [blank, blank, blank], engine([PAGE], { chi_sim: 60, chi_tra: 88 }, calls));
    expect(calls.slice(0, 2).sort()).toEqual(['chi_sim', 'chi_tra']);
    expect(calls.slice(2)).toEqual(['chi_tra', 'chi_tra']);
  });

  it('keeps the pages, says the text was recognised and how surely, and reports each page done', async () => {
    const progress: string[] = [];
    const doc = await readScan('pdf', [blank, blank], engine([PAGE, PAGE, NEXT_PAGE], { chi_sim: 91, chi_tra: 40 }), {
      onProgress: ({ page, pages }) => progress.push(`${page}/${pages}`),
    });
    expect(progress).toEqual(['1/2', '2/2']);
    expect(doc.pages).toBe(2);
    expect(doc.paragraphs.map((p) => p.page)).toEqual([1, 1, 2]);
    expect(doc.text.split('\n')[1]).toBe('第二段开头，第二段继续第二段在第二页结束。');
    expect(doc.text.split('\n')[0]).toBe('第一段第一行，第一段第二行。');
    expect(doc.warnings[0]).toMatchObject({ code: 'recognised-from-images' });
    expect(doc.warnings[0].message).toContain('2 页图片');
    expect(doc.warnings[0].message).toContain('平均置信度 91%');
  });

  it('drops lines the recogniser is unsure of, and warns of a page with nothing left', async () => {
    const unsure = await readScan('image', [blank, blank], {
      parallel: 1,
      recognise: async (_i, language) => ({ width: 1240, height: 1754, lines: language === 'chi_sim' ? PAGE : [] }),
    });
    expect(unsure.warnings.map((w) => w.code)).toEqual(['recognised-from-images']);
    const second = await readScan('image', [blank, blank], {
      parallel: 1,
      recognise: (() => {
        let n = 0;
        return async () => ({ width: 1240, height: 1754, lines: n++ < 2 ? PAGE : [line('？', 0, 20)] });
      })(),
    });
    expect(second.warnings.find((w) => w.code === 'no-text-layer')?.page).toBe(2);
  });

  it('stops with "cancelled" between pages once the signal is aborted', async () => {
    const abort = new AbortController();
    const read = readScan('image', [blank, blank, blank], engine([PAGE], { chi_sim: 90, chi_tra: 10 }), {
      signal: abort.signal,
      onProgress: () => abort.abort(),
    });
    await expect(read).rejects.toMatchObject({ code: 'cancelled' });
  });
});

describe('readPartlyScanned', () => {
  const A4: [number, number, number, number] = [0, 0, 595, 842];
  const textPage = (page: number, str: string) => ({ page, box: A4, pieces: [{ str, x: 72, y: 700, width: 300, size: 12 }] });

  it('leaves text and unreadable pages as they are, and says once of a blank scanned page that nothing was recognised', async () => {
    const pages = [textPage(1, 'Typeset page one'), { image: blank, box: A4 }, null, { image: blank, box: A4 }];
    const doc = await readPartlyScanned('pdf', pages, engine([PAGE, PAGE, []], { chi_sim: 90, chi_tra: 10 }), SCAN_REFUSALS);
    expect(doc.pages).toBe(4);
    expect(doc.paragraphs[0]).toMatchObject({ page: 1 });
    expect(doc.paragraphs.slice(1).every((p) => p.page === 2)).toBe(true);
    expect(doc.warnings.map((w) => [w.code, w.page])).toEqual([
      ['recognised-from-images', null],
      ['unreadable-page', 3],
      ['no-text-layer', 4],
    ]);
    expect(doc.warnings[0].message).toMatch(/^第 2、4 页是扫描图片/u);
    expect(doc.warnings[2].message).toMatch(/图片中没有识别出文字/u);
  });
});
