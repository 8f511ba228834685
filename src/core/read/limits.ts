// Hard limits that keep a hostile or accidental input from freezing the user's browser tab.
// Real reports are a few MB at most; anything far beyond that is not a report.

/** Larger files are refused before any parsing, so a huge file fails at once. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Total bytes a docx may inflate to; a real report's XML is a few MB. */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

/**
 * Deflate tops out near 1032:1, XML in real documents compresses 5–30:1. A large entry at an
 * extreme ratio is a zip bomb even when it stays under the total cap.
 */
export const MAX_COMPRESSION_RATIO = 300;
/** The ratio check only applies past this many inflated bytes, so tiny files never trip it. */
export const RATIO_CHECK_AFTER_BYTES = 10 * 1024 * 1024;

/** A page image larger than this many pixels is refused from its header, before decoding: an
 *  A4 page scanned at 600 dpi is 35 million, and decoding holds 4 bytes a pixel. */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Neither side of a page image may exceed this (a 1 × 40,000,000 strip is no page either). */
export const MAX_IMAGE_SIDE = 12_000;

/** Scanned pages recognised at most: a report is tens of pages, and each takes seconds. */
export const MAX_SCAN_PAGES = 300;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
