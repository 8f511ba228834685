// How many checking workers a batch gets. Each holds pdf.js and a compiled rule set, and the
// page itself needs a core of its own: with every core busy in workers, its frames starve while
// rows arrive (measured on 2 cores: longest gap 183 ms with 2 workers, 133–150 ms with 1, for
// the same throughput, since the page's own work then competes with nothing). At most four.
export function poolSize(cores = navigator.hardwareConcurrency): number {
  return Math.min(4, Math.max(1, (cores || 1) - 1));
}
