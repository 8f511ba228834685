// Web copies carry the site's watermark inside the text: its name and address repeated every
// screenful, often in the middle of a word ("习近平法治思某某县人民政府网 http://… 想"). The
// matching view must read through it, while quotes stay verbatim. The watermark is blanked to
// spaces, keeping every offset; the matching view then folds the spaces away.

const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9.\-_/~%?=&#:]+/gu;
const MAX_NAME = 30;

/** The same text with repeated site names and every web address replaced by spaces. */
export function blankWatermarks(text: string): string {
  const urls = [...text.matchAll(URL)];
  if (!urls.length) return text;
  const chars = text.split('');
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) chars[i] = ' ';
  };
  const byAddress = new Map<string, number[]>();
  for (const m of urls) byAddress.set(m[0], [...(byAddress.get(m[0]) ?? []), m.index!]);
  for (const [address, starts] of byAddress) {
    const name = starts.length > 1 ? commonSuffix(starts.map((s) => text.slice(Math.max(0, s - MAX_NAME), s))) : '';
    for (const s of starts) blank(s - name.length, s + address.length);
  }
  return chars.join('');
}

/** Mirrors that convert between character sets gloss characters with their pinyin inside
 * words: 領(lǐng)導, 學(xué)法. */
const PINYIN_GLOSS = /(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}\)/gu;

/** The same text with pinyin glosses blanked to spaces, offsets kept. */
export function blankPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, (g) => ' '.repeat(g.length));
}

/** The site's name: what every occurrence of the address has just before it. */
function commonSuffix(befores: string[]): string {
  let n = 0;
  while (n < MAX_NAME && befores.every((b) => b.length > n && b[b.length - 1 - n] === befores[0][befores[0].length - 1 - n])) n++;
  return befores[0].slice(befores[0].length - n);
}
