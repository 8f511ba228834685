// Term patterns of the rule language, kept simple enough for a 法制 office to write:
//   行政复议            the words themselves
//   复议…案件           复议, then 案件 shortly after (same clause, a few characters apart)
//   规范性文件 + 备案    both somewhere in the same sentence, in any order
// Matching ignores punctuation and spaces inside the words (谁执法、谁普法 = 谁执法谁普法), so
// rules state concepts, not one report's typography.

const NEAR = 12;
const IGNORED = /[\s、，,。．.；;：:"'“”‘’「」『』《》〈〉()（）【】\[\]·•\-—]/u;

export interface TermMatch {
  /** Offsets into the text given to matchTerm (not the compacted one). */
  start: number;
  end: number;
}

export type Term =
  | { kind: 'words'; source: string; words: string }
  | { kind: 'near'; source: string; first: string; then: string }
  | { kind: 'together'; source: string; all: string[] };

export function compileTerm(source: string, fold: (s: string) => string = (s) => s): Term {
  const clean = (s: string) => compactOf(fold(s.trim())).text;
  if (source.includes(' + ')) return { kind: 'together', source, all: source.split(' + ').map(clean).filter(Boolean) };
  const near = source.split(/…|\.\.\./);
  if (near.length === 2) return { kind: 'near', source, first: clean(near[0]), then: clean(near[1]) };
  return { kind: 'words', source, words: clean(source) };
}

/** A text without the ignored characters, with the way back to the original offsets. */
export interface Compact {
  text: string;
  /** index in compact text → index in the original */
  at: number[];
}

export function compactOf(text: string): Compact {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.test(text[i])) continue;
    out += text[i];
    at.push(i);
  }
  at.push(text.length);
  return { text: out, at };
}

const NONE: TermMatch[] = [];

function span(c: Compact, s: number, e: number): TermMatch {
  return { start: c.at[s], end: c.at[e - 1] + 1 };
}

/** First match of the term in the compacted text, in original offsets. */
export function matchTerm(term: Term, c: Compact): TermMatch | null {
  switch (term.kind) {
    case 'words': {
      const i = c.text.indexOf(term.words);
      return i < 0 ? null : span(c, i, i + term.words.length);
    }
    case 'near': {
      for (let i = c.text.indexOf(term.first); i >= 0; i = c.text.indexOf(term.first, i + 1)) {
        const from = i + term.first.length;
        const j = c.text.indexOf(term.then, from);
        if (j >= 0 && j - from <= NEAR) return span(c, i, j + term.then.length);
      }
      return null;
    }
    case 'together': {
      // The mention is the stretch that holds all the words: a fact near any of them is near it.
      let from = Infinity;
      let to = -1;
      for (const words of term.all) {
        const i = c.text.indexOf(words);
        if (i < 0) return null;
        from = Math.min(from, i);
        to = Math.max(to, i + words.length);
      }
      return span(c, from, to);
    }
  }
}

/** Every match of the term: each place the words stand, or the first word with the second
 * shortly after; the first for a term of words anywhere in the sentence. */
export function matchesOf(term: Term, c: Compact): TermMatch[] {
  if (term.kind === 'words' && !c.text.includes(term.words)) return NONE;
  if (term.kind === 'together') {
    const m = matchTerm(term, c);
    return m ? [m] : [];
  }
  const out: TermMatch[] = [];
  if (term.kind === 'near') {
    if (!c.text.includes(term.then)) return NONE;
    for (let i = c.text.indexOf(term.first); i >= 0; i = c.text.indexOf(term.first, i + 1)) {
      const from = i + term.first.length;
      const j = c.text.indexOf(term.then, from);
      if (j >= 0 && j - from <= NEAR) out.push(span(c, i, j + term.then.length));
    }
    return out;
  }
  for (let i = c.text.indexOf(term.words); i >= 0; i = c.text.indexOf(term.words, i + 1)) out.push(span(c, i, i + term.words.length));
  return out;
}

export function matchAny(terms: Term[], c: Compact): { term: Term; match: TermMatch } | null {
  for (const term of terms) {
    const match = matchTerm(term, c);
    if (match) return { term, match };
  }
  return null;
}
