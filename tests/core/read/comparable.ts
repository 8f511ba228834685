// Test helper: the form in which extracted text is compared with an original. The reader keeps
// characters as the PDF gives them; folding compatibility forms (Kangxi radicals, full-width
// forms) and dropping whitespace is the later normalisation stage's job, mimicked here.

// CJK Radicals Supplement characters that some PDF fonts map to, which NFKC leaves alone.
const RADICALS_SUPPLEMENT: Record<string, string> = {
  '⺠': '民', '⻓': '长', '⻅': '见', '⻚': '页', '⻢': '马', '⻛': '风', '⻜': '飞', '⻉': '贝',
  '⻋': '车', '⻔': '门', '⻥': '鱼', '⻦': '鸟', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻙': '韦',
  '⻘': '青', '⻝': '食', '⻤': '鬼', '⻄': '西', '⻆': '角', '⻈': '讠', '⻁': '虎', '⻨': '麦',
  '⻰': '龙', '⻑': '長', '⻳': '龟', '⻭': '齿', '⻣': '骨', '⺟': '母',
};

// NFKC maps the Kangxi radical ⼾ to the Traditional 戶, but simplified text means 户.
const BEFORE_NFKC: Record<string, string> = { '⼾': '户', '⸺': '——', '⸻': '———' };

export function comparable(s: string): string {
  return s
    .replace(/[⼾⸺⸻]/g, (c) => BEFORE_NFKC[c])
    .normalize('NFKC')
    .replace(/[\u2e80-\u2eff]/g, (c) => RADICALS_SUPPLEMENT[c] ?? c)
    .replace(/\s+/g, '');
}
