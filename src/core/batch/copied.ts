// Passages of this year's report copied nearly verbatim from last year's. A report that repeats
// last year's achievements word for word has not reported this year's work; a reviewer wants to
// see those sentences side by side.
//
// Sentences are compared on the matching view (Traditional/Simplified, full/half width and
// spacing do not count as changes) with punctuation dropped, by the Dice coefficient of their
// character bigram sets. An inverted index from bigram to last year's sentences finds the
// candidates for each of this year's sentences, so the work grows with the shared bigrams, not
// with the product of the two sentence counts.

import { matchView, type MatchView } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';
import { SET_PHRASES } from './set-phrases.ts';

/** A quoted sentence in its report's original text. */
export interface Passage {
  quote: string;
  start: number;
  end: number;
}

export interface CopiedPassage {
  /** Dice coefficient of the two sentences' bigrams, 0..1. */
  similarity: number;
  older: Passage;
  newer: Passage;
}

export interface Copied {
  /** In the newer report's order. */
  passages: CopiedPassage[];
  /** Share of the newer report's words (characters without punctuation) that stand in copied sentences. */
  share: number;
}

export const COPY_THRESHOLD = 0.85;
/** Shorter sentences are headings and formulas ("一是加强组织领导"), alike in every report. */
export const MIN_SENTENCE = 25;

interface Sentence {
  /** Offsets into the view. */
  start: number;
  end: number;
  /** Distinct character bigrams of the sentence's words. */
  grams: number[];
  /** Characters of the sentence without punctuation and spaces. */
  size: number;
  /** Whether it says enough of its own to count (see comparable). */
  comparable: boolean;
}

interface Prepared {
  original: string;
  view: MatchView;
  sentences: Sentence[];
  size: number;
}

export function findCopied(older: string, newer: string): Copied {
  const before = prepare(older);
  const after = prepare(newer);
  const index = indexOf(before.sentences);
  const shared = new Int32Array(before.sentences.length);
  const passages: CopiedPassage[] = [];
  let copiedSize = 0;
  for (const s of after.sentences) {
    if (!s.comparable) continue;
    const match = bestMatch(s, before.sentences, index, shared);
    if (!match || match.similarity < COPY_THRESHOLD) continue;
    copiedSize += s.size;
    passages.push({ similarity: match.similarity, older: passageOf(before, match.sentence), newer: passageOf(after, s) });
  }
  return { passages, share: after.size ? copiedSize / after.size : 0 };
}

function prepare(original: string): Prepared {
  const view = matchView(original);
  const sentences = splitSentences(view.text).map((s) => sentenceOf(s.start, s.end, s.text));
  return { original, view, sentences, size: sentences.reduce((n, s) => n + s.size, 0) };
}

const WORD = /[\p{L}\p{N}]/u;

function sentenceOf(start: number, end: number, text: string): Sentence {
  let words = '';
  for (const ch of text) if (WORD.test(ch)) words += ch;
  const grams = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) grams.add(words.charCodeAt(i) * 0x10000 + words.charCodeAt(i + 1));
  return { start, end, grams: [...grams], size: words.length, comparable: comparable(words) };
}

/** A sentence counts when at least MIN_SENTENCE of its characters, and most of them, are its own
 *  rather than set phrases: every report opens with 坚持以习近平新时代中国特色社会主义思想为指导…,
 *  and flagging that as copied would bury the passages that matter. */
function comparable(words: string): boolean {
  if (words.length < MIN_SENTENCE) return false;
  const own = words.length - setPhraseCover(words);
  return own >= MIN_SENTENCE && own * 2 > words.length;
}

/** How many characters of `words` stand in some set phrase. */
function setPhraseCover(words: string): number {
  const covered = new Uint8Array(words.length);
  for (const phrase of SET_PHRASES) {
    for (let at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) covered.fill(1, at, at + phrase.length);
  }
  return covered.reduce((n, c) => n + c, 0);
}

function indexOf(sentences: Sentence[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  sentences.forEach((s, id) => {
    if (!s.comparable) return;
    for (const g of s.grams) {
      const list = index.get(g);
      if (list) list.push(id);
      else index.set(g, [id]);
    }
  });
  return index;
}

/** The most similar indexed sentence. `shared` is scratch space, all zero between calls. */
function bestMatch(s: Sentence, candidates: Sentence[], index: Map<number, number[]>, shared: Int32Array) {
  const touched: number[] = [];
  for (const g of s.grams) {
    for (const id of index.get(g) ?? []) if (shared[id]++ === 0) touched.push(id);
  }
  let best: { sentence: Sentence; similarity: number } | null = null;
  for (const id of touched) {
    const other = candidates[id];
    const similarity = (2 * shared[id]) / (s.grams.length + other.grams.length);
    if (!best || similarity > best.similarity) best = { sentence: other, similarity };
    shared[id] = 0;
  }
  return best;
}

function passageOf(p: Prepared, s: Sentence): Passage {
  const start = p.view.toOriginal(s.start);
  const end = p.view.toOriginalEnd(s.end);
  return { quote: p.original.slice(start, end), start, end };
}
