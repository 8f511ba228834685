import { describe, expect, it } from 'vitest';
import { sniffType } from '../../../src/core/read/sniff.ts';
import { buildDocx, buildPdf, oldWordDoc, textPage } from '../../fixtures/build.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniffType', () => {
  it('recognises a PDF by its %PDF header, also after leading junk', () => {
    expect(sniffType(buildPdf([textPage(['x'])]))).toBe('pdf');
    expect(sniffType(bytes('\r\n\r\n%PDF-1.7\n'))).toBe('pdf');
  });

  it('recognises a zip (docx) by PK\\3\\4', () => {
    expect(sniffType(buildDocx([{ text: '正文' }]))).toBe('zip');
  });

  it('recognises old Word/WPS compound files', () => {
    expect(sniffType(oldWordDoc())).toBe('ole2');
  });

  it('treats everything else as text', () => {
    expect(sniffType(bytes('关于2023年法治政府建设情况的报告'))).toBe('text');
    expect(sniffType(bytes('PK'))).toBe('text');
    expect(sniffType(new Uint8Array([0x25, 0x50, 0x44]))).toBe('text');
  });
});
