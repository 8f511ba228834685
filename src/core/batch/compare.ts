// Year over year: the same body's reports on two years, side by side. A reviewer wants to know
// what got better, what got worse, how the key numbers moved, and what was simply copied.

import type { Figure, Report, Status, Verdict } from '../report.ts';
import { findCopied, type CopiedPassage } from './copied.ts';
import { documentKind } from './document-kind.ts';
import { govinfoRepeats, type GovinfoRepeats } from './govinfo-repeats.ts';
import { reportBody } from './issuing-body.ts';
import type { RuleSet } from '../rules/types.ts';
import { identitiesFor, lastYearFindings, type TableFinding } from '../tables/identities.ts';
import { carriedRows, type CarriedRows } from './carried-rows.ts';

/** A checked report together with the extracted text its offsets point into. */
export interface CheckedText {
  report: Report;
  text: string;
}

export type Direction = 'improved' | 'regressed' | 'unchanged';

export interface IndicatorChange {
  id: string;
  title: string;
  group: Verdict['group'];
  /** null when the indicator was not judged in that report (another rule set). */
  before: Status | null;
  after: Status | null;
  direction: Direction;
}

/** One key figure in both years; null where a report does not give it. */
export interface FigureChange {
  indicator: string;
  name: string;
  unit: string;
  before: Figure | null;
  after: Figure | null;
}

export interface ReportSide {
  file: string;
  year: number | null;
  body: string | null;
}

export interface YearComparison {
  older: ReportSide;
  newer: ReportSide;
  /** Every indicator, in rule-set order. */
  indicators: IndicatorChange[];
  improved: IndicatorChange[];
  regressed: IndicatorChange[];
  /** Empty when neither report carries extracted figures. */
  figures: FigureChange[];
  copied: CopiedPassage[];
  /** Share of the newer report's words standing in copied sentences. */
  copiedShare: number;
  /** Identities between this year's tables and last year's (上年结转 = 上年的结转下年度) that fail. */
  tables: TableFinding[];
  /** This year's rows beside the last year's rows they must equal (上年结转 / 结转下年度). */
  carried: CarriedRows[];
  /** For a 政府信息公开工作年度报告: its parts 一、五、六 against last year's; null for other reports. */
  govinfo: GovinfoRepeats | null;
}

const GOVINFO_REPORT = '政府信息公开工作年度报告';

const RANK: Record<Status, number> = { missing: 0, weak: 1, present: 2 };

/** `sets`: the rule sets the reports may have been checked against, for the identities that
 * compare two years' tables (those of the newer report's set). */
export function compareYears(older: CheckedText, newer: CheckedText, sets: RuleSet[] = []): YearComparison {
  const indicators = indicatorChanges(older.report, newer.report);
  const copied = findCopied(older.text, newer.text);
  const set = sets.find((s) => s.id === newer.report.ruleset.id);
  const tables = tableChanges(older.report, newer.report, set);
  return {
    older: sideOf(older),
    newer: sideOf(newer),
    indicators,
    improved: indicators.filter((c) => c.direction === 'improved'),
    regressed: indicators.filter((c) => c.direction === 'regressed'),
    figures: figureChanges(older.report.figures ?? [], newer.report.figures ?? [], indicators),
    copied: copied.passages,
    copiedShare: copied.share,
    tables,
    carried: set && older.report.tables && newer.report.tables ? carriedRows(lastYearIdentities(set, older.report, newer.report), set.tables, newer.report.tables, older.report.tables, tables) : [],
    govinfo: isGovinfo(newer.report) ? govinfoRepeats(older.text, newer.text, followUp(newer.report)) : null,
  };
}

/** Checked on its own set, or on the default set that recognised it as the other report type. */
function isGovinfo(report: Report): boolean {
  const kind = documentKind(report);
  return report.ruleset.name === GOVINFO_REPORT || (!kind.isReport && kind.looksLike === GOVINFO_REPORT);
}

const followUp = (report: Report) => report.results.find((v) => v.id === 'previous-problems-followup')?.status ?? null;

function tableChanges(older: Report, newer: Report, set: RuleSet | undefined): TableFinding[] {
  if (!set || !older.tables || !newer.tables) return [];
  return lastYearFindings(lastYearIdentities(set, older, newer), { layouts: set.tables, tables: newer.tables }, { layouts: set.tables, tables: older.tables });
}

const lastYearIdentities = (set: RuleSet, older: Report, newer: Report) => identitiesFor(set.identities, [older.year, newer.year]).filter((d) => d.lastYear);

function sideOf({ report, text }: CheckedText): ReportSide {
  return { file: report.file, year: report.year, body: reportBody(report, text) };
}

export function direction(before: Status | null, after: Status | null): Direction {
  if (before === null || after === null || before === after) return 'unchanged';
  return RANK[after] > RANK[before] ? 'improved' : 'regressed';
}

function indicatorChanges(older: Report, newer: Report): IndicatorChange[] {
  const before = new Map(older.results.map((v) => [v.id, v]));
  const after = new Map(newer.results.map((v) => [v.id, v]));
  const ids = [...new Set([...after.keys(), ...before.keys()])];
  return ids.map((id) => {
    const v = (after.get(id) ?? before.get(id))!;
    const b = before.get(id)?.status ?? null;
    const a = after.get(id)?.status ?? null;
    return { id, title: v.title, group: v.group, before: b, after: a, direction: direction(b, a) };
  });
}

/** Figures pair up by indicator and name; a report that gives one figure twice (a total, then
 *  again in a summary) is represented by its first mention. They come in rule-set order. */
function figureChanges(older: Figure[], newer: Figure[], indicators: IndicatorChange[]): FigureChange[] {
  const key = (f: Figure) => `${f.indicator}\u0000${f.name}`;
  const firstByKey = (figures: Figure[]) => {
    const m = new Map<string, Figure>();
    for (const f of figures) if (!m.has(key(f))) m.set(key(f), f);
    return m;
  };
  const before = firstByKey(older);
  const after = firstByKey(newer);
  const order = new Map(indicators.map((x, i) => [x.id, i]));
  const position = (f: FigureChange) => order.get(f.indicator) ?? order.size;
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys
    .map((k): FigureChange => {
      const f = (before.get(k) ?? after.get(k))!;
      return { indicator: f.indicator, name: f.name, unit: f.unit, before: before.get(k) ?? null, after: after.get(k) ?? null };
    })
    .sort((a, b) => position(a) - position(b));
}
