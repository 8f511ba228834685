// Plain-text reports come from web pages saved by hand, so they arrive as UTF-8, GB18030/GBK
// (Windows Notepad in Chinese locales) or UTF-16 (Notepad's "Unicode"). The characters must
// survive verbatim: evidence quotes are later matched against the original file.

import { fromParagraphs, type DocumentText } from '../document.ts';
import { readError, WARNINGS } from './messages.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Share of control characters above which the "text" is really binary. */
const MAX_CONTROL_SHARE = 0.01;
/** A bad export leaves a few stray NULs in good text; more than this share means binary. */
const MAX_STRAY_NUL_SHARE = 0.01;

export function readText(bytes: Uint8Array): DocumentText {
  const { text, dropped } = withoutStrayNuls(decodeText(bytes));
  if (isBinary(text)) throw readError('unknown-encoding');
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) throw readError('empty');
  const warnings = dropped ? [{ code: 'stray-nul-characters', message: WARNINGS.strayNuls(dropped) }] : [];
  return fromParagraphs('txt', lines.map((line) => ({ text: line })), null, warnings);
}

/** Drops NULs when they are few: the report is readable and the user is told. */
function withoutStrayNuls(text: string): { text: string; dropped: number } {
  const nuls = text.split('\0').length - 1;
  if (!nuls || nuls > text.length * MAX_STRAY_NUL_SHARE) return { text, dropped: 0 };
  return { text: text.replaceAll('\0', ''), dropped: nuls };
}

/** Decodes by BOM, else by which decoder accepts every byte (UTF-8 rarely validates by chance). */
export function decodeText(bytes: Uint8Array): string {
  const encoding = detectEncoding(bytes);
  if (!encoding) throw readError('unknown-encoding');
  return new TextDecoder(encoding).decode(bytes);
}

export function detectEncoding(bytes: Uint8Array): TextEncoding | null {
  const bom = encodingFromBom(bytes);
  if (bom) return bom;
  const utf16 = utf16FromZeroBytes(bytes);
  if (utf16) return utf16;
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    if (decodesCleanly(bytes, encoding)) return encoding;
  }
  return null;
}

export function encodingFromBom(b: Uint8Array): TextEncoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 saved without a BOM. Real UTF-8 and GB18030 text never contains a zero byte, UTF-16
 * text nearly always does; the byte order is the one that decodes to plausible Chinese text.
 */
function utf16FromZeroBytes(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length & ~1, 4096));
  if (!sample.includes(0)) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(encoding).decode(sample);
    const plausible = text.match(PLAUSIBLE_CHARS)?.length ?? 0;
    if (plausible >= text.length * 0.9) return encoding;
  }
  return null;
}

/** ASCII, CJK ideographs and punctuation, full-width forms: what a report is made of. */
const PLAUSIBLE_CHARS = /[\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g;

function decodesCleanly(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** NULs and other C0 controls do not occur in real text files; they do in every binary. */
export function isBinary(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  return controls > Math.max(2, text.length * MAX_CONTROL_SHARE);
}
