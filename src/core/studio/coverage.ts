// Coverage of a rule set over what is loaded in the studio: rules that no report and no example
// makes present, and terms that match nothing at all — dead weight, or a term mistyped.

import type { Verdict } from '../report.ts';
import { termLists, type CompiledRule } from '../rules/compile.ts';
import { matchTerm, type Compact, type Term } from '../text/terms.ts';

export interface Coverage {
  neverPresent: { id: string; title: string; line: number }[];
  unmatched: { rule: string; field: string; term: string; line: number }[];
}

/** Which terms match some loaded text, remembered by the term's source: an edit changes a few
 *  terms, and only those are looked for again. */
export class TermSightings {
  #texts: Compact[] = [];
  #seen = new Map<string, boolean>();

  add(text: Compact): void {
    this.#texts.push(text);
    for (const [source, seen] of this.#seen) if (!seen) this.#seen.delete(source);
  }

  seen(term: Term): boolean {
    let seen = this.#seen.get(term.source);
    if (seen === undefined) this.#seen.set(term.source, (seen = this.#texts.some((t) => matchTerm(term, t) !== null)));
    return seen;
  }
}

/** `sightings` says whether a term matches some loaded text (one TermSightings or several). */
export function coverage(rules: CompiledRule[], verdicts: Verdict[][], sightings: Pick<TermSightings, 'seen'>): Coverage {
  const present = new Set(verdicts.flatMap((list) => list.filter((v) => v.status === 'present').map((v) => v.id)));
  return {
    neverPresent: rules.filter((r) => !present.has(r.rule.id)).map(({ rule }) => ({ id: rule.id, title: rule.title, line: rule.line })),
    unmatched: rules.flatMap((r) =>
      termLists(r).flatMap(({ field, terms }) => terms.filter((t) => !sightings.seen(t)).map((t) => ({ rule: r.rule.id, field, term: t.source, line: r.rule.line }))),
    ),
  };
}
