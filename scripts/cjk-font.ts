// The benchmarks measure what a reader sees, and every reader of these reports has a Chinese
// font. A machine without one (a bare Debian image, as CI's) sends each first-seen character
// through a font fallback lookup that finds nothing: 30–75 ms more on the first rows of the
// matrix, a cost no real desk pays. The figures in the README were measured with Noto CJK.

import { execFileSync } from 'node:child_process';

export function warnWithoutCjkFont(): void {
  let families: string;
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    return; // no fontconfig: not a Linux desktop stack, fonts are the system's own
  }
  if (!families.trim()) {
    console.error('warning: no Chinese font installed (fc-list :lang=zh is empty); first renders will be slower than on any reader’s machine. Install one: apt-get install -y fonts-noto-cjk');
  }
}
