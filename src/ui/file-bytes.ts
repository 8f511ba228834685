// A chosen file is a handle the browser reads on demand, not a copy: once the file is moved,
// renamed, deleted or changed on disk, reading it fails. A batch keeps no text and reads a report
// again when the reviewer opens or compares it, so this happens, and must be a message, not a crash.

import type { CheckFailure } from './worker/protocol.ts';

/** The failure of a file that can no longer be read; the message is the interface's (t.unreadableFile). */
export const UNREADABLE: CheckFailure = { code: 'unreadable-file', message: '' };

/** The file's bytes, or null when the browser can no longer read it. */
export async function fileBytes(file: Blob): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}
