// Page images (.png, .jpg, .tif — a TIFF may hold every page of a scan): refused from their
// header when absurdly large, then decoded and recognised.

import type { DocumentText } from '../document.ts';
import { imageKind, imageSizes, type ImageSize } from './image-header.ts';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_SCAN_PAGES } from './limits.ts';
import { readError, SPECIFIC } from './messages.ts';
import type { OcrLoader } from './ocr.ts';
import { readScan, type ScanOptions } from './scan.ts';
import { decodeImage, type Pixels } from './scan-pixels.ts';

export async function readImage(bytes: Uint8Array, ocr: OcrLoader | undefined, options: ScanOptions = {}): Promise<DocumentText> {
  const pages = pageImages(bytes);
  if (pages.length > MAX_SCAN_PAGES) throw readError('image-too-large', SPECIFIC.tooManyScanPages);
  if (!ocr) throw readError('no-ocr');
  return readScan('image', pages, await ocr(), options);
}

/**
 * The pages of an image file, each decoded when asked for. Throws at once, before anything is
 * decoded, when the file is no PNG, JPEG or TIFF, its header is broken, or a page is too large.
 */
export function pageImages(bytes: Uint8Array): (() => Promise<Pixels>)[] {
  const kind = imageKind(bytes);
  const sizes = kind && imageSizes(kind, bytes);
  if (!kind || !sizes) throw readError('corrupt-image');
  if (sizes.some(tooLarge)) throw readError('image-too-large');
  let decoded: Promise<Pixels[]> | null = null;
  return sizes.map((_, n) => async () => {
    decoded ??= decodeImage(kind, bytes).catch(() => Promise.reject(readError('corrupt-image')));
    const pages = await decoded;
    if (!pages[n] || pages[n].data.length < pages[n].width * pages[n].height * pages[n].channels) throw readError('corrupt-image');
    return pages[n];
  });
}

function tooLarge({ width, height }: ImageSize): boolean {
  return width * height > MAX_IMAGE_PIXELS || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE;
}
