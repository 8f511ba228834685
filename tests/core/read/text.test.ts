import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/core/document.ts';
import { detectEncoding, readText } from '../../../src/core/read/text.ts';
import { sharedFixture, sharedOriginal } from './paths.ts';

const SAMPLE = '关于2023年法治政府建设情况的报告\r\n\r\n一、主要举措和成效\n  （一）深入学习贯彻  习近平法治思想\r最后一行';
const LINES = ['关于2023年法治政府建设情况的报告', '一、主要举措和成效', '  （一）深入学习贯彻  习近平法治思想', '最后一行'];

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function paragraphTexts(bytes: Uint8Array): string[] {
  const doc = readText(bytes);
  return doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
}

describe('readText', () => {
  it('reads UTF-8 without BOM, keeping each line verbatim and dropping blank lines', () => {
    expect(detectEncoding(new TextEncoder().encode(SAMPLE))).toBe('utf-8');
    expect(paragraphTexts(new TextEncoder().encode(SAMPLE))).toEqual(LINES);
  });

  it('reads UTF-8 with BOM without keeping the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    const doc = readText(bytes);
    expect(doc.text.startsWith('关于')).toBe(true);
    expect(paragraphTexts(bytes)).toEqual(LINES);
  });

  it('reads UTF-16LE and UTF-16BE with BOM', () => {
    expect(detectEncoding(utf16(SAMPLE, true))).toBe('utf-16le');
    expect(paragraphTexts(utf16(SAMPLE, true))).toEqual(LINES);
    expect(detectEncoding(utf16(SAMPLE, false))).toBe('utf-16be');
    expect(paragraphTexts(utf16(SAMPLE, false))).toEqual(LINES);
  });

  it('recognises UTF-16 saved without a BOM by its zero bytes', () => {
    const le = utf16(SAMPLE, true).subarray(2);
    const be = utf16(SAMPLE, false).subarray(2);
    expect(detectEncoding(le)).toBe('utf-16le');
    expect(detectEncoding(be)).toBe('utf-16be');
    expect(paragraphTexts(le)).toEqual(LINES);
  });

  it('reads the GB18030 fixture into exactly the characters of the UTF-8 original', () => {
    const bytes = new Uint8Array(readFileSync(sharedFixture('hongtu-2023.gb18030.txt')));
    expect(detectEncoding(bytes)).toBe('gb18030');
    const original = readFileSync(sharedOriginal('hongtu-2023.txt'), 'utf8');
    const doc = readText(bytes);
    expect(doc.format).toBe('txt');
    expect(doc.text).toContain('关于2023年法治政府建设情况的报告');
    // Every non-blank original line comes out character for character.
    const lines = original.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(lines);
  });

  it('keeps Traditional characters as they are', () => {
    const doc = readText(new Uint8Array(readFileSync(sharedFixture('shuangjiang-2023.zh-hant.gb18030.txt'))));
    const original = readFileSync(sharedFixture('shuangjiang-2023.zh-hant.txt'), 'utf8');
    expect(doc.text.replace(/\s/g, '')).toBe(original.replace(/\s/g, ''));
  });

  it('refuses text that is only whitespace as empty', () => {
    expect(() => readText(new TextEncoder().encode(' \r\n\t\n　'))).toThrow(ReadError);
    expect(() => readText(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  it('refuses binary that happens to decode, because of its control characters', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 7 === 0 ? 0x01 : 0x41));
    expect(() => readText(bytes)).toThrow(expect.objectContaining({ code: 'unknown-encoding' }));
  });

  it('reads UTF-8 with a few stray NULs from a bad export, dropping them and saying so', () => {
    const original = readFileSync(sharedOriginal('xiegou-2020.txt'), 'utf8');
    const withNuls = original.replace(/。/gu, (stop, at: number) => (at % 5 === 0 ? `${stop}\0` : stop)).replace('法治', '法\0治');
    const nuls = withNuls.split('\0').length - 1;
    expect(nuls).toBeGreaterThan(1);
    const doc = readText(new TextEncoder().encode(withNuls));
    expect(doc.text).toBe(readText(new TextEncoder().encode(original)).text);
    expect(doc.warnings).toEqual([{ code: 'stray-nul-characters', message: expect.stringContaining(`${nuls} 个空字符`) }]);
    expect(readText(new TextEncoder().encode(original)).warnings).toEqual([]);
  });

  it('still refuses as binary text that is more NUL than stray', () => {
    const bytes = new TextEncoder().encode('关于2023年法治政府建设情况的报告\0\0\0\0\0\0');
    expect(() => readText(bytes)).toThrow(expect.objectContaining({ code: 'unknown-encoding' }));
  });
});
