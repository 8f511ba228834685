// Every kind of unusable file must end in a ReadError with the right code and a Chinese message
// that tells the user what to do, never in some other exception.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { ReadError, type ReadErrorCode } from '../../../src/core/document.ts';
import { readDocument } from '../../../src/core/read/index.ts';
import { buildDocx, buildPdf, concat, oldWordDoc, randomBytes, rawZip, textPage, zipBomb } from '../../fixtures/build.ts';
import { badFixture, CHINESE_MESSAGE } from './paths.ts';

async function failure(name: string, bytes: Uint8Array): Promise<ReadError> {
  try {
    await readDocument({ name, bytes }, await nodeReadEnv());
  } catch (error) {
    expect(error).toBeInstanceOf(ReadError);
    return error as ReadError;
  }
  throw new Error(`${name} was read without an error`);
}

async function expectRefused(name: string, bytes: Uint8Array, code: ReadErrorCode): Promise<ReadError> {
  const error = await failure(name, bytes);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(CHINESE_MESSAGE);
  return error;
}

const file = (name: string) => new Uint8Array(readFileSync(badFixture(name)));

describe('bad input', () => {
  it('empty file', async () => {
    await expectRefused('report.txt', new Uint8Array(0), 'empty');
    await expectRefused('report.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0d, 0x0a]), 'empty');
  });

  it('random bytes', async () => {
    await expectRefused('report.txt', randomBytes(64 * 1024), 'unknown-encoding');
  });

  it('a file named .pdf or .docx that is neither: said to be damaged or renamed, not an encoding problem', async () => {
    // What users send: a picture or a spreadsheet export renamed, or a download cut to noise.
    const png = concat([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(8 * 1024, 3)]);
    for (const bytes of [png, randomBytes(64 * 1024)]) {
      const pdf = await expectRefused('报告.pdf', bytes, 'corrupt-pdf');
      expect(pdf.message).toMatch(/不是有效的 PDF.*损坏.*改成了 \.pdf/u);
      const docx = await expectRefused('REPORT.DOCX', bytes, 'corrupt-docx');
      expect(docx.message).toMatch(/不是有效的 Word 文档.*损坏.*改成了 \.docx/u);
    }
  });

  it('truncated docx', async () => {
    const docx = buildDocx([{ text: '关于2023年法治政府建设情况的报告'.repeat(200) }]);
    await expectRefused('report.docx', docx.subarray(0, Math.floor(docx.length / 2)), 'corrupt-docx');
  });

  it('zip that is not a Word document', async () => {
    const error = await expectRefused('report.docx', rawZip([]), 'unsupported-type');
    expect(error.message).toContain('压缩包');
  });

  it('docx without any text', async () => {
    await expectRefused('report.docx', buildDocx([{ text: '' }]), 'empty');
  });

  it('truncated PDF', async () => {
    await expectRefused('report.pdf', file('truncated.pdf'), 'corrupt-pdf');
  });

  it('password-protected PDF', async () => {
    const error = await expectRefused('report.pdf', file('encrypted.pdf'), 'encrypted-pdf');
    expect(error.message).toContain('密码');
  });

  it('scanned PDF without a text layer', async () => {
    await expectRefused('report.pdf', file('scanned.pdf'), 'no-text-layer');
    await expectRefused('report.pdf', buildPdf([{ content: '' }]), 'no-text-layer');
  });

  it('PDF whose font decodes to private-use garbage', async () => {
    const error = await expectRefused('report.pdf', file('garbled-font.pdf'), 'no-text-layer');
    expect(error.message).toContain('字体');
  });

  it('a .doc that is OLE2 in its first bytes only (truncated, random) is a damaged Word file', async () => {
    const error = await expectRefused('report.doc', oldWordDoc(), 'corrupt-doc');
    expect(error.message).toContain('另存为');
    expect((await failure('report.doc', file('old-word.doc'))).code).toBe('corrupt-doc');
  });

  it('a PDF renamed .docx is read as the PDF it is', async () => {
    const doc = await readDocument({ name: 'report.docx', bytes: buildPdf([textPage(['Renamed PDF'])]) }, await nodeReadEnv());
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe('Renamed PDF');
  });

  it('a file named .pdf that is really text is read as the text it is', async () => {
    const doc = await readDocument({ name: 'report.pdf', bytes: new TextEncoder().encode('关于2023年法治政府建设情况的报告') }, await nodeReadEnv());
    expect(doc.format).toBe('txt');
  });

  it('docx zip bomb', async () => {
    // 64 MB of zeros deflate to 64 KB (building a bigger one only slows the test down).
    const bomb = zipBomb(1, 64 * 1024 * 1024);
    const error = await expectRefused('report.docx', bomb, 'too-large');
    expect(error.message).toContain('压缩炸弹');
  });

  it('100 MB file is refused before any parsing', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    huge.set(new TextEncoder().encode('%PDF-1.7\n'));
    await expectRefused('report.pdf', huge, 'too-large');
  });

  it('refuses a file over 50 MB, and says so; 50 MB itself is read', async () => {
    const MB = 1024 * 1024;
    const over = new Uint8Array(50 * MB + 1).fill(0x20);
    const error = await expectRefused('report.txt', over, 'too-large');
    expect(error.message).toContain('50 MB');
    // at the limit the file is read: blank text is empty, not too large
    await expectRefused('report.txt', over.subarray(0, 50 * MB), 'empty');
  });

  it('an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const reading = readDocument({ name: 'a.txt', bytes: new TextEncoder().encode('正文') }, await nodeReadEnv(), {
      signal: controller.signal,
    });
    await expect(reading).rejects.toMatchObject({ code: 'cancelled' });
  });
});
