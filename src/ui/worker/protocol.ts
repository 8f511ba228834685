// The messages between the page and the checking worker. Files and rule sets go in; documents,
// outlines and reports come out, all plain data (structured clone). A batch asks for the report
// and its issuing body only: the page keeps a thousand of them, and the text of one is read
// again from its file when the reviewer opens it.

import type { DocumentText } from '../../core/document.ts';
import type { Report } from '../../core/report.ts';
import type { CheckedText, YearComparison } from '../../core/batch/compare.ts';
import type { Heading } from '../../core/structure/sections.ts';
import type { ExampleOutcome } from '../../core/studio/examples.ts';
import type { VerdictChange } from '../../core/studio/verdict-changes.ts';
import type { Coverage } from '../../core/studio/coverage.ts';
import type { Trial } from '../../core/studio/trial.ts';
import type { RuleChange } from '../../core/rules/set-diff.ts';

export interface RulesSource {
  yaml: string;
  fileName: string;
}

export interface RuleSetInfo {
  id: string;
  version: string;
  title: string;
  count: number;
}

/** Where a rule file is wrong, for people who edit YAML by hand. */
export interface RuleProblem {
  file: string;
  line: number | null;
  field: string | null;
  problem: string;
  /** The problem in English, for the English interface. */
  english: string;
}

export interface CheckFailure {
  /** A ReadError code, 'unreadable-file' for a file the browser can no longer read, or
   *  'internal' for a bug. */
  code: string;
  /** The reader's message for the user (Chinese); empty for the other two. */
  message: string;
}

/** What a valid edit of the rules gives at once: every example with the status it gets now. */
export interface StudioValidated {
  info: RuleSetInfo;
  examples: ExampleOutcome[];
  /** What the set changes against the built-in one. */
  diff: RuleChange[];
}

/** What it changes on the reports loaded in the studio, once they are all re-judged. */
export interface StudioJudged {
  changes: VerdictChange[];
  coverage: Coverage;
  reports: number;
}

export type Request =
  | { type: 'load-rules'; id: number; rules: RulesSource }
  | { type: 'check'; id: number; name: string; bytes: Uint8Array; rules: RulesSource }
  | { type: 'check-row'; id: number; name: string; bytes: Uint8Array; rules: RulesSource }
  | { type: 'read'; id: number; name: string; bytes: Uint8Array }
  /** Two years of a batch compared under the rules they were checked with (their tables need them). */
  | { type: 'compare'; id: number; older: CheckedText; newer: CheckedText; rules: RulesSource }
  // The rule studio: reports are read and analysed once and kept in the worker; each edit is
  // validated, its examples run, then the kept reports re-judged against the baseline set.
  | { type: 'studio-add'; id: number; name: string; bytes: Uint8Array }
  | { type: 'studio-edit'; id: number; rules: RulesSource; baseline: RulesSource; builtin: RulesSource }
  | { type: 'studio-try'; id: number; text: string; rule: string };

export type Response =
  | { type: 'rules-loaded'; id: number; info: RuleSetInfo }
  | { type: 'rules-invalid'; id: number; problem: RuleProblem }
  | { type: 'progress'; id: number; page: number; pages: number }
  | { type: 'checked'; id: number; doc: DocumentText; headings: Heading[]; report: Report }
  | { type: 'row-checked'; id: number; report: Report; body: string | null }
  | { type: 'read-done'; id: number; doc: DocumentText }
  | { type: 'compared'; id: number; comparison: YearComparison }
  | { type: 'failed'; id: number; error: CheckFailure }
  | { type: 'studio-added'; id: number }
  | { type: 'studio-validated'; id: number; result: StudioValidated }
  | { type: 'studio-judged'; id: number; result: StudioJudged }
  /** A newer edit arrived before this one's reports were all re-judged. */
  | { type: 'studio-superseded'; id: number }
  | { type: 'studio-tried'; id: number; trial: Trial | null };
