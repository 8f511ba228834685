// A docx is a zip. Before handing it to mammoth (which inflates everything into memory at once)
// we read the zip's directory ourselves and inflate every entry while only counting bytes, so a
// zip bomb is refused after a bounded amount of work instead of exhausting the tab's memory.

import { Inflate } from 'fflate';
import { MAX_COMPRESSION_RATIO, MAX_INFLATED_BYTES, RATIO_CHECK_AFTER_BYTES } from './limits.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The archive is structurally broken (truncated download, not a zip at all). */
export class ZipCorrupt extends Error {}
/** The archive inflates past the limits. */
export class ZipTooLarge extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const INFLATE_PIECE = 16 * 1024;

export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipCorrupt('central directory truncated');
    }
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > view.byteLength) throw new ZipCorrupt('central directory truncated');
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipCorrupt('no end of central directory: truncated or not a zip');
}

/** A raw-deflate decompressor as a stream. */
export type Inflater = () => TransformStream<Uint8Array, Uint8Array>;

/** The platform's own zlib (browsers and Node alike): native, where fflate's is JavaScript that
 *  runs cold in a fresh worker. Browsers before 2023 (Chromium 103, Firefox 113, Safari 16.4)
 *  lack the raw format, and government PCs keep old browsers: there, fflate does the work. */
export const platformInflater: Inflater = () => {
  try {
    return new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>;
  } catch {
    return fflateInflater();
  }
};

export const fflateInflater: Inflater = () => {
  let inflate: Inflate;
  return new TransformStream({
    start: (controller) => void (inflate = new Inflate((chunk) => controller.enqueue(chunk))),
    transform: (piece) => inflate.push(piece),
    flush: () => inflate.push(new Uint8Array(0), true),
  });
};

/** Throws ZipTooLarge unless the archive inflates within the limits, ZipCorrupt when an entry
 *  does not inflate. Each entry is inflated, its output counted and dropped chunk by chunk. */
export async function assertInflatesSafely(bytes: Uint8Array, entries: ZipEntry[], inflater = platformInflater): Promise<void> {
  let total = 0;
  for (const entry of entries) {
    total += await inflatedSize(bytes, entry, inflater, (size) => {
      if (total + size > MAX_INFLATED_BYTES) throw new ZipTooLarge('total inflated size over the cap');
    });
  }
}

async function inflatedSize(bytes: Uint8Array, entry: ZipEntry, inflater: Inflater, check: (sizeSoFar: number) => void): Promise<number> {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) {
    check(data.length);
    return data.length;
  }
  if (entry.method !== DEFLATED) throw new ZipCorrupt(`unsupported compression method ${entry.method}`);
  const input = inPieces(data);
  const reader = input.stream.pipeThrough(inflater()).getReader();
  let size = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.length;
      check(size);
      if (size > RATIO_CHECK_AFTER_BYTES && size / input.handedOn() > MAX_COMPRESSION_RATIO) {
        throw new ZipTooLarge('compression ratio of a zip bomb');
      }
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (error instanceof ZipTooLarge) throw error;
    throw new ZipCorrupt(`entry ${entry.name} does not inflate: ${String(error)}`);
  }
  return size;
}

/** The data as a stream of small pieces, handed on only as the inflater asks: one piece inflates
 *  to at most ~1032 times its size, so what one step can produce stays bounded. */
function inPieces(data: Uint8Array): { stream: ReadableStream<Uint8Array<ArrayBuffer>>; handedOn: () => number } {
  let at = 0;
  const stream = new ReadableStream(
    {
      pull(controller) {
        if (at >= data.length) return controller.close();
        controller.enqueue(data.slice(at, (at += INFLATE_PIECE)));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, handedOn: () => Math.min(at, data.length) };
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at === ZIP64_MARKER || at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipCorrupt(`local header of ${entry.name} missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  // A zip64 size is not read; inflating to the end of the file gives the same answer.
  const end = entry.compressedSize === ZIP64_MARKER ? bytes.length : start + entry.compressedSize;
  if (end > bytes.length) throw new ZipCorrupt(`entry ${entry.name} truncated`);
  return bytes.subarray(start, end);
}
