// Cancellation is a normal outcome (the user picked another file), so it is a ReadError too.

import { readError } from './messages.ts';

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw readError('cancelled');
}
