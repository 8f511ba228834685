// The result of checking one document: the shape of ../shared/framework/CLI.md, shared by the
// CLI's JSON, the web app and the exports.

export type Status = 'present' | 'weak' | 'missing';
export type Severity = 'error' | 'warning' | 'info';

export interface Evidence {
  /** Verbatim text of the document (original characters). */
  quote: string;
  /** Heading of the section the quote stands in, or null before the first heading. */
  section: string | null;
  start: number;
  end: number;
  page: number | null;
}

export interface Verdict {
  id: string;
  title: string;
  group: 'A' | 'B';
  status: Status;
  reason: string;
  advice: string | null;
  /** Which requirement the indicator comes from, e.g. 《法治政府建设与责任落实督察工作规定》第二十五条. */
  source: string;
  evidence: Evidence[];
}

export interface Finding {
  kind: string;
  code: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
}

export interface Figure {
  indicator: string;
  name: string;
  value: number;
  unit: string;
  approximate: boolean;
  quote: string;
  start: number;
  end: number;
  page: number | null;
}

export interface Report {
  file: string;
  format: string;
  ruleset: { id: string; version: string };
  year: number | null;
  stats: { characters: number; paragraphs: number; pages: number | null; ms: number };
  results: Verdict[];
  findings: Finding[];
  figures?: Figure[];
}

export interface FailedReport {
  file: string;
  error: { code: string; message: string };
}
