// Worksheet names as Excel accepts them: at most 31 characters, none of []:*?/\, not starting or
// ending with an apostrophe, and unique regardless of case. Excel refuses the whole file otherwise.

export const MAX_SHEET_NAME = 31;

/** One valid name per wish, in order; `taken` names (e.g. 总表) are avoided too. */
export function sheetNames(wishes: readonly string[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return wishes.map((wish) => {
    const base = cleaned(wish) || '报告';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = truncate(base, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function cleaned(wish: string): string {
  const plain = wish
    .replace(/[[\]:*?/\\]/gu, '_')
    .replace(/\s+/gu, ' ')
    .trim();
  return truncate(plain, MAX_SHEET_NAME).replace(/^'+|'+$/gu, '').trim();
}

/** Cut to `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const high = s.charCodeAt(max - 1);
  return s.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}
