// Loading a rule file: YAML → schema validation → Rule objects. Every error names the file,
// the line and the field, because the people editing rule files are not programmers.

import { parseDocument, LineCounter, isMap, isSeq, isScalar, type Document } from 'yaml';
import { schemaProblem } from './validate.ts';
import { firstAlias, MAX_ALIAS_COUNT, MAX_RULE_FILE_CHARS, termProblem, tooDeep, type Offending } from './guards.ts';
import type { Aspects, DocumentKind, Example, FormatVersion, Identity, Proof, Rule, RuleSet, TableLayout, TextFigure } from './types.ts';
import { cellId } from './cell-id.ts';
import { parseEquation } from './equation.ts';
import { ANNUAL_REPORT, type Status } from '../report.ts';
import { FACT_KINDS, type FactKind } from '../text/facts.ts';
import { yearSpanOf } from './year-span.ts';

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
    /** The same problem in English, for the app's English interface. */
    readonly english: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${problem}`);
    this.name = 'RuleFileError';
  }
}

interface RawRule {
  id: string;
  title: string;
  group: 'A' | 'B';
  source: string;
  check?: Rule['check'];
  'look-for'?: string[];
  fuzzy?: string[];
  formula?: string[];
  context?: string[];
  except?: string[];
  quantitative?: boolean;
  proof?: (string | { terms: string[] })[];
  units?: string[];
  'zero-ignored-with'?: string[];
  aspects?: { min: number; all?: string[]; list: Record<string, string[]> };
  part?: Rule['part'];
  needs?: string[];
  'min-facts'?: number;
  reach?: Rule['reach'];
  anywhere?: boolean;
  'required-when'?: { issuer?: string[]; from?: number; why: string };
  advice: string;
  'looked-for'?: string;
  examples?: Partial<Record<Status, string[]>>;
  table?: string;
}

interface RawTable {
  id: string;
  title: string;
  anchors: string[];
  layout?: TableLayout['layout'];
  columns?: string[];
  'column-titles'?: Record<string, string>;
  'total-columns'?: string[];
  'total-rows'?: string[];
  'decimal-columns'?: string[];
  'signed-columns'?: string[];
  'instead-of'?: string;
  rows: { id: string; label: string; columns?: string[]; decimal?: boolean; signed?: boolean; 'instead-of'?: string[] }[];
}

interface RawIdentity {
  code: string;
  title: string;
  severity: Identity['severity'];
  table: string;
  'for-each': Identity['forEach'];
  only?: string[];
  check: string;
  'from-year'?: number;
  'shift-suspect'?: number;
}

interface RawFile {
  id: string;
  version: string;
  title: string;
  report?: { name?: string; code?: string; subject?: string[]; kinds?: string[]; about?: string[]; voice?: string[] };
  'other-documents'?: (Pick<DocumentKind, 'id' | 'name' | 'title'> & { voice?: string[]; future?: boolean; rules?: string })[];
  rules: RawRule[];
  tables?: RawTable[];
  identities?: RawIdentity[];
  deadlines?: (Omit<RuleSet['deadlines'][number], 'from' | 'to'> & { from?: number; to?: number })[];
  'text-figures'?: { says: string[]; unit: string; equals: string[] }[];
  statements?: RuleSet['statements'];
  'format-versions'?: { name: string; words: string[]; from?: number; to?: number; severity: RuleSet['formatVersions'][number]['severity']; tables?: string[] }[];
  'old-regime'?: RuleSet['oldRegime'];
  'period-words'?: string[];
  'part-words'?: string[];
}

export function loadRuleSet(text: string, file: string): RuleSet {
  if (text.length > MAX_RULE_FILE_CHARS) throw new RuleFileError(file, null, null, `文件太大（${text.length} 个字符）：规则文件通常只有几万字，这不像规则文件`, `file too large (${text.length} characters): a rule file has some tens of thousands`);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (o: Offending) => new RuleFileError(file, lines.linePos(o.offset).line, o.field, o.problem, o.english);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lines.linePos(yamlError.pos[0]).line;
    // The parser's own stack ran out: brackets or indentation nested thousands deep.
    const deep = yamlError.message.includes('call stack');
    const message = yamlError.message.split('\n')[0];
    if (deep) throw new RuleFileError(file, line, null, '嵌套层数太多：请检查缩进和括号', 'nested too deep: check the indentation and the brackets');
    throw new RuleFileError(file, line, null, `YAML 格式错误：${message}`, `YAML syntax error: ${message}`);
  }
  const deep = tooDeep(doc);
  if (deep) throw at(deep);
  let raw: RawFile;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as RawFile;
  } catch (e) {
    const alias = firstAlias(doc);
    if (alias) throw at(alias);
    throw new RuleFileError(file, null, null, `YAML 无法读取：${(e as Error).message}`, `YAML cannot be read: ${(e as Error).message}`);
  }
  const invalid = schemaProblem(raw);
  if (invalid) throw new RuleFileError(file, lineOf(doc, lines, invalid.pointer, invalid.key ?? undefined), invalid.field, invalid.problem, invalid.english);
  const terms = termProblem(doc.get('rules', true) as Parameters<typeof termProblem>[0]);
  if (terms) throw at(terms);
  const seen = new Map<string, number>();
  const rules = raw.rules.map((r, i) => {
    const line = lineOf(doc, lines, `/rules/${i}`) ?? 0;
    if (seen.has(r.id)) throw new RuleFileError(file, line, 'id', `规则编号 "${r.id}" 重复（第 ${seen.get(r.id)} 行已有）`, `rule id "${r.id}" repeated (already on line ${seen.get(r.id)})`);
    seen.set(r.id, line);
    const rule = toRule(r, line, file, exampleLines(doc, lines, i));
    const old = raw['old-regime'];
    return old && !old.groups.includes(rule.group) ? { ...rule, oldRegime: old } : rule;
  });
  const tables = (raw.tables ?? []).map((t, i) => toTable(t, lineOf(doc, lines, `/tables/${i}`) ?? 0, file));
  const identities = (raw.identities ?? []).map((d, i) => toIdentity(d, tables, lineOf(doc, lines, `/identities/${i}/check`) ?? 0, file));
  const formatVersions = (raw['format-versions'] ?? []).map((v) => ({ ...v, ...yearSpanOf(v), tables: v.tables ?? [] }));
  checkVersionTables(tables, formatVersions, (i) => lineOf(doc, lines, `/format-versions/${i}`) ?? 0, file);
  for (const r of rules) {
    if (r.check === 'table' && !tables.some((t) => t.id === r.table)) {
      throw new RuleFileError(file, r.line, 'table', `规则 "${r.id}" 的 table 须为 tables 中的一个表：${tables.map((t) => t.id).join('、') || '（没有表）'}`, `rule "${r.id}": table must be one of the tables: ${tables.map((t) => t.id).join(', ') || '(no tables)'}`);
    }
  }
  return {
    id: raw.id,
    version: raw.version,
    title: raw.title,
    reportName: raw.report?.name ?? ANNUAL_REPORT,
    notReportCode: raw.report?.code ?? 'not-an-annual-report',
    reportSubject: raw.report?.subject ?? ['法治政府建设'],
    reportKinds: raw.report?.kinds ?? ['报告'],
    reportAbout: raw.report?.about ?? raw.report?.subject ?? ['法治政府建设'],
    reportVoice: raw.report?.voice ?? [],
    otherDocuments: (raw['other-documents'] ?? []).map((d) => ({ ...d, voice: d.voice ?? [], future: d.future ?? false, rules: d.rules ?? null })),
    rules,
    tables,
    identities,
    deadlines: (raw.deadlines ?? []).map((d) => ({ ...d, ...yearSpanOf(d) })),
    statements: (raw.statements ?? []).map((st, i) => {
      if (!tables.some((t) => t.id === st.table && t.rows.some((r) => r.id === st.row))) {
        throw new RuleFileError(file, lineOf(doc, lines, `/statements/${i}`) ?? 0, 'row', `表 "${st.table}" 没有行 "${st.row}"`, `table "${st.table}" has no row "${st.row}"`);
      }
      return st;
    }),
    formatVersions,
    oldRegime: raw['old-regime'] ?? null,
    periodWords: raw['period-words'] ?? [],
    partWords: raw['part-words'] ?? [],
    textFigures: (raw['text-figures'] ?? []).map((f, i) => toTextFigure(f, tables, lineOf(doc, lines, `/text-figures/${i}`) ?? 0, file)),
  };
}

/** The cells a prose figure may equal, each checked against the tables' cells now. */
function toTextFigure(f: { says: string[]; unit: string; equals: string[] }, tables: TableLayout[], line: number, file: string): TextFigure {
  const known = new Set(tables.flatMap((t) => t.rows.flatMap((r) => r.columns.map((c) => cellId(t.id, r, c)))));
  const equals = f.equals.map((sum) => sum.split('+').map((id) => id.trim()));
  const unknown = equals.flat().find((id) => !known.has(id));
  if (unknown) throw new RuleFileError(file, line, 'equals', `没有编号为 "${unknown}" 的格子（写法如 t3.new.c7）`, `no cell "${unknown}" (written like t3.new.c7)`);
  return { says: f.says, unit: f.unit, equals, line };
}

/** A table standing for another (instead-of) is read only in the format versions that list it:
 * it must stand for a table of the default layout, and some version must list it. */
function checkVersionTables(tables: TableLayout[], versions: FormatVersion[], versionLine: (i: number) => number, file: string): void {
  for (const t of tables.filter((x) => x.insteadOf !== null)) {
    const base = tables.find((x) => x.id === t.insteadOf);
    if (!base || base.insteadOf !== null) {
      throw new RuleFileError(file, t.line, 'instead-of', `表 "${t.id}" 的 instead-of 须为另一张（不带 instead-of 的）表：${tables.filter((x) => x.insteadOf === null).map((x) => x.id).join('、')}`, `table "${t.id}": instead-of must name another table without instead-of`);
    }
    if (!versions.some((v) => v.tables.includes(t.id))) {
      throw new RuleFileError(file, t.line, 'instead-of', `表 "${t.id}" 代替表 "${t.insteadOf}"，但没有哪一版格式（format-versions 的 tables）用它，它永远不会被读`, `table "${t.id}" stands for "${t.insteadOf}" but no format version lists it in tables`);
    }
  }
  versions.forEach((v, i) => {
    const unknown = v.tables.find((id) => !tables.some((t) => t.id === id && t.insteadOf !== null));
    if (unknown) throw new RuleFileError(file, versionLine(i), 'tables', `格式版本“${v.name}”的 tables 须为代替另一张表（写有 instead-of）的表，没有 "${unknown}"`, `format version "${v.name}": tables must name tables with instead-of, not "${unknown}"`);
  });
}

function toTable(t: RawTable, line: number, file: string): TableLayout {
  const allColumns = new Set(t.rows.flatMap((r) => r.columns ?? t.columns ?? []));
  for (const field of ['decimal-columns', 'signed-columns'] as const) {
    const unknown = t[field]?.find((c) => !allColumns.has(c));
    if (unknown) throw new RuleFileError(file, line, field, `表 "${t.id}" 没有列 "${unknown}"`, `table "${t.id}" has no column "${unknown}"`);
  }
  const rows = t.rows.map((r) => {
    const columns = r.columns ?? t.columns;
    if (!columns) throw new RuleFileError(file, line, 'columns', `表 "${t.id}" 的行 "${r.id}" 没有列：在表或行上写 columns`, `row "${r.id}" of table "${t.id}" has no columns: give columns on the table or the row`);
    const among = (row: boolean | undefined, table: string[] | undefined) => (row ? columns : columns.filter((c) => table?.includes(c)));
    return { id: r.id, label: r.label, columns, decimal: among(r.decimal, t['decimal-columns']), signed: among(r.signed, t['signed-columns']), insteadOf: r['instead-of'] ?? [] };
  });
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) throw new RuleFileError(file, line, 'rows', `表 "${t.id}" 的行编号 "${r.id}" 重复`, `row id "${r.id}" repeated in table "${t.id}"`);
    ids.add(r.id);
  }
  for (const r of rows) {
    const unknown = r.insteadOf.find((id) => !ids.has(id));
    if (unknown) throw new RuleFileError(file, line, 'instead-of', `表 "${t.id}" 没有行 "${unknown}"`, `table "${t.id}" has no row "${unknown}"`);
  }
  return {
    id: t.id,
    title: t.title,
    anchors: t.anchors,
    layout: t.layout ?? 'rows',
    columnTitles: t['column-titles'] ?? {},
    rows,
    totalColumns: t['total-columns'] ?? [],
    totalRows: t['total-rows'] ?? [],
    insteadOf: t['instead-of'] ?? null,
    line,
  };
}

/** An identity whose names are checked against its table now, so that a typo is reported with
 * its line instead of an identity that never fails. */
function toIdentity(d: RawIdentity, tables: TableLayout[], line: number, file: string): Identity {
  const table = tables.find((t) => t.id === d.table);
  if (!table) throw new RuleFileError(file, line, 'table', `没有编号为 "${d.table}" 的表`, `no table "${d.table}"`);
  const check = parseEquation(d.check);
  if (typeof check === 'string') throw new RuleFileError(file, line, 'check', check, `the equation cannot be read: ${d.check}`);
  const rowIds = table.rows.map((r) => r.id);
  const columnIds = [...new Set(table.rows.flatMap((r) => r.columns))];
  const [named, scope] = d['for-each'] === 'column' ? [rowIds, columnIds] : [columnIds, rowIds];
  for (const term of [...check.left, ...check.right]) {
    const known = term.wildcard ? named.some((n) => n.startsWith(term.name)) : named.includes(term.name);
    if (!known) {
      const what = d['for-each'] === 'column' ? '行' : '列';
      throw new RuleFileError(file, line, 'check', `表 "${table.id}" 没有${what} "${term.name}${term.wildcard ? '*' : ''}"（for-each: ${d['for-each']} 时等式里写${what}的编号）`, `table "${table.id}" has no ${what === '行' ? 'row' : 'column'} "${term.name}${term.wildcard ? '*' : ''}"`);
    }
  }
  const outside = d.only?.find((n) => !scope.includes(n));
  if (outside) throw new RuleFileError(file, line, 'only', `表 "${table.id}" 没有 "${outside}"`, `table "${table.id}" has no "${outside}"`);
  return {
    code: d.code,
    title: d.title,
    severity: d.severity,
    table: table.id,
    forEach: d['for-each'],
    only: d.only ?? null,
    check,
    text: d.check,
    lastYear: [...check.left, ...check.right].some((t) => t.lastYear),
    fromYear: d['from-year'] ?? null,
    shiftSuspect: d['shift-suspect'] ?? null,
    line,
  };
}

function toRule(r: RawRule, line: number, file: string, examples: Example[]): Rule {
  const check = r.check ?? 'mentions';
  if (check === 'mentions' && !r['look-for']?.length && !r.formula?.length) {
    throw new RuleFileError(file, line, 'look-for', `规则 "${r.id}" 没有要查找的词语（look-for）`, `rule "${r.id}" has no terms to look for (look-for)`);
  }
  if (check === 'part' && !r.part) throw new RuleFileError(file, line, 'part', `规则 "${r.id}" 的 check 为 part，须写明 part`, `rule "${r.id}" checks a part: name it in part`);
  return {
    id: r.id,
    title: r.title,
    group: r.group,
    source: r.source,
    check,
    lookFor: r['look-for'] ?? [],
    fuzzy: r.fuzzy ?? [],
    formula: r.formula ?? [],
    context: r.context ?? [],
    except: r.except ?? [],
    quantitative: r.quantitative ?? false,
    proof: toProof(r.proof, r.quantitative ?? false),
    units: r.units ?? [],
    zeroIgnoredWith: r['zero-ignored-with'] ?? [],
    aspects: toAspects(r.aspects),
    part: r.part ?? null,
    needs: r.needs ?? [],
    table: r.table ?? null,
    minFacts: r['min-facts'] ?? 1,
    reach: r.reach ?? 'near',
    anywhere: r.anywhere ?? false,
    oldRegime: null,
    requiredWhen: r['required-when'] ? { issuer: r['required-when'].issuer ?? [], from: r['required-when'].from ?? null, why: r['required-when'].why } : null,
    advice: r.advice,
    lookedFor: r['looked-for'] ?? describeLookFor(r),
    examples,
    line,
  };
}

/** Names of a rule file's proof list that stand for several kinds of fact. */
const FACT_GROUPS: Record<string, readonly FactKind[]> = { fact: FACT_KINDS, number: ['count', 'rate', 'amount'] };

/** Without a proof list, quantitative indicators need a count and others any concrete fact. */
function toProof(items: RawRule['proof'], quantitative: boolean): Proof {
  const list = items ?? (quantitative ? ['count'] : ['fact']);
  const names = list.filter((p): p is string => typeof p === 'string');
  const facts = names.flatMap((n) => FACT_GROUPS[n] ?? (n !== 'count' && FACT_KINDS.includes(n as FactKind) ? [n as FactKind] : []));
  return {
    facts: [...new Set(facts)],
    count: names.includes('count'),
    mention: names.includes('mention'),
    terms: list.flatMap((p) => (typeof p === 'object' ? p.terms : [])),
  };
}

function toAspects(a: RawRule['aspects']): Aspects | null {
  return a ? { min: a.min, all: a.all ?? [], list: a.list } : null;
}

function describeLookFor(r: RawRule): string {
  const words = [...(r['look-for'] ?? []), ...(r.formula ?? [])].slice(0, 8);
  return words.length ? `查找了：${words.join('、')}` : `查找了：${r.title}`;
}

function lineOf(doc: Document, lines: LineCounter, pointer: string, key?: string): number | null {
  const path = pointer.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const target = doc.getIn(path, true);
  if (key && isMap(target)) {
    const pair = target.items.find((it) => String((it.key as { value?: unknown })?.value) === key);
    const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return null;
}

/** Each example with its status and line, in the order written. */
function exampleLines(doc: Document, lines: LineCounter, rule: number): Example[] {
  const out: Example[] = [];
  for (const status of ['present', 'weak', 'missing'] as const) {
    const list = doc.getIn(['rules', rule, 'examples', status], true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isScalar(item) && typeof item.value === 'string') out.push({ status, text: item.value, line: lines.linePos(item.range?.[0] ?? 0).line });
    }
  }
  return out;
}
