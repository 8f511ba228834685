// The matching view: one folded copy of the report that rules match against, with an exact map
// back to the original. Evidence is always quoted from the original, in the user's own
// characters, so every folding step below records which original characters each view character
// came from.
//
// Folding, in order:
// 1. Whitespace. PDF extraction and justified Word layouts put spaces between Chinese characters
//    (「行 政 复 议」), so whitespace next to Chinese on both sides disappears — also between
//    Chinese and digits, because 「受理 13 件」 and 「2023 年」 mean 「受理13件」 and 「2023年」.
//    Other runs of spaces become one space. Line breaks stay: they are paragraph boundaries.
//    Zero-width characters and soft hyphens go.
// 2. Characters, one at a time:
//    - full-width ASCII → half-width. This covers digits and letters, and also the Chinese
//      punctuation that is full-width ASCII: （）→() ，→, ：→: ；→; ！→! ？→? ～→~.
//      The punctuation that has no ASCII twin stays as it is: 、。《》〈〉【】…
//    - every kind of quotation mark (“”‘’「」『』〝〞) → "   and every dash (—–―‑─ …) → -
//      so that a rule written with one style matches text written with another.
//    - Kangxi radicals, CJK radicals, CJK compatibility ideographs → the ordinary ideograph.
//      PDFs with broken font tables produce ⼀⽅⽂ for 一方文; they look identical but match nothing.
// 3. Traditional → Simplified with OpenCC's t2s tables (phrases first, then characters), so
//    rules written in Simplified Chinese also find 「行政復議」.
// Chinese numerals are left alone; numbers.ts reads them.

import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

export interface MatchView {
  /** The folded text rules match against. */
  text: string;
  /** Offset in the view → offset in the original where that view character's source starts.
   *  `text.length` maps to the original's length. For the end of a span use toOriginalEnd. */
  toOriginal(i: number): number;
  /** Exclusive end offset in the view → exclusive end in the original. Unlike toOriginal it does
   *  not reach over whitespace that folding removed after the span. */
  toOriginalEnd(i: number): number;
  /** Offset in the original → offset in the view. Characters that folding removed map to the
   *  next view character that survived. */
  toView(i: number): number;
  /** A view span [start, end) → the original span it was folded from. */
  originalSpan(start: number, end: number): Span;
}

export interface Span {
  start: number;
  end: number;
}

export function matchView(original: string): MatchView {
  const whole = identity(original);
  const folded = simplify(foldCharacters(foldWhitespace(whole)));
  return viewOf(original, folded);
}

/** The folded text alone, for folding the words of a rule the same way as the report. */
export function foldText(s: string): string {
  return matchView(s).text;
}

// ---------------------------------------------------------------------------------------------
// A text together with, for each of its UTF-16 units, the original span it came from.

interface Traced {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

function identity(s: string): Traced {
  const from = new Int32Array(s.length);
  const to = new Int32Array(s.length);
  for (let i = 0; i < s.length; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text: s, from, to };
}

/** Collects the output of one folding step, keeping the trace back to the original. */
class TraceBuilder {
  private readonly parts: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private length = 0;

  constructor(private readonly source: Traced) {
    this.from = new Int32Array(source.text.length + 16);
    this.to = new Int32Array(source.text.length + 16);
  }

  /** Emit `out` as the replacement of source units [start, end). Equal lengths map unit by unit;
   *  otherwise every emitted unit stands for the whole source span, which is the best we can say. */
  emit(out: string, start: number, end: number): void {
    if (out.length === 0) return;
    this.parts.push(out);
    this.reserve(out.length);
    const { from, to } = this.source;
    if (out.length === end - start) {
      // Most emits are one character; a plain loop beats creating subarrays for them.
      for (let k = 0; k < out.length; k++) {
        this.from[this.length + k] = from[start + k];
        this.to[this.length + k] = to[start + k];
      }
    } else {
      this.from.fill(from[start], this.length, this.length + out.length);
      this.to.fill(to[end - 1], this.length, this.length + out.length);
    }
    this.length += out.length;
  }

  /** Emit source units [start, end) unchanged. */
  keep(start: number, end: number): void {
    if (end > start) this.emit(this.source.text.slice(start, end), start, end);
  }

  done(): Traced {
    return { text: this.parts.join(''), from: this.from.subarray(0, this.length), to: this.to.subarray(0, this.length) };
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.from.length) return;
    const size = Math.max(this.from.length * 2, this.length + extra);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.from = grow(this.from);
    this.to = grow(this.to);
  }
}

function viewOf(original: string, folded: Traced): MatchView {
  const { text, from, to } = folded;
  const toOriginal = (i: number) => (i >= text.length ? original.length : from[Math.max(0, i)]);
  const toOriginalEnd = (i: number) => (i <= 0 ? (text.length ? from[0] : 0) : to[Math.min(i, text.length) - 1]);
  // `to` never decreases, so the first view unit whose source ends after i is found by bisection.
  const toView = (i: number) => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (to[mid] > i) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const originalSpan = (start: number, end: number): Span =>
    end <= start ? { start: toOriginal(start), end: toOriginal(start) } : { start: toOriginal(start), end: toOriginalEnd(end) };
  return { text, toOriginal, toOriginalEnd, toView, originalSpan };
}

// ---------------------------------------------------------------------------------------------
// Step 1: whitespace.

const enum Gap {
  Space,
  Invisible,
  LineBreak,
  Other,
}

function gapKind(cp: number): Gap {
  if (cp === 0x20 || cp === 0x09 || cp === 0xa0 || cp === 0x1680 || cp === 0x3000) return Gap.Space;
  if ((cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f) return Gap.Space;
  if (cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) return Gap.Invisible;
  if (cp === 0x0a || cp === 0x0d || cp === 0x0b || cp === 0x0c || cp === 0x2028 || cp === 0x2029) return Gap.LineBreak;
  return Gap.Other;
}

/** Characters that are set without spaces in Chinese: ideographs, radicals, CJK and full-width
 *  punctuation, and the general punctuation Chinese text uses (“” — …). */
function isChineseSetting(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3001 && cp <= 0x303f) || // CJK punctuation, 〇
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || // vertical and compatibility forms
    (cp >= 0xff01 && cp <= 0xffef) || // full-width forms
    (cp >= 0x2010 && cp <= 0x2027) || // dashes, quotes, ellipsis
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

const isDigit = (cp: number) => cp >= 0x30 && cp <= 0x39;

/** Whether a space between these two neighbours carries no meaning. */
function spaceIsNoise(before: number, after: number): boolean {
  const b = isChineseSetting(before);
  const a = isChineseSetting(after);
  return (b && a) || (b && isDigit(after)) || (isDigit(before) && a);
}

function foldWhitespace(src: Traced): Traced {
  const s = src.text;
  const out = new TraceBuilder(src);
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const kind = gapKind(cp);
    if (kind === Gap.Other) {
      const start = i;
      while (i < s.length && gapKind(s.charCodeAt(i)) === Gap.Other) i++;
      out.keep(start, i);
    } else if (kind === Gap.LineBreak) {
      // \r\n is one break; every other break character becomes \n.
      if (!(cp === 0x0d && s.charCodeAt(i + 1) === 0x0a)) out.emit('\n', i, i + 1);
      i++;
    } else {
      i = foldGapRun(s, i, out);
    }
  }
  return out.done();
}

/** Folds a run of spaces and invisible characters starting at i; returns where the run ends. */
function foldGapRun(s: string, i: number, out: TraceBuilder): number {
  const start = i;
  let hasSpace = false;
  while (i < s.length) {
    const kind = gapKind(s.charCodeAt(i));
    if (kind === Gap.Space) hasSpace = true;
    else if (kind !== Gap.Invisible) break;
    i++;
  }
  const before = start > 0 ? s.codePointAt(start - (isLowSurrogate(s.charCodeAt(start - 1)) ? 2 : 1))! : -1;
  const after = i < s.length ? s.codePointAt(i)! : -1;
  const atEdge = before < 0 || after < 0 || gapKind(before) === Gap.LineBreak || gapKind(after) === Gap.LineBreak;
  if (hasSpace && !atEdge && !spaceIsNoise(before, after)) out.emit(' ', start, i);
  return i;
}

const isLowSurrogate = (u: number) => u >= 0xdc00 && u <= 0xdfff;

// ---------------------------------------------------------------------------------------------
// Step 2: characters.

const QUOTES = '“”‘’「」『』〝〞〟‚„‟‛﹁﹂﹃﹄';
const DASHES = '‐‑‒–—―−─━﹘﹣';

/** The folded form of one code point, or null when it stays as it is. */
function foldCodePoint(cp: number): string | null {
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  if (cp === 0x301c) return '~';
  if (cp < 0x2010) return null;
  const ch = String.fromCodePoint(cp);
  if (QUOTES.includes(ch)) return '"';
  if (DASHES.includes(ch)) return '-';
  if (cp >= 0x2e80 && cp <= 0x2eff) return RADICAL_SUPPLEMENT.get(cp) ?? null;
  if (
    (cp >= 0x2f00 && cp <= 0x2fd5) || // Kangxi radicals: NFKC gives the ideograph
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0x2f800 && cp <= 0x2fa1f) ||
    (cp >= 0xffe0 && cp <= 0xffe6) // full-width ￥ ￠ …
  ) {
    const n = ch.normalize('NFKC');
    return n === ch ? null : n;
  }
  return null;
}

function foldCharacters(src: Traced): Traced {
  const s = src.text;
  const out = new TraceBuilder(src);
  let unchangedFrom = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded !== null) {
      out.keep(unchangedFrom, i);
      out.emit(folded, i, i + width);
      unchangedFrom = i + width;
    }
    i += width;
  }
  out.keep(unchangedFrom, s.length);
  return out.done();
}

// The CJK Radicals Supplement has no NFKC mapping (except ⺟ and ⻳), so the equivalents come from
// Unicode's EquivalentUnifiedIdeograph.txt, U+2E81..U+2EF3: radical, then its ideograph.
const RADICAL_SUPPLEMENT_PAIRS =
  '⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕彐 ⺖忄 ⺗心 ⺘扌 ' +
  '⺙攵 ⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ' +
  '⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ' +
  '⻈讠 ⻉贝 ⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ' +
  '⻟飠 ⻠饣 ⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟';

const RADICAL_SUPPLEMENT = new Map<number, string>(
  RADICAL_SUPPLEMENT_PAIRS.split(' ').map((pair) => {
    const [radical, ideograph] = [...pair];
    return [radical.codePointAt(0)!, ideograph];
  }),
);

// ---------------------------------------------------------------------------------------------
// Step 3: Traditional → Simplified.
//
// opencc-js's own converter returns only the converted string. We walk its trie ourselves with the
// same longest-match rule, so each phrase it replaces is traced to its source span even in the
// rare cases where the lengths differ (a few characters convert to or from astral code points).
// Only the t2s tables are loaded (about 40 kB), not the full preset (over 1 MB).

// Taiwan writes 复 as 覆 in some words, and OpenCC folds 答覆, 回覆, 批覆, 函覆 back to 复 but keeps
// 覆 in the review terms: Traditional 行政覆議 (and a careless Simplified 覆议) must still match 复议.
// Only whole words: 覆盖, 颠覆, 覆灭 keep their 覆.
const REVIEW_WORDS = '覆議 复议|覆议 复议|覆核 复核|覆查 复查|覆審 复审|覆审 复审';

let simplifierTrie: Trie | null = null;

function simplifier(): Trie {
  if (!simplifierTrie) {
    simplifierTrie = new Trie();
    // The first dictionary wins where two hold the same phrase.
    simplifierTrie.loadDictGroup([REVIEW_WORDS, TSPhrases, TSCharacters]);
  }
  return simplifierTrie;
}

function simplify(src: Traced): Traced {
  const trie = simplifier();
  const s = src.text;
  const out = new TraceBuilder(src);
  let unchangedFrom = 0;
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    // Only CJK can convert; skipping the trie for everything else keeps this fast.
    const match = code >= 0x3400 ? trie.matchPrefix(s, i) : null;
    if (match && match.value !== s.slice(i, match.end)) {
      out.keep(unchangedFrom, i);
      out.emit(match.value, i, match.end);
      i = unchangedFrom = match.end;
    } else {
      i = match ? match.end : i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    }
  }
  out.keep(unchangedFrom, s.length);
  return out.done();
}
