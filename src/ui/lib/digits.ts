// Numbers as the interface shows them: digits grouped by three with commas (12,345), at most
// four decimals — the same in Chinese and English. Written out rather than asked of
// toLocaleString: the first call builds an ICU number formatter, about 25 ms of the first
// checklist's render on a slow machine.

const GROUPS_OF_THREE = /\B(?=(\d{3})+(?!\d))/g;

export function groupedNumber(value: number): string {
  const [whole, fraction] = String(Number(value.toFixed(4))).split('.');
  return whole.replace(GROUPS_OF_THREE, ',') + (fraction ? `.${fraction}` : '');
}
