import { readFileSync } from 'node:fs';
import { deflateSync, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { ReadError } from '../../../src/core/document.ts';
import { readDocument, type ReadEnv } from '../../../src/core/read/index.ts';
import type { OcrLine } from '../../../src/core/read/ocr.ts';
import { expandDeltas } from '../../../src/core/read/ofd.ts';
import { rawZip } from '../../fixtures/build.ts';
import { buildOfd, ofdPages } from '../../fixtures/build-formats.ts';
import { hugePng } from '../../fixtures/build-images.ts';
import { repo } from '../../helpers/docs.ts';
import { characterAccuracy } from '../../helpers/edit-distance.ts';
import { engine, line } from '../../helpers/ocr.ts';
import { CHINESE_MESSAGE } from './paths.ts';

async function read(bytes: Uint8Array, name = 'report.ofd') {
  const doc = await readDocument({ name, bytes }, await nodeReadEnv());
  return { doc, texts: doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) };
}

async function refusal(bytes: Uint8Array): Promise<ReadError> {
  try {
    await read(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).message).toMatch(CHINESE_MESSAGE);
    return error as ReadError;
  }
  throw new Error('read without an error');
}

const PARAGRAPHS = [
  '关于2023年法治政府建设情况的报告',
  '一、主要举措',
  '本年度共审查规范性文件十五件，全部按程序报送备案，未发现违法情形，这一段足够长，会折成两行以上。',
  '二、存在的不足和下一步打算',
  '明年将继续完善行政执法程序，推进执法全过程记录。',
];

describe('.ofd', () => {
  it('reads text objects by position, not by file order, rebuilding paragraphs and keeping pages', async () => {
    const pages = ofdPages(PARAGRAPHS, 4).map((lines) => [...lines].reverse());
    const { doc, texts } = await read(buildOfd(pages));
    expect(doc.format).toBe('ofd');
    expect(doc.pages).toBe(2);
    expect(texts).toEqual(PARAGRAPHS);
    expect(doc.paragraphs.map((p) => p.page)).toEqual([1, 1, 1, 2, 2]);
  });

  it('keeps two objects on one baseline as one line, left to right', async () => {
    const { texts } = await read(buildOfd([[{ text: '数量', x: 120, y: 50 }, { text: '指标', x: 30, y: 50 }]]));
    expect(texts).toEqual(['指标 数量']);
  });

  it('places text drawn at another size and scaled by its CTM where the scaled text stands', async () => {
    const scaled = ofdPages(PARAGRAPHS, 4).map((lines) => lines.map((line) => ({ ...line, scaled: true })));
    const { doc, texts } = await read(buildOfd(scaled));
    expect(texts).toEqual(PARAGRAPHS);
    expect(doc.paragraphs.map((p) => p.page)).toEqual([1, 1, 1, 2, 2]);
  });

  it('reads the text of the template a page names, above the page own text', async () => {
    const heading = { text: '某县人民政府办公室', x: 60, y: 20, size: 8 };
    const { texts } = await read(buildOfd(ofdPages(PARAGRAPHS.slice(0, 3)), [heading]));
    expect(texts).toEqual([heading.text, ...PARAGRAPHS.slice(0, 3)]);
  });

  it('expands DeltaX runs: g N D repeats D N times', () => {
    expect(expandDeltas('3.5 g 3 4 2')).toEqual([3.5, 4, 4, 4, 2]);
    expect(expandDeltas(undefined)).toEqual([]);
  });

  it('refuses text stored as private-use glyph codes, as the PDF reader does', async () => {
    const garbled = String.fromCharCode(...Array.from({ length: 20 }, (_, i) => 0xe000 + i));
    const error = await refusal(buildOfd([[{ text: garbled, x: 30, y: 50 }, { text: garbled, x: 30, y: 60 }]]));
    expect(error.code).toBe('no-text-layer');
    expect(error.message).toContain('字体');
  });

  it('refuses a page without text, a package without its document, and a truncated file', async () => {
    expect((await refusal(buildOfd([[]]))).code).toBe('no-text-layer');
    const files = unzipSync(buildOfd(ofdPages(PARAGRAPHS)));
    delete files['Doc_0/Document.xml'];
    expect((await refusal(zipSync(files))).code).toBe('corrupt-ofd');
    const whole = buildOfd(ofdPages(PARAGRAPHS));
    expect(['corrupt-ofd', 'corrupt-docx']).toContain((await refusal(whole.subarray(0, whole.length - 30))).code);
  });

  it('refuses a bomb before inflating it', async () => {
    const payload = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
    const entries = ['OFD.xml', ...Array.from({ length: 15 }, (_, i) => `Doc_0/Res/pad${i}.xml`)].map((name) => ({ name, data: payload, size: 16 * 1024 * 1024, crc: 0 }));
    expect((await refusal(rawZip(entries))).code).toBe('too-large');
  }, 30_000);
});

describe('.ofd written without the ofd: prefix', () => {
  it('reads the same text', async () => {
    const files = unzipSync(buildOfd(ofdPages(PARAGRAPHS)));
    for (const name of Object.keys(files)) files[name] = new TextEncoder().encode(new TextDecoder().decode(files[name]).replace(/(<\/?)ofd:/g, '$1').replace('xmlns:ofd=', 'xmlns='));
    expect((await read(zipSync(files))).texts).toEqual(PARAGRAPHS);
  });
});

describe('a scanned .ofd', () => {
  const scan = () => new Uint8Array(readFileSync(repo('tests/fixtures/scans/simplified.png')));
  const picture = (bytes: Uint8Array = scan()) => ({ picture: bytes, format: 'PNG' as const });
  /** The stand-in recogniser, and whether the reader asked for it. */
  const standIn = (pages: OcrLine[][]) => {
    const asked = { loaded: false };
    const ocr = async () => {
      asked.loaded = true;
      return engine(pages, { chi_sim: 88, chi_tra: 20 });
    };
    return { asked, ocr };
  };
  const withOcr = async (bytes: Uint8Array, ocr: ReadEnv['ocr']) => readDocument({ name: 'scan.ofd', bytes }, { ...(await nodeReadEnv()), ocr });

  it('has its page pictures recognised, pages kept', async () => {
    const page = [line('第一页识别的文字。', 0, 90, 100, 600)];
    const next = [line('第二页识别的文字。', 0, 90, 160, 600)];
    const doc = await withOcr(buildOfd([picture(), picture()]), standIn([page, page, next]).ocr);
    expect(doc.format).toBe('ofd');
    expect(doc.pages).toBe(2);
    expect(doc.paragraphs.map((p) => [p.page, doc.text.slice(p.start, p.end)])).toEqual([
      [1, '第一页识别的文字。'],
      [2, '第二页识别的文字。'],
    ]);
    expect(doc.warnings[0]).toMatchObject({ code: 'recognised-from-images' });
    expect(doc.warnings[0].message).toContain('2 页图片');
  });

  it('among text pages has only its scanned pages recognised, each in its place', async () => {
    const [first, second] = ofdPages(PARAGRAPHS, 4);
    const doc = await withOcr(buildOfd([first, picture(), second]), standIn([[line('扫描页识别的文字。', 0, 90, 100, 600)]]).ocr);
    expect(doc.pages).toBe(3);
    const pages = doc.paragraphs.map((p) => p.page);
    expect(pages).toEqual([...pages].sort());
    expect(doc.paragraphs.filter((p) => p.page === 2).map((p) => doc.text.slice(p.start, p.end))).toEqual(['扫描页识别的文字。']);
    expect(doc.text).toContain(PARAGRAPHS[0]);
    expect(doc.warnings[0].message).toMatch(/第 2 页是扫描图片/u);
  });

  it('is refused from the picture header when a page would decode to absurd size, before recognition loads', async () => {
    const { asked, ocr } = standIn([[line('不会读到', 0)]]);
    const error = await withOcr(buildOfd([picture(hugePng())]), ocr).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'image-too-large' });
    expect(asked.loaded).toBe(false);
    const cut = scan().subarray(0, 2000);
    expect(await withOcr(buildOfd([picture(cut)]), standIn([[line('不会读到', 0)]]).ocr).catch((e: unknown) => e)).toMatchObject({ code: 'corrupt-ofd' });
  });

  it('without text recognition is refused as having no text, as before', async () => {
    const { ocr: _, ...lean } = await nodeReadEnv();
    const error = await readDocument({ name: 'scan.ofd', bytes: buildOfd([picture()]) }, lean).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'no-text-layer', message: expect.stringContaining('OFD') });
  });

  it('is read by the real recogniser as well as the same page as a PNG', async () => {
    const doc = await readDocument({ name: 'scan.ofd', bytes: buildOfd([picture()]) }, await nodeReadEnv());
    expect(characterAccuracy(doc.text, readFileSync(repo('tests/fixtures/scans/simplified.txt'), 'utf8'))).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
