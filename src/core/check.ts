// Checking one document against one rule set: analyse once, run each rule's check, and
// assemble the report of CLI.md. Pure: no files, no clock but the one passed in.

import type { DocumentText } from './document.ts';
import type { Finding, Report, Verdict } from './report.ts';
import type { RuleSet, CheckName, Rule } from './rules/types.ts';
import { analyse, type Analysis } from './structure/analysis.ts';
import { compileRuleSet, type CompiledRule } from './rules/compile.ts';
import type { Check, Judgement } from './verdicts/checks/judgement.ts';
import { checkMentions } from './verdicts/checks/mentions.ts';
import { checkPart } from './verdicts/checks/parts.ts';
import { checkSignatureDate, lateFinding, makeIssuerDateCheck, titleIssuer } from './verdicts/checks/signature-date.ts';
import { makeTitleCheck } from './verdicts/checks/title-year.ts';
import { documentType, documentTypeFinding, readAsItsKind, type DocumentType } from './verdicts/doctype.ts';
import { applicableRuleFinding, oldRegimeFinding } from './verdicts/applicable-rule.ts';
import { toHeadings, type Heading } from './structure/sections.ts';
import { findKeyFigures } from './findings/figures.ts';
import { arithmeticFindings } from './findings/arithmetic.ts';
import { yearFitFindings } from './findings/year-fit.ts';
import { periodYearFindings } from './findings/period-year.ts';
import { openingYearFindings } from './findings/opening-year.ts';
import { tableYearFindings } from './tables/table-years.ts';
import { makeTableCheck } from './verdicts/checks/table.ts';
import type { TableRead } from './tables/read.ts';
import { identitiesFor, identityFindings } from './tables/identities.ts';
import { cellFindings } from './tables/cell-findings.ts';
import { textFigureFindings } from './tables/text-figures.ts';
import { statementFindings } from './tables/statements.ts';
import { formatVersionFindings, readReportTables } from './tables/format-version.ts';

export interface CheckOptions {
  file: string;
  /** Rule sets for other kinds of report: a document recognised as one of them (the kind's
   * `rules` in `other-documents`) is checked against it, and the report says so. */
  alternatives?: RuleSet[];
  /** Milliseconds since some origin; the caller's clock (performance.now in both Node and workers). */
  now?: () => number;
}

const compiled = new WeakMap<RuleSet, CompiledRule[]>();

export function compiledRules(set: RuleSet): CompiledRule[] {
  let rules = compiled.get(set);
  if (!rules) compiled.set(set, (rules = compileRuleSet(set)));
  return rules;
}

export function checksFor(set: RuleSet, type: DocumentType, tables: TableRead[]): Record<CheckName, Check> {
  return {
    mentions: checkMentions,
    title: makeTitleCheck(set, type),
    part: checkPart,
    'signature-date': set.deadlines.length ? makeIssuerDateCheck(set.deadlines) : checkSignatureDate,
    table: makeTableCheck(set.tables, tables),
  };
}

export function judge(rule: CompiledRule, a: Analysis, checks: Record<CheckName, Check>, all: CompiledRule[]): Verdict {
  const j: Judgement = checks[rule.rule.check](rule, a, all);
  const notRequired = notRequiredBecause(rule.rule, a);
  return {
    id: rule.rule.id,
    title: rule.rule.title,
    group: rule.rule.group,
    status: j.status,
    reason: j.reason,
    advice: j.status === 'present' || (notRequired && j.status === 'missing') ? null : rule.rule.advice,
    source: rule.rule.source,
    evidence: j.status === 'missing' ? [] : j.evidence,
    ...(notRequired ? { required: false as const, requiredReason: notRequired } : {}),
  };
}

/** Why the indicator is not required of this report, or null when it is. */
function notRequiredBecause(rule: Rule, a: Analysis): string | null {
  if (rule.oldRegime && a.year !== null && a.year <= rule.oldRegime.to) return rule.oldRegime.why;
  const when = rule.requiredWhen;
  if (!when) return null;
  if (when.from !== null && a.year !== null && a.year < when.from) return `${when.why}（${when.from}年度起要求）`;
  if (when.issuer.length && !when.issuer.some((w) => titleIssuer(a).endsWith(w))) return when.why;
  return null;
}

export function checkDocument(doc: DocumentText, set: RuleSet, options: CheckOptions): Report {
  return checkWithOutline(doc, set, options).report;
}

/** The report and the outline of headings the checker recognised (for the app's document
 * view), from one analysis of the document. */
export function checkWithOutline(doc: DocumentText, set: RuleSet, options: CheckOptions): { report: Report; headings: Heading[] } {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const elapsed = () => Math.round(now() - t0);
  const analysed = analyse(doc);
  const type = documentType(set, analysed);
  const own = ownRuleSet(set, type, options.alternatives ?? []);
  if (!own) return checkAnalysed(doc, analysed, set, type, options.file, elapsed);
  // The analysis does not depend on the rule set: the document's own set judges the same one.
  const checked = checkAnalysed(doc, analysed, own, documentType(own, analysed), options.file, elapsed);
  checked.report.findings.unshift(chosenFinding(set, own, documentTypeFinding(type, set)!));
  return checked;
}

function checkAnalysed(doc: DocumentText, analysed: Analysis, set: RuleSet, type: DocumentType, file: string, elapsed: () => number): { report: Report; headings: Heading[] } {
  const tables = readReportTables(doc, set, analysed.year);
  const { a, results } = judged(analysed, set, type, tables);
  const findings: Finding[] = [
    ...doc.warnings.map((w): Finding => ({ kind: 'input', code: w.code, severity: 'warning', message: w.message, evidence: [] })),
  ];
  const docType = documentTypeFinding(type, set);
  if (docType) findings.push(docType);
  // A set with its own old regime says which regulation it applied; the 法治 set's is built in.
  const rule = set.oldRegime ? oldRegimeFinding(set.oldRegime, a.year) : applicableRuleFinding(a.year);
  if (rule) findings.push(rule);
  // The prose figures and dates of a 法治政府建设 report; a report type with tables has its own
  // figures in its cells, and its own findings on them.
  const figures = set.tables.length === 0 ? findKeyFigures(a) : [];
  if (set.tables.length === 0) findings.push(...arithmeticFindings(a, figures), ...yearFitFindings(a));
  const late = set.deadlines.length ? lateFinding(a, set.deadlines) : null;
  if (late) findings.push(late);
  findings.push(...formatVersionFindings(doc, set.formatVersions, a.year), ...periodYearFindings(a, set.periodWords));
  // The 法治 report's opening year is judged among its year-fit findings above.
  if (set.tables.length) findings.push(...openingYearFindings(a, set.reportSubject), ...tableYearFindings(doc, set.tables, tables, a.year));
  const cells = { layouts: set.tables, tables };
  findings.push(...cellFindings(set.tables, tables), ...identityFindings(identitiesFor(set.identities, [a.year]), cells));
  const tablesStart = Math.min(doc.text.length, ...tables.map((t) => t.start));
  findings.push(...textFigureFindings(doc, set.textFigures, tables.flatMap((t) => t.cells), tablesStart, set.partWords), ...statementFindings(doc, set.statements, tables));
  const report: Report = {
    file,
    format: doc.format,
    ruleset: { id: set.id, version: set.version, name: set.reportName },
    year: a.year,
    stats: { characters: doc.text.length, paragraphs: doc.paragraphs.length, pages: doc.pages, ms: elapsed() },
    results,
    findings,
    figures: figures.map((f) => f.figure),
    ...(set.tables.length ? { tables } : {}),
  };
  return { report, headings: toHeadings(doc, a.view, a.structure.headings) };
}

/** The verdicts of an analysed document under a rule set: the rule studio keeps each report's
 *  analysis and runs only this after an edit of the rules. */
export function verdictsOf(analysed: Analysis, set: RuleSet): Verdict[] {
  return judged(analysed, set, documentType(set, analysed), readReportTables(analysed.doc, set, analysed.year)).results;
}

function judged(analysed: Analysis, set: RuleSet, type: DocumentType, tables: TableRead[]): { a: Analysis; results: Verdict[] } {
  const a = readAsItsKind(type, analysed);
  const checks = checksFor(set, type, tables);
  const rules = compiledRules(set);
  return { a, results: rules.map((rule) => judge(rule, a, checks, rules)) };
}

/** The rule set of the kind the document was recognised as, when the caller has it. */
function ownRuleSet(set: RuleSet, type: DocumentType, alternatives: RuleSet[]): RuleSet | null {
  if (type.report) return null;
  const rules = set.otherDocuments.find((k) => k.id === type.kind.id)?.rules;
  return alternatives.find((s) => s.id === rules) ?? null;
}

/** The document is named for what it is (the asked set's finding), and, since it was checked
 * against its own framework, that is information, not an error. */
function chosenFinding(asked: RuleSet, own: RuleSet, named: Finding): Finding {
  return { ...named, severity: 'info', message: `这份文件是${own.reportName}，不是${asked.reportName}：已按“${own.title}”检查。` };
}
