// The file type comes from the bytes: users rename files, and browsers report whatever the
// extension says.

export type Sniffed = 'pdf' | 'zip' | 'ole2' | 'text';

const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]; // an archive with no entries
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, .wps, .xls of old Office

/** PDF writers sometimes put junk before the header; readers accept it within the first 1 KB. */
const PDF_HEADER_SEARCH = 1024;

export function sniffType(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  if (findPdfHeader(bytes) >= 0) return 'pdf';
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
