import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import type { DocumentText } from '../../../src/core/document.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { buildPdf, imagePage, textPage } from '../../fixtures/build.ts';
import { engine, line } from '../../helpers/ocr.ts';
import { comparable } from './comparable.ts';
import { badFixture, sharedFixture, sharedOriginal } from './paths.ts';

async function readPdfFile(path: string, onProgress?: (p: { page: number; pages: number }) => void): Promise<DocumentText> {
  return readDocument({ name: path, bytes: new Uint8Array(readFileSync(path)) }, await nodeReadEnv(), { onProgress });
}

const texts = (doc: DocumentText) => doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));

function originalParagraphs(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r\n|\r|\n/).map(comparable).filter(Boolean);
}

const FIXTURES: [pdf: string, original: string][] = [
  ['hongtu-2023.pdf', sharedOriginal('hongtu-2023.txt')],
  ['liangyuan-2021.pdf', sharedOriginal('liangyuan-2021.txt')],
  ['shuangjiang-2023.pdf', sharedOriginal('shuangjiang-2023.txt')],
  ['shuangjiang-2023.zh-hant.pdf', sharedFixture('shuangjiang-2023.zh-hant.txt')],
  ['xiegou-2020.pdf', sharedOriginal('xiegou-2020.txt')],
  ['xiegou-2020.cidfont.pdf', sharedOriginal('xiegou-2020.txt')],
];

describe('PDF fixtures', () => {
  it.each(FIXTURES)('%s: every original paragraph comes out as exactly one paragraph', async (pdf, original) => {
    const doc = await readPdfFile(sharedFixture(pdf));
    const got = texts(doc).map(comparable);
    const wanted = originalParagraphs(original);
    expect(wanted.filter((w) => !got.includes(w))).toEqual([]);
    // Nothing extra either: no headers, page numbers or paragraph fragments.
    expect(got.filter((g) => !wanted.includes(g))).toEqual([]);
    expect(doc.format).toBe('pdf');
    expect(doc.warnings).toEqual([]);
  });

  it('accepts a Node Buffer as fs.readFile returns it, and leaves the caller\'s bytes intact', async () => {
    const buffer = readFileSync(sharedFixture('xiegou-2020.cidfont.pdf'));
    const copy = Buffer.from(buffer);
    const doc = await readDocument({ name: 'x.pdf', bytes: buffer }, await nodeReadEnv());
    expect(doc.paragraphs.length).toBeGreaterThan(10);
    expect(buffer.equals(copy)).toBe(true);
  });

  it('drops the running header and the "— N —" page numbers', async () => {
    const doc = await readPdfFile(sharedFixture('hongtu-2023.pdf'));
    expect(doc.text).not.toContain('法治政府建设年度报告');
    expect(doc.text).not.toMatch(/—\s*\d+\s*—/);
  });

  it('joins a paragraph that wraps onto the next page and keeps its starting page', async () => {
    const doc = await readPdfFile(sharedFixture('hongtu-2023.pdf'));
    expect(doc.pages).toBe(7);
    const i = texts(doc).findIndex((t) => t.startsWith('扎实开展专项整治'));
    expect(texts(doc)[i]).toContain('深⼊整治“逐利执法”、执法粗暴');
    expect(doc.paragraphs[i].page).toBe(1);
    const last = doc.paragraphs[doc.paragraphs.length - 1];
    expect(last.page).toBe(7);
    expect(doc.paragraphs.every((p) => p.headingHint === false)).toBe(true);
  });

  it('leaves Kangxi radicals from the font as they are (normalisation happens later)', async () => {
    const doc = await readPdfFile(sharedFixture('hongtu-2023.pdf'));
    expect(doc.text).toContain('⼀、主要举措和成效');
  });

  it('decodes a non-embedded CJK font through the Adobe-GB1 CMaps', async () => {
    const doc = await readPdfFile(sharedFixture('xiegou-2020.cidfont.pdf'));
    expect(texts(doc)[0]).toBe('斜沟乡2020年法治政府建设工作报告');
    expect(doc.text).toContain('一、工作开展情况及取得的成效');
    expect(doc.text).toMatch(/^[\s\S]{0,200}2020年,在县委、县政府的坚强领导/);
    expect(doc.text).not.toMatch(/[\ue000-\uf8ff\ufffd]/);
  });

  it('reports progress once per page', async () => {
    const seen: string[] = [];
    await readPdfFile(sharedFixture('xiegou-2020.cidfont.pdf'), (p) => seen.push(`${p.page}/${p.pages}`));
    expect(seen).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
  });

  it('without text recognition, warns about a page without text and still reads the others', async () => {
    const { ocr: _, ...lean } = await nodeReadEnv();
    const doc = await readDocument({ name: 'x.pdf', bytes: new Uint8Array(readFileSync(badFixture('partly-scanned.pdf'))) }, lean);
    expect(texts(doc)).toEqual(['Page one has text']);
    expect(doc.paragraphs[0].page).toBe(1);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'no-text-layer', page: 2 })]);
    expect(doc.warnings[0].message).toMatch(/第 2 页/);
  });

  it('recognises the scanned pages among text pages and puts their text in its place', async () => {
    const bytes = buildPdf([textPage(['Page one has text']), imagePage(), textPage(['Page three has text']), imagePage()]);
    const scans = [[line('Recognised on page two', 0)], [line('Recognised on page four', 0)]];
    // The first scanned page is read twice (once in each script), so its lines come twice.
    const ocr = async () => engine([scans[0], ...scans], { chi_sim: 90, chi_tra: 10 });
    const doc = await readDocument({ name: 'x.pdf', bytes }, { ...(await nodeReadEnv()), ocr });
    expect(doc.pages).toBe(4);
    const onPage = (n: number) => doc.paragraphs.filter((p) => p.page === n).map((p) => doc.text.slice(p.start, p.end)).join(' ');
    expect([1, 2, 3, 4].map(onPage)).toEqual(['Page one has text', 'Recognised on page two', 'Page three has text', 'Recognised on page four']);
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'recognised-from-images', page: null })]);
    expect(doc.warnings[0].message).toMatch(/第 2、4 页是扫描图片.*平均置信度 90%/u);
  });

  it('warns about a page whose font decodes to private-use garbage', async () => {
    const good = textPage(Array.from({ length: 20 }, (_, i) => `Readable line number ${i} of the report`));
    const bytes = buildPdf([good, textPage(['This page uses a broken font'], 'F2')]);
    const doc = await readDocument({ name: 'x.pdf', bytes }, await nodeReadEnv());
    expect(doc.warnings).toEqual([expect.objectContaining({ code: 'garbled-text', page: 2 })]);
    expect(doc.text).toContain('Readable line number 0');
  });

  it('stops with "cancelled" when the signal is aborted', async () => {
    const controller = new AbortController();
    const bytes = new Uint8Array(readFileSync(sharedFixture('liangyuan-2021.pdf')));
    const reading = readDocument({ name: 'x.pdf', bytes }, await nodeReadEnv(), {
      signal: controller.signal,
      onProgress: ({ page }) => page === 2 && controller.abort(),
    });
    await expect(reading).rejects.toMatchObject({ name: 'ReadError', code: 'cancelled' });
  });
});
