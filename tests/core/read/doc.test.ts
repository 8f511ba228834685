import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc, buildOle } from '../../fixtures/build-formats.ts';
import { read, refusal } from './reading.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

const texts = (bytes: Uint8Array, name = 'report.doc') => read(bytes, name);
const refused = (bytes: Uint8Array, name = 'report.doc') => refusal(bytes, name);

describe('.doc and .wps', () => {
  it('reads what LibreOffice saved as Word 97: table cells, the text box, field results; the tracked deletion is gone', async () => {
    const { doc, texts: paragraphs } = await texts(fixture('libreoffice.doc'));
    expect(doc.format).toBe('doc');
    expect(doc.pages).toBeNull();
    expect(paragraphs).toEqual([
      '测试区2023年法治政府建设情况的报告',
      '一、总体情况',
      '本区坚持依法行政，全年办理行政复议案件12件。',
      '第1页的正文继续。',
      '指标',
      '数量',
      '行政应诉案件',
      '5件',
      '表格之后的段落。',
      'Latin text “quoted” — in a Chinese report.',
      '文本框里的说明文字。',
    ]);
  });

  it('is decided by the bytes: the same file named .wps, or with no extension, reads the same', async () => {
    const asDoc = (await texts(fixture('libreoffice.doc'))).texts;
    expect((await texts(fixture('libreoffice.doc'), '报告.wps')).texts).toEqual(asDoc);
    expect((await texts(fixture('libreoffice.doc'), '报告')).texts).toEqual(asDoc);
  });

  it('joins 8-bit and 16-bit pieces, drops field codes and keeps their results', async () => {
    const { texts: paragraphs } = await texts(
      buildDoc([
        { text: '第\u0013 PAGE \\* MERGEFORMAT \u00143\u0015页，见\u0013 HYPERLINK "http://x.gov.cn" \u0014网站\u0015。\r' },
        { text: 'Word “smart” quotes — dash\r', compressed: true },
        { text: '甲\u0007乙\u0007\u0007换\u000b行\r' },
      ]),
    );
    expect(paragraphs).toEqual(['第3页，见网站。', 'Word “smart” quotes — dash', '甲', '乙', '换', '行']);
  });

  it('refuses a Microsoft Works .wps with a message that says what it is', async () => {
    const error = await refused(buildOle({ CONTENTS: new Uint8Array(600), SPELLING: new Uint8Array(10) }), 'report.wps');
    expect(error.code).toBe('unsupported-ole');
    expect(error.message).toContain('Works');
  });

  it('refuses other OLE files, a password-protected Office file and an encrypted .doc', async () => {
    expect((await refused(buildOle({ Workbook: new Uint8Array(600) }))).code).toBe('unsupported-ole');
    expect((await refused(buildOle({ EncryptionInfo: new Uint8Array(600), EncryptedPackage: new Uint8Array(600) }))).code).toBe('encrypted-doc');
    const encrypted = fixture('libreoffice.doc');
    expect((await refused(setFibFlag(encrypted, 0x0100))).code).toBe('encrypted-doc');
  });

  it('refuses a truncated .doc as damaged, with no crash', async () => {
    const whole = fixture('libreoffice.doc');
    for (const length of [600, 2048, Math.floor(whole.length / 2), whole.length - 700]) {
      const error = await refused(whole.subarray(0, length));
      expect(['corrupt-doc', 'empty'], `cut at ${length}`).toContain(error.code);
    }
  });
});

/** Sets a FIB flag in the WordDocument stream, found by its signature after the OLE header. */
function setFibFlag(bytes: Uint8Array, flag: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  for (let at = 512; at < copy.length - 12; at += 512) {
    if (copy[at] === 0xec && copy[at + 1] === 0xa5) {
      copy[at + 0x0a] |= flag & 0xff;
      copy[at + 0x0b] |= flag >> 8;
      return copy;
    }
  }
  throw new Error('no FIB');
}
