// Reported years a piece of a rule set applies to: a format version, a deadline. Regulations and
// formats change in a given year, so the rule file says from which year and up to which.

export interface YearSpan {
  /** First reported year it applies to; null: since ever. */
  from: number | null;
  /** Last reported year; null: still in force. */
  to: number | null;
}

export function spans(span: YearSpan, year: number): boolean {
  return (span.from === null || year >= span.from) && (span.to === null || year <= span.to);
}

/** The span a rule file writes as optional `from:` and `to:`. */
export function yearSpanOf(written: { from?: number; to?: number }): YearSpan {
  return { from: written.from ?? null, to: written.to ?? null };
}
