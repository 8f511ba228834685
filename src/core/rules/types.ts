// The rule language as the core sees it after loading (rules/README.md documents the YAML).
// Each rule names the check that judges it (axe-core's rule/check split): `mentions` for the
// year's work, and the structural checks for the required parts of the report.

import type { Severity, Status } from '../report.ts';
import type { PartKind } from '../structure/sections.ts';
import type { FactKind } from '../text/facts.ts';
import type { YearSpan } from './year-span.ts';

export type Group = 'A' | 'B' | 'C' | 'D';
export type CheckName = 'mentions' | 'title' | 'part' | 'signature-date' | 'table';

/** What turns a mention into a concrete fact. */
export interface Proof {
  /** Kinds of fact (text/facts.ts) near the mention that make it concrete. */
  facts: FactKind[];
  /** A count in the rule's units near the mention, or an explicit zero ("全年无…案件"). */
  count: boolean;
  /** The mention alone is enough (e.g. naming all three 执法制度 together). */
  mention: boolean;
  /** Specific actions or systems that are facts by themselves. */
  terms: string[];
}

export interface Aspects {
  /** How many distinct aspects make the indicator present. */
  min: number;
  /** Named aspects, each with the terms that show it. */
  list: Record<string, string[]>;
  /** Terms that stand for all aspects at once (e.g. "三项制度"). */
  all: string[];
}

export interface Rule {
  id: string;
  title: string;
  group: Group;
  source: string;
  check: CheckName;
  /** Terms that show the report speaks of the indicator. */
  lookFor: string[];
  /** Phrases matched approximately (a character or two may differ), like `lookFor`. */
  fuzzy: string[];
  /** Set phrases that show the topic only as a formula: at most weak. */
  formula: string[];
  /** A mention also needs one of these in its sentence (context), when given. */
  context: string[];
  /** A sentence with one of these is about something else. */
  except: string[];
  quantitative: boolean;
  proof: Proof;
  /** Units a count of this indicator is in (件, 起…); a count in another unit counts something
   * else ("汇报1次" is not a number of cases). Empty: any unit. */
  units: string[];
  /** Zero counts qualified by these words do not count (败诉0件 says nothing of cases). */
  zeroIgnoredWith: string[];
  aspects: Aspects | null;
  /** For `part` and `title` checks: the part they judge and its own parameters. */
  part: PartKind | null;
  needs: string[];
  /** For the `table` check: the table (rule file `tables`) the indicator is judged on. */
  table: string | null;
  minFacts: number;
  /** Where a fact proves a mention: `near` it (about 40 characters), or anywhere in its
   * `sentence` — for a subject that governs a whole sentence of acts (主要负责人……听取……召开……). */
  reach: 'near' | 'sentence';
  /** The indicator is required only of these issuers (the title's issuer ends with one) and from
   *  this reported year; elsewhere it is judged but `required: false`. null: always required. */
  requiredWhen: { issuer: string[]; from: number | null; why: string } | null;
  /** The rule set's old regime, when this indicator is not one of the groups it still requires. */
  oldRegime: OldRegime | null;
  /** Facts count in every part, not only the achievement parts: the topic is itself a part on
   * problems or other matters (政府信息公开年报 五、六), not a plan. */
  anywhere: boolean;
  advice: string;
  /** Says what was looked for in a `missing` verdict. */
  lookedFor: string;
  examples: Example[];
  /** Line of the rule in its file, for messages. */
  line: number;
}

/** A sentence or paragraph of a rule file with the status the rule must give it. */
export interface Example {
  status: Status;
  text: string;
  /** Its line in the rule file. */
  line: number;
}

export interface DocumentKind {
  id: string;
  name: string;
  /** Title words that mark this kind of document. */
  title: string[];
  /** Phrases of its body's voice (term patterns): news says 记者, a 解读 says 起草背景. */
  voice: string[];
  /** Its body speaks of the future (a plan): what it says is planned, not done. */
  future: boolean;
  /** The rule set that checks this kind of document, when the checker has one. */
  rules: string | null;
}

/** A publication deadline by issuer: the title's issuer (before the year) ends with one of
 * `issuer`; an empty list is every other issuer. */
/** Applies to the reported years of its span (the regulation changed in 2019). */
export interface IssuerDeadline extends YearSpan {
  issuer: string[];
  month: number;
  day: number;
  rule: string;
}

/** A figure the prose restates from the tables: the words before the number, and the cells (or
 * sums of cells) it may equal. */
export interface TextFigure {
  says: string[];
  unit: string;
  /** Each alternative is a list of cell ids summed ("受理" is 新收 in some reports, 新收 + 结转 in others). */
  equals: string[][];
  line: number;
}

/** A statement the text owes when a row of a table is not all zero (fee notices sent: say
 * whether 信息处理费 was collected). */
export interface RowStatement {
  code: string;
  severity: Severity;
  table: string;
  row: string;
  needs: string[];
  message: string;
}

/** A version of the report's format, recognised by its own words (table 二's column labels), and
 * the reported years it is for; used for another year it is a finding of that severity. */
export interface FormatVersion extends YearSpan {
  name: string;
  words: string[];
  severity: Severity;
  /** Tables of this version only, each read in place of the table it stands for. */
  tables: string[];
}

export interface RuleSet {
  id: string;
  version: string;
  title: string;
  /** The kind of report the set checks, and the finding's code for a document that is not one. */
  reportName: string;
  notReportCode: string;
  /** Words a title must hold to name a 法治政府建设 report, and the report kinds. */
  reportSubject: string[];
  reportKinds: string[];
  /** Words the body of a report must speak of (a title may say less: 法治建设). */
  reportAbout: string[];
  /** Phrases of a report speaking of its own year's work (term patterns). */
  reportVoice: string[];
  otherDocuments: DocumentKind[];
  rules: Rule[];
  /** Statistical tables the report prints, and the identities between their cells. */
  tables: TableLayout[];
  identities: Identity[];
  /** Deadlines of this report type by issuer; empty: the 法治政府建设 report's (4月1日). */
  deadlines: IssuerDeadline[];
  textFigures: TextFigure[];
  statements: RowStatement[];
  formatVersions: FormatVersion[];
  /** Reports on years up to `to` were written under an earlier regulation: only the indicators
   * of `groups` are required of them; null: every year is held to this set. */
  oldRegime: OldRegime | null;
  /** Words that introduce the statistics period: the years in what follows must be the
   * reported year (year-mismatch); empty: not checked. */
  periodWords: string[];
  /** Words that make a prose figure a part's ("其中…", "…办代表…"): such a figure is not compared
   * with the whole table (text-table-mismatch). */
  partWords: string[];
}

export interface OldRegime {
  to: number;
  groups: Group[];
  why: string;
}

/** One row of a statistical table: the label printed before its numbers and the cells it holds.
 * A row with a single column names its cell after itself (`t2.licensing`). */
export interface TableRow {
  id: string;
  label: string;
  columns: string[];
  /** Its columns whose cells may hold decimals (万元). */
  decimal: string[];
  /** Its columns whose cells may be negative (本年增/减). */
  signed: string[];
  /** Rows of another version of the format this one stands for (trial （六）其他处理 for its three rows). */
  insteadOf: string[];
}

/** How a table's numbers follow each other in the text: a run after each row's label, or one run
 * for the whole table (table 四 has a single data row under a three-level header). */
export type TableLayoutKind = 'rows' | 'one-run';

export interface TableLayout {
  id: string;
  title: string;
  /** Words that open the table wherever it stands (not its position). */
  anchors: string[];
  layout: TableLayoutKind;
  columnTitles: Record<string, string>;
  rows: TableRow[];
  /** Cells named 总计: those of these columns and rows. Left blank beside parts that sum to more
   *  than 0, they explain the identities they break (blank-total) instead of failing them. */
  totalColumns: string[];
  totalRows: string[];
  /** The table of another version of the format this one stands for (the trial table 二 for the
   * 2021 one): read only in a report of a version that lists it, in place of that table. */
  insteadOf: string | null;
  line: number;
}

/** One signed term of an equation: a row or column name, `name*` for all rows starting with it,
 * `last.name` for last year's report. */
export interface EquationTerm {
  sign: 1 | -1;
  name: string;
  wildcard: boolean;
  lastYear: boolean;
}

export interface Equation {
  left: EquationTerm[];
  op: '=' | '>=' | '<=';
  right: EquationTerm[];
}

/** An arithmetic identity between the cells of a table, checked for each row or each column. */
export interface Identity {
  code: string;
  title: string;
  severity: Severity;
  table: string;
  forEach: 'row' | 'column';
  /** Only these rows (for-each row) or columns (for-each column); null: all of them. */
  only: string[] | null;
  check: Equation;
  /** The equation as written, for messages. */
  text: string;
  /** It compares this year's report with last year's. */
  lastYear: boolean;
  /** Checked only when every report it reads is on this year or later (the layout its cells
   * mean began then); null: every year. */
  fromYear: number | null;
  /** A row identity (last cell = sum of the others): when it fails on this many rows that hold
   * one column over, the table's reading is suspect; null: not checked. */
  shiftSuspect: number | null;
  line: number;
}
