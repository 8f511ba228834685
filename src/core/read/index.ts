// Reads a report file from its bytes into a DocumentText, in a Web Worker or in Node. The core
// touches no environment: whatever differs (how pdf.js and its CMaps are loaded) is the ReadEnv.

import { ReadError, type DocumentText } from '../document.ts';
import { throwIfAborted } from './cancel.ts';
import { readDoc } from './doc.ts';
import { readDocx } from './docx.ts';
import { MAX_FILE_BYTES } from './limits.ts';
import { readImage } from './image.ts';
import { readError, SPECIFIC } from './messages.ts';
import type { OcrLoader } from './ocr.ts';
import { readPdf, type PdfJsModule } from './pdf.ts';
import { readMht } from './mht.ts';
import { isOfd, readOfd } from './ofd.ts';
import { readRtf } from './rtf.ts';
import { sniffType } from './sniff.ts';
import { readText } from './text.ts';
import { readWebPage } from './web-page.ts';
import { readWordXml } from './word-xml.ts';
import { listEntries } from './zip.ts';

export interface ReadEnv {
  /** The pdf.js legacy build, already set up to run in this thread (see node-env / read-env). */
  pdfjs: PdfJsModule;
  /** Bytes of a packed CMap (`<name>.bcmap`), e.g. 'UniGB-UCS2-H'; rejects if not available. */
  cmap(name: string): Promise<Uint8Array>;
  /** Text recognition for scans; without it a scan is refused (`no-ocr`, `no-text-layer`). */
  ocr?: OcrLoader;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (p: { page: number; pages: number }) => void;
}

export type { PdfJsModule };

/** Throws ReadError, and only ReadError, for any input that cannot be checked. */
export async function readDocument(
  input: { name: string; bytes: Uint8Array },
  env: ReadEnv,
  options: ReadOptions = {},
): Promise<DocumentText> {
  const { bytes } = input;
  throwIfAborted(options.signal);
  if (bytes.length > MAX_FILE_BYTES) throw readError('too-large');
  if (bytes.length === 0) throw readError('empty');
  try {
    return await readByType(input, env, options);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw unexpected(sniffType(bytes));
  }
}

async function readByType({ name, bytes }: { name: string; bytes: Uint8Array }, env: ReadEnv, options: ReadOptions): Promise<DocumentText> {
  switch (sniffType(bytes)) {
    case 'pdf':
      return readPdf(bytes, env, options);
    case 'image':
      return readImage(bytes, env.ocr, options).catch((error: unknown) => {
        throw error instanceof ReadError && error.code === 'corrupt-image' ? (renamed(name) ?? error) : error;
      });
    case 'zip':
      return looksLikeOfd(bytes) ? readOfd(bytes, { ...options, ocr: env.ocr }) : readDocx(bytes, options.signal);
    case 'ole2':
      return readDoc(bytes);
    case 'mht':
      return readMht(bytes);
    case 'html':
      return readWebPage(bytes, 'html');
    case 'rtf':
      return readRtf(bytes);
    case 'word-xml':
      return readWordXml(bytes);
    case 'text':
      return readNamedText(name, bytes);
  }
}

/** Bytes that look like plain text, under the name of a markup format: an HTML fragment with no
 *  <html> is still a web page, and an .mht without its MIME structure must never be read as
 *  text (its quoted-printable would pass for the report). */
function readNamedText(name: string, bytes: Uint8Array): DocumentText {
  if (/\.html?$/iu.test(name)) return readWebPage(bytes, 'html');
  if (/\.mht(?:ml)?$/iu.test(name)) throw readError('corrupt-web-page', SPECIFIC.mhtNoHtml);
  return readPlainText(name, bytes);
}

/** A broken zip is left to the docx reader, whose message names the likelier case. */
function looksLikeOfd(bytes: Uint8Array): boolean {
  try {
    return isOfd(listEntries(bytes));
  } catch {
    return false;
  }
}

/** The type is decided by the bytes, but when bytes that are no PDF or Word document cannot be
 *  read as text either, the name says what the user meant to send: the problem is a damaged or
 *  renamed file, not a text encoding. */
function readPlainText(name: string, bytes: Uint8Array): DocumentText {
  try {
    return readText(bytes);
  } catch (error) {
    if (!(error instanceof ReadError) || error.code !== 'unknown-encoding') throw error;
    throw renamed(name) ?? error;
  }
}

/** Bytes that cannot be read (as text, or as the broken picture they start like), under the
 *  name of a report format: the problem is a damaged or renamed report. */
function renamed(name: string): ReadError | null {
  if (/\.pdf$/iu.test(name)) return readError('corrupt-pdf', SPECIFIC.notAPdf);
  if (/\.docx$/iu.test(name)) return readError('corrupt-docx', SPECIFIC.notADocx);
  if (/\.(?:doc|wps)$/iu.test(name)) return readError('corrupt-doc');
  if (/\.ofd$/iu.test(name)) return readError('corrupt-ofd');
  return null;
}

/** A bug or an input no check anticipated: still tell the user something they can act on. */
function unexpected(type: ReturnType<typeof sniffType>): ReadError {
  if (type === 'pdf') return readError('corrupt-pdf');
  if (type === 'image') return readError('corrupt-image');
  if (type === 'zip') return readError('corrupt-docx');
  if (type === 'ole2' || type === 'rtf' || type === 'word-xml') return readError('corrupt-doc');
  if (type === 'mht' || type === 'html') return readError('corrupt-web-page');
  return readError('unsupported-type');
}
