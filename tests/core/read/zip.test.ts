import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assertInflatesSafely, fflateInflater, listEntries, platformInflater, ZipCorrupt, ZipTooLarge } from '../../../src/core/read/zip.ts';
import { buildDocx, rawZip, zipBomb } from '../../fixtures/build.ts';

describe('listEntries', () => {
  it('lists the parts of a docx', () => {
    expect(listEntries(buildDocx([{ text: '正文' }])).map((e) => e.name)).toContain('word/document.xml');
  });

  it('throws ZipCorrupt for a truncated archive', () => {
    const docx = buildDocx([{ text: '正文' }]);
    expect(() => listEntries(docx.subarray(0, docx.length - 30))).toThrow(ZipCorrupt);
    expect(() => listEntries(docx.subarray(0, 100))).toThrow(ZipCorrupt);
  });
});

// The platform's zlib where the browser has it, fflate where it is too old: the same verdicts.
describe.each([
  ['platform', platformInflater],
  ['fflate', fflateInflater],
])('assertInflatesSafely with the %s inflater', (_, inflater) => {
  it('accepts an ordinary docx', async () => {
    const docx = buildDocx([{ text: '正文'.repeat(5000) }]);
    await expect(assertInflatesSafely(docx, listEntries(docx), inflater)).resolves.toBeUndefined();
  });

  it('stops a single-entry bomb early by its compression ratio', async () => {
    const bomb = zipBomb(1, 64 * 1024 * 1024);
    await expect(assertInflatesSafely(bomb, listEntries(bomb), inflater)).rejects.toThrow(ZipTooLarge);
  });

  it('stops a bomb spread over many moderate entries by the total size', async () => {
    // 9 MB entries stay under the ratio check's threshold; 25 of them pass the 200 MB cap.
    const bomb = zipBomb(25, 9 * 1024 * 1024);
    await expect(assertInflatesSafely(bomb, listEntries(bomb), inflater)).rejects.toThrow(ZipTooLarge);
  });

  it('throws ZipCorrupt for deflate data that does not inflate', async () => {
    const zip = rawZip([{ name: 'word/document.xml', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), size: 10, crc: 0 }]);
    await expect(assertInflatesSafely(zip, listEntries(zip), inflater)).rejects.toThrow(ZipCorrupt);
  });

  it('throws ZipCorrupt when an entry is cut short', async () => {
    const data = deflateSync(new TextEncoder().encode('<w:document>'.repeat(1000)));
    const zip = rawZip([{ name: 'word/document.xml', data: data.subarray(0, data.length >> 1), size: 12000, crc: 0 }]);
    await expect(assertInflatesSafely(zip, listEntries(zip), inflater)).rejects.toThrow(ZipCorrupt);
  });

  it('reads stored (uncompressed) entries', async () => {
    const zip = zipSync({ 'word/document.xml': [new Uint8Array(100), { level: 0 }] });
    await expect(assertInflatesSafely(zip, listEntries(zip), inflater)).resolves.toBeUndefined();
  });
});
