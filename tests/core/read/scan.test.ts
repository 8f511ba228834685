// Scans recognised offline: the committed pages of our own text (scripts/make-scan-fixtures.ts)
// against their ground truth, and the refusals that come before any decoding.
import { readFileSync } from 'node:fs';
import { encode as encodeJpeg } from 'jpeg-js';
import * as UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { nodeOcr, nodeReadEnv } from '../../../src/cli/node-env.ts';
import { ReadError } from '../../../src/core/document.ts';
import { readImage } from '../../../src/core/read/image.ts';
import { readDocument, type ReadEnv } from '../../../src/core/read/index.ts';
import { decodeImage, type Pixels } from '../../../src/core/read/scan-pixels.ts';
import { characterAccuracy } from '../../helpers/edit-distance.ts';
import { repo } from '../../helpers/docs.ts';
import { hugePng } from '../../fixtures/build-images.ts';
import { comparable } from './comparable.ts';
import { scanPdf, withChromium } from '../../fixtures/build-scans.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(repo(`tests/fixtures/scans/${name}`)));

describe.each(['simplified', 'traditional'])('a scanned page in %s characters', (script) => {
  it('is recognised with at least 97 % of its characters right, seal and specks notwithstanding', async () => {
    const doc = await readImage(fixture(`${script}.png`), nodeOcr);
    const truth = readFileSync(repo(`tests/fixtures/scans/${script}.txt`), 'utf8');
    expect(characterAccuracy(doc.text, truth)).toBeGreaterThanOrEqual(0.97);
    expect(doc.format).toBe('image');
    expect(doc.pages).toBe(1);
    const finding = doc.warnings.find((w) => w.code === 'recognised-from-images');
    expect(finding?.message).toMatch(/平均置信度 (9\d|8\d)%/u);
  }, 60_000);
});

describe('the committed Simplified page as another scanner would save it', () => {
  const pixels = async () => (await decodeImage('png', fixture('simplified.png')))[0];
  const rgba = ({ width, height, channels, data }: Pixels) => Uint8Array.from({ length: width * height * 4 }, (_, i) => (i % 4 === 3 ? 255 : data[Math.floor(i / 4) * channels + (i % 4)]));
  const truth = () => readFileSync(repo('tests/fixtures/scans/simplified.txt'), 'utf8');

  it('as a JPEG', async () => {
    const page = await pixels();
    const jpeg = encodeJpeg({ width: page.width, height: page.height, data: rgba(page) }, 80).data;
    const doc = await readImage(new Uint8Array(jpeg), nodeOcr);
    expect(characterAccuracy(doc.text, truth())).toBeGreaterThanOrEqual(0.97);
    const cut = await refusal(new Uint8Array(jpeg.subarray(0, jpeg.length / 2)));
    expect(cut.code).toBe('corrupt-image');
  }, 60_000);

  it('as a TIFF', async () => {
    const page = await pixels();
    const tiff = UTIF.encodeImage(rgba(page), page.width, page.height);
    const doc = await readDocument({ name: 'scan.tif', bytes: new Uint8Array(tiff) }, await nodeReadEnv());
    expect(doc.format).toBe('image');
    expect(characterAccuracy(doc.text, truth())).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});

describe('a scanned page among the text pages of a PDF', () => {
  const before = [
    '第一页是能复制文字的正文，由排版软件直接生成，不需要文字识别。这一段写得长一些，占满几行，像报告的正文那样两端对齐，首行缩进两个字。',
    '这一页的第二段也是正文，同样带有文字层。它和上一段一样长，好让这一页的左右边距从自己的文字里量出来，而不是借用别的页的边距。',
  ];
  const after = ['第三页又是能复制文字的正文，排在扫描页之后。这一段同样写得长一些，占满几行，首行缩进两个字，让这一页的边距由它自己量出。'];

  it('is recognised in its place, as well as on its own, and the text pages are read as they are', async () => {
    const pdf = await withChromium((browser) => scanPdf(browser, [{ text: before }, fixture('simplified.png'), { text: after }], 'png'));
    const doc = await readDocument({ name: 'mixed.pdf', bytes: pdf }, await nodeReadEnv());
    const onPage = (n: number) => doc.paragraphs.filter((p) => p.page === n).map((p) => comparable(doc.text.slice(p.start, p.end)));
    expect(doc.pages).toBe(3);
    expect(onPage(1)).toEqual(before.map(comparable));
    expect(characterAccuracy(onPage(2).join('\n'), readFileSync(repo('tests/fixtures/scans/simplified.txt'), 'utf8'))).toBeGreaterThanOrEqual(0.97);
    expect(onPage(3)).toEqual(after.map(comparable));
    expect(doc.warnings[0].message).toMatch(/^第 2 页是扫描图片.*平均置信度 (9\d|8\d)%/u);
  }, 120_000);
});

const refusal = async (bytes: Uint8Array, readEnv?: ReadEnv) => {
  const error = await readDocument({ name: 'scan.png', bytes }, readEnv ?? (await nodeReadEnv())).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
};

describe('a bad page image', () => {
  it('is refused from its header when it would decode to absurd size, before any decoding', async () => {
    const png = await refusal(hugePng());
    expect(png.code).toBe('image-too-large');
    expect(png.message).toMatch(/图片尺寸过大.*请降低分辨率/u);
    expect((await refusal(jpegHeader(30000, 30000))).code).toBe('image-too-large');
    expect((await refusal(jpegHeader(2480, 3508))).code).toBe('corrupt-image');
  });

  it('cut short gets a clear Chinese message, not a crash', async () => {
    const png = fixture('simplified.png');
    for (const cut of [png.subarray(0, 20), png.subarray(0, png.length / 2)]) {
      const error = await refusal(cut);
      expect(error.code).toBe('corrupt-image');
      expect(error.message).toMatch(/图片文件已损坏或不完整/u);
    }
  }, 30_000);

  it('without text recognition in this build is refused with what to use instead', async () => {
    const { ocr: _, ...lean } = await nodeReadEnv();
    const error = await refusal(fixture('simplified.png'), lean);
    expect(error.code).toBe('no-ocr');
    expect(error.message).toMatch(/文字识别/u);
  });
});

/** A JPEG's start: SOI and a baseline start-of-frame declaring the size, nothing after. */
function jpegHeader(width: number, height: number): Uint8Array {
  const sof = Buffer.from([0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8]), sof, Buffer.from([0xff, 0xd9])]));
}
