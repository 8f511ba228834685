// localStorage holds only preferences (language, a custom rule set), never a document. It can be
// missing or full (private windows, file:// policies): then preferences simply are not kept.

const PREFIX = 'nianbao-check.';

export function recall(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch {
    // Not kept: the choice still holds for this visit.
  }
}
