// The messages between the page and the checking worker. Files and rule sets go in; documents,
// outlines and reports come out, all plain data (structured clone). A batch asks for the report
// and its issuing body only: the page keeps a thousand of them, and the text of one is read
// again from its file when the reviewer opens it.

import type { DocumentText } from '../../core/document.ts';
import type { Report } from '../../core/report.ts';
import type { Heading } from '../../core/structure/sections.ts';

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
}

export interface CheckFailure {
  /** A ReadError code, 'unreadable-file' for a file the browser can no longer read, or
   *  'internal' for a bug. */
  code: string;
  /** The reader's message for the user (Chinese); empty for the other two. */
  message: string;
}

export type Request =
  | { type: 'load-rules'; id: number; rules: RulesSource }
  | { type: 'check'; id: number; name: string; bytes: Uint8Array; rules: RulesSource }
  | { type: 'check-row'; id: number; name: string; bytes: Uint8Array; rules: RulesSource }
  | { type: 'read'; id: number; name: string; bytes: Uint8Array };

export type Response =
  | { type: 'rules-loaded'; id: number; info: RuleSetInfo }
  | { type: 'rules-invalid'; id: number; problem: RuleProblem }
  | { type: 'progress'; id: number; page: number; pages: number }
  | { type: 'checked'; id: number; doc: DocumentText; headings: Heading[]; report: Report }
  | { type: 'row-checked'; id: number; report: Report; body: string | null }
  | { type: 'read-done'; id: number; doc: DocumentText }
  | { type: 'failed'; id: number; error: CheckFailure };
