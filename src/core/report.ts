// The result of checking one document: the shape of ../shared/framework/CLI.md, shared by the
// CLI's JSON, the web app and the exports.

export type Status = 'present' | 'weak' | 'missing';

/** The report type of a rule set that names none: the first one the checker had. */
export const ANNUAL_REPORT = '法治政府建设年度报告';
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
  group: 'A' | 'B' | 'C' | 'D';
  status: Status;
  reason: string;
  advice: string | null;
  /** Which requirement the indicator comes from, e.g. 《法治政府建设与责任落实督察工作规定》第二十五条. */
  source: string;
  evidence: Evidence[];
  /** Only where the indicator is not required of this issuer or year (政府信息公开年报): false,
   *  with the reason; a missing one there is no defect and gets no advice. */
  required?: false;
  requiredReason?: string;
}

export interface Finding {
  kind: string;
  code: string;
  severity: Severity;
  message: string;
  evidence: Evidence[];
  /** Table cells the finding is about (`t3.new.c7`), for findings on tables. */
  cells?: string[];
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

/** A statistical table as read from the report (政府信息公开工作年度报告: tables 二, 三, 四). */
export interface TableCell {
  /** `t3.new.c7`; a row with one column names its cell after the row (`t2.licensing`). */
  id: string;
  table: string;
  row: string;
  column: string;
  /** null: printed blank ("-", "无", an empty pipe cell), which counts as 0 in sums. */
  value: number | null;
  /** The cell as printed. */
  text: string;
  start: number;
  end: number;
  page: number | null;
}

export interface TableProblem {
  row: string;
  label: string;
  message: string;
}

export interface ReportTable {
  id: string;
  title: string;
  /** Offsets of the table's text, from its anchor to its last cell. */
  start: number;
  end: number;
  page: number | null;
  /** Rows whose label was found (aligned or not): the rows the table has in this report. */
  rows: string[];
  /** The rule file's label of each row and title of each column, for showing the table. */
  labels: Record<string, string>;
  columns: { id: string; title: string }[];
  cells: TableCell[];
  problems: TableProblem[];
  /** Rows the format does not have (a province's own), with a number in every column: read past. */
  extraRows: ExtraRow[];
}

export interface ExtraRow {
  /** The label as printed. */
  label: string;
  start: number;
  end: number;
  page: number | null;
}

export interface Report {
  file: string;
  format: string;
  /** `name`: the kind of report the set checks (政府信息公开工作年度报告), for the exports' wording. */
  ruleset: { id: string; version: string; name?: string };
  year: number | null;
  stats: { characters: number; paragraphs: number; pages: number | null; ms: number };
  results: Verdict[];
  findings: Finding[];
  figures?: Figure[];
  /** The tables read, for report types that have them; every cell with its value and place. */
  tables?: ReportTable[];
}

export interface FailedReport {
  file: string;
  error: { code: string; message: string };
}
