// Sentences are the unit rules match in: a fact and the topic it belongs to stand in one
// sentence far more often than in one paragraph, and a paragraph of a report can run a page.

export interface Sentence {
  /** Offsets into the text that was split (the matching view). */
  start: number;
  end: number;
  text: string;
}

const END = /[。！？!?；;\n]/u;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    if (!END.test(text[i])) continue;
    // keep the full stop with its sentence, but not the line break
    push(text[i] === '\n' ? i : i + 1);
    start = i + 1;
  }
  push(text.length);
  return out;
}
