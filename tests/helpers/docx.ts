// Reads back the Word documents the exports write: the text as mammoth (the app's own docx
// reader) sees it, and the raw WordprocessingML for what text alone cannot show (fonts, sizes).

import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

/** The document's paragraphs, as Word would show their text. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split('\n').filter((line) => line.trim() !== '');
}

export function docxXml(bytes: Uint8Array, part = 'word/document.xml'): string {
  return strFromU8(unzipSync(bytes)[part]);
}
