// The file type comes from the bytes: users rename files, and browsers report whatever the
// extension says.

import { imageKind } from './image-header.ts';

export type Sniffed = 'pdf' | 'zip' | 'ole2' | 'image' | 'mht' | 'html' | 'rtf' | 'word-xml' | 'text';

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]; // an archive with no entries
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, .wps, .xls of old Office

/** PDF writers sometimes put junk before the header; readers accept it within the first 1 KB. */
const PDF_HEADER_SEARCH = 1024;

export function sniffType(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  if (imageKind(bytes)) return 'image';
  if (findPdfHeader(bytes) >= 0) return 'pdf';
  return sniffMarkup(bytes);
}

/** How much of the start is looked at to tell markup from plain text. */
const MARKUP_HEAD = 4096;

/** Word and WPS "save as" .doc can be RTF, HTML or Word 2003 XML; a browser saves .mht as MIME. */
function sniffMarkup(bytes: Uint8Array): Sniffed {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, MARKUP_HEAD)).replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/u, '');
  const start = head.trimStart();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (/^MIME-Version:/imu.test(head) && /^Content-Type:\s*multipart\//imu.test(head)) return 'mht';
  if (/^<\?xml[^>]*>\s*(?:<\?mso-application[^>]*Word\.Document|<w:wordDocument|<pkg:package)/iu.test(start)) return 'word-xml';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title)\b/iu.test(start)) return 'html';
  return 'text';
}

function findPdfHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF.length, PDF_HEADER_SEARCH);
  for (let i = 0; i <= limit; i++) {
    if (startsWith(bytes, PDF, i)) return i;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}
