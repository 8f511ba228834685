// Character accuracy of recognised text against its ground truth, as OCR evaluations count it:
// 1 − (insertions + deletions + substitutions) / characters of the truth, whitespace ignored and
// widths folded (NFKC: a full-width ， and the recogniser's , are one character, as the
// checker's matching view folds them).

export function characterAccuracy(recognised: string, truth: string): number {
  const a = [...recognised.normalize('NFKC').replace(/\s+/gu, '')];
  const b = [...truth.normalize('NFKC').replace(/\s+/gu, '')];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return 1 - previous[b.length] / b.length;
}
