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

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
