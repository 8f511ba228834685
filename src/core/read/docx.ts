// docx → paragraphs via mammoth. The zip is vetted first (see zip.ts) because mammoth inflates
// every part into memory and would happily expand a zip bomb.

import mammoth from 'mammoth';
import { fromParagraphs, type DocumentText } from '../document.ts';
import { htmlBlocks } from './html-blocks.ts';
import { readError, SPECIFIC } from './messages.ts';
import { assertInflatesSafely, listEntries, ZipCorrupt, ZipTooLarge, type ZipEntry } from './zip.ts';
import { throwIfAborted } from './cancel.ts';

// Chinese Word and WPS often name their heading styles in Chinese; mammoth only knows English.
const STYLE_MAP = [
  "p[style-name^='标题'] => h2:fresh",
  "p[style-name^='heading'] => h2:fresh",
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
];

export async function readDocx(bytes: Uint8Array, signal?: AbortSignal): Promise<DocumentText> {
  await vetZip(bytes);
  throwIfAborted(signal);
  const html = await convert(bytes);
  throwIfAborted(signal);
  const blocks = htmlBlocks(html);
  if (blocks.every((b) => b.emptyCell)) throw readError('empty', SPECIFIC.emptyDocx);
  return fromParagraphs('docx', blocks);
}

/** Throws the user-facing error for anything that is not a sane docx zip. */
async function vetZip(bytes: Uint8Array): Promise<void> {
  try {
    const entries = listEntries(bytes);
    if (!isWordDocument(entries)) throw readError('unsupported-type', SPECIFIC.zipNotDocx);
    await assertInflatesSafely(bytes, entries);
  } catch (error) {
    if (error instanceof ZipTooLarge) throw readError('too-large', SPECIFIC.zipBomb);
    if (error instanceof ZipCorrupt) throw readError('corrupt-docx');
    throw error;
  }
}

function isWordDocument(entries: ZipEntry[]): boolean {
  return entries.some((e) => e.name === 'word/document.xml');
}

async function convert(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      // Images are irrelevant to the check; not decoding them saves time and memory.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    return result.value;
  } catch {
    throw readError('corrupt-docx');
  }
}
