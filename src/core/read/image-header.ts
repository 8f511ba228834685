// A page image's kind and size, read from its first bytes: an image bomb (a tiny file that
// decodes to gigabytes of pixels) must be refused before a decoder allocates anything.

export type ImageKind = 'png' | 'jpeg' | 'tiff';

export interface ImageSize {
  width: number;
  height: number;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const TIFF_LE = [0x49, 0x49, 0x2a, 0x00];
const TIFF_BE = [0x4d, 0x4d, 0x00, 0x2a];

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, TIFF_LE) || startsWith(bytes, TIFF_BE)) return 'tiff';
  return null;
}

/** The declared size, or null when the header is cut short or malformed. A TIFF's pages may
 *  differ, so its size is the largest page's. */
export function imageSizes(kind: ImageKind, bytes: Uint8Array): ImageSize[] | null {
  try {
    if (kind === 'png') return pngSize(bytes);
    if (kind === 'jpeg') return jpegSize(bytes);
    return tiffSizes(bytes);
  } catch {
    return null;
  }
}

function pngSize(bytes: Uint8Array): ImageSize[] | null {
  // The IHDR chunk always comes first: length, "IHDR", width, height (big-endian).
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [{ width: view.getUint32(16), height: view.getUint32(20) }];
}

/** The first start-of-frame marker (SOF0–SOF15 less DHT, JPG and DAC) holds height and width. */
function jpegSize(bytes: Uint8Array): ImageSize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [{ height: view.getUint16(at + 5), width: view.getUint16(at + 7) }];
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

const TIFF_WIDTH = 256;
const TIFF_HEIGHT = 257;
/** More pages than any report has: the chain of directories is also a loop an attacker can make. */
const MAX_TIFF_PAGES = 500;

function tiffSizes(bytes: Uint8Array): ImageSize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const sizes: ImageSize[] = [];
  const seen = new Set<number>();
  for (let ifd = u32(4); ifd !== 0; ifd = u32(ifd + 2 + u16(ifd) * 12)) {
    if (seen.has(ifd) || seen.size >= MAX_TIFF_PAGES) return null;
    seen.add(ifd);
    const size = { width: 0, height: 0 };
    for (let i = 0; i < u16(ifd); i++) {
      const entry = ifd + 2 + i * 12;
      const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
      if (u16(entry) === TIFF_WIDTH) size.width = value;
      if (u16(entry) === TIFF_HEIGHT) size.height = value;
    }
    if (size.width === 0 || size.height === 0) return null;
    sizes.push(size);
  }
  return sizes.length > 0 ? sizes : null;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}
