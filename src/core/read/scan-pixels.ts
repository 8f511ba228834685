// A scanned page as the recogniser wants it: one grey level per pixel, with what is not text
// taken out. Decoders are pure JavaScript, loaded on the first scan only, so they run the same
// in Node and in a Web Worker (which has no DOM to decode images with).

import type { ImageKind } from './image-header.ts';

/** Interleaved 8-bit samples, row by row: 1 (grey), 2 (grey, alpha), 3 (RGB) or 4 (RGBA). */
export interface Pixels {
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

export interface GreyPage {
  width: number;
  height: number;
  /** One byte a pixel, 0 black to 255 white. */
  grey: Uint8Array;
}

/** Every page of an image file (a TIFF may hold many). Throws on a damaged file. */
export async function decodeImage(kind: ImageKind, bytes: Uint8Array): Promise<Pixels[]> {
  if (kind === 'png') {
    const { decode, convertIndexedToRgb } = await import('fast-png');
    const png = decode(bytes);
    if (png.palette) return [{ width: png.width, height: png.height, channels: png.transparency ? 4 : 3, data: convertIndexedToRgb(png) as Uint8Array }];
    const data = png.depth === 16 ? Uint8Array.from(png.data, (v) => v >> 8) : png.depth === 8 ? (png.data as Uint8Array) : unpackBits(png.data as Uint8Array, png.width * png.channels, png.height, png.depth);
    return [{ width: png.width, height: png.height, channels: png.channels as Pixels['channels'], data }];
  }
  if (kind === 'jpeg') {
    const { decode } = await import('jpeg-js');
    const jpeg = decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: 100, maxMemoryUsageInMB: 1024 });
    return [{ width: jpeg.width, height: jpeg.height, channels: 3, data: jpeg.data }];
  }
  const UTIF = await import('utif2');
  const buffer = bytes.slice().buffer;
  return UTIF.decode(buffer).map((ifd) => {
    UTIF.decodeImage(buffer, ifd);
    return { width: ifd.width as number, height: ifd.height as number, channels: 4 as const, data: UTIF.toRGBA8(ifd) };
  });
}

/** PNG's 1-, 2- and 4-bit greys, one sample a byte, scaled to 0–255. */
function unpackBits(packed: Uint8Array, samplesPerRow: number, rows: number, depth: number): Uint8Array {
  const out = new Uint8Array(samplesPerRow * rows);
  const rowBytes = Math.ceil((samplesPerRow * depth) / 8);
  const max = (1 << depth) - 1;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < samplesPerRow; x++) {
      const bit = x * depth;
      const byte = packed[y * rowBytes + (bit >> 3)];
      out[y * samplesPerRow + x] = Math.round((((byte >> (8 - depth - (bit & 7))) & max) * 255) / max);
    }
  }
  return out;
}

/**
 * The grey page the recogniser reads. Its grey is the red channel: black print is dark in every
 * channel, while a red seal is bright in red, so the seal fades to white and the text under it
 * stays (the luminance would turn the seal into dark blots over the words). Transparent pixels
 * are paper. Then isolated specks — scanner dust, noise — are removed.
 */
export function greyPage(pixels: Pixels): GreyPage {
  const { width, height, channels, data } = pixels;
  const grey = new Uint8Array(width * height);
  const alpha = channels === 2 || channels === 4;
  for (let i = 0; i < grey.length; i++) {
    const red = data[i * channels];
    grey[i] = alpha ? 255 - (((255 - red) * data[i * channels + channels - 1]) / 255) : red;
  }
  removeSpecks(grey, width, height);
  return { width, height, grey };
}

/** Darker than this (after the red channel) is ink. */
const INK = 140;

/**
 * Clears every dark blot too small to be a stroke: its box at most a three-hundredth of the
 * page's longer side each way (3 px on a 190 dpi A4 page, 6 px at 300 dpi), under the dots of
 * 氵 and the smallest punctuation of body text.
 */
function removeSpecks(grey: Uint8Array, width: number, height: number): void {
  const limit = Math.max(2, Math.round(Math.max(width, height) / 600));
  const seen = new Uint8Array(grey.length);
  const stack: number[] = [];
  const blot: number[] = [];
  for (let start = 0; start < grey.length; start++) {
    if (seen[start] || grey[start] >= INK) continue;
    seen[start] = 1;
    stack.push(start);
    blot.length = 0;
    let [x0, x1, y0, y1] = [width, 0, height, 0];
    while (stack.length > 0) {
      const at = stack.pop()!;
      blot.push(at);
      const x = at % width;
      const y = (at - x) / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const next of [at - 1, at + 1, at - width, at + width]) {
        if (next < 0 || next >= grey.length || seen[next] || grey[next] >= INK) continue;
        if ((next === at - 1 || next === at + 1) && Math.abs((next % width) - x) !== 1) continue;
        seen[next] = 1;
        stack.push(next);
      }
    }
    if (x1 - x0 < limit && y1 - y0 < limit) for (const at of blot) grey[at] = 255;
  }
}

/** A binary PGM (P5): the simplest format the recogniser's image library reads. */
export function pgm(page: GreyPage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${page.width} ${page.height}\n255\n`);
  const out = new Uint8Array(header.length + page.grey.length);
  out.set(header);
  out.set(page.grey, header.length);
  return out;
}
