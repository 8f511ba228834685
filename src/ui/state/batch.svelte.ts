// The batch review: many reports checked side by side by a pool of workers, read as a matrix of
// reports × indicators, two of them compared year over year. Only what the checks produced is
// kept (each report with its extracted text, for drilling down and for the comparison); the
// files themselves are let go as soon as a worker has read them, and nothing is stored.

import { compareYears, type YearComparison } from '../../core/batch/compare.ts';
import { buildMatrix, notReports, rowsWhere, sortRows, type Matrix, type MatrixRow, type SortKey } from '../../core/batch/matrix.ts';
import type { FailedReport, Report, Status } from '../../core/report.ts';
import type { Collected } from '../batch/collect-files.ts';
import type { CheckResult } from '../worker/client.ts';
import { CheckerPool, type PoolTask } from '../worker/pool.ts';
import type { CheckFailure } from '../worker/protocol.ts';
import type { AppState, Checked } from './app.svelte.ts';

export type Outcome = { ok: true; checked: Checked } | { ok: false; error: CheckFailure };

interface Item {
  name: string;
  /** null while the file waits or is being checked. */
  outcome: Outcome | null;
}

/** `problems` is weak or missing: what a reviewer sends back. */
export type StatusFilter = Status | 'problems';

export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const sortId = (key: SortKey): string => (typeof key === 'object' ? `indicator:${key.indicator}` : key);

export class BatchState {
  readonly #app: AppState;
  readonly #pool = new CheckerPool({
    started: (task) => this.#started(task),
    finished: (task, result) => this.#finished(task, result),
  });

  /** Whether the batch view is the one shown (the other is the single report). */
  active = $state(false);
  items = $state.raw<Item[]>([]);
  /** Files a worker is on right now. */
  current = $state.raw<string[]>([]);
  /** Files of the last choice or drop that were not reports. */
  skipped = $state(0);
  /** Set by a cancel: how far the batch had got. */
  cancelled = $state.raw<{ done: number; total: number } | null>(null);

  sort = $state.raw<Sort | null>(null);
  filterIndicator = $state('');
  filterStatus = $state<StatusFilter>('missing');
  onlyProblems = $state(false);
  /** Only the files that are not an annual report: the wrong document was sent. */
  onlyNotReports = $state(false);
  /** Up to two rows ticked for the year-over-year comparison, in the order ticked. */
  selected = $state.raw<string[]>([]);
  comparing = $state(false);

  total = $derived(this.items.length);
  done = $derived(this.items.filter((i) => i.outcome).length);
  busy = $derived(this.done < this.total);

  matrix: Matrix = $derived.by(() => {
    const finished = this.items.filter((i) => i.outcome);
    return buildMatrix(
      finished.map((i) => reportOf(i.name, i.outcome!)),
      finished.map((i) => (i.outcome!.ok ? i.outcome!.checked.doc.text : undefined)),
    );
  });
  /** The reports that could be read, with their text: what the batch's 审核意见 are written from. */
  checked: Checked[] = $derived(this.items.flatMap((i) => (i.outcome?.ok ? [i.outcome.checked] : [])));
  /** The rows the reviewer sees: filtered, then sorted. */
  rows: MatrixRow[] = $derived(this.#view(this.matrix.rows));
  comparison: YearComparison | null = $derived(this.comparing ? this.#compare() : null);

  constructor(app: AppState) {
    this.#app = app;
  }

  show(active: boolean): void {
    this.active = active;
  }

  async add({ files, skipped }: Collected): Promise<void> {
    this.skipped = skipped;
    this.cancelled = null;
    if (!files.length) return;
    // The batch is checked under the rule set the single-report page uses.
    await this.#app.rules.ready;
    const taken = new Set(this.items.map((i) => i.name));
    const tasks: PoolTask[] = files.map((f) => ({ name: unique(f.name, taken), file: f.file }));
    this.items = [...this.items, ...tasks.map((t) => ({ name: t.name, outcome: null }))];
    this.#pool.add(tasks, this.#app.rules.source);
  }

  /** Stops the batch; the reports already checked stay in the matrix. */
  cancel(): void {
    this.#pool.cancel();
    this.cancelled = { done: this.done, total: this.total };
    this.items = this.items.filter((i) => i.outcome);
    this.current = [];
  }

  clear(): void {
    this.#pool.cancel();
    this.items = [];
    this.current = [];
    this.skipped = 0;
    this.cancelled = null;
    this.selected = [];
    this.comparing = false;
  }

  sortBy(key: SortKey): void {
    const same = this.sort && sortId(this.sort.key) === sortId(key);
    this.sort = { key, descending: same ? !this.sort!.descending : false };
  }

  /** Ticking a third row lets go of the first one ticked. */
  toggleSelected(name: string): void {
    this.selected = this.selected.includes(name) ? this.selected.filter((n) => n !== name) : [...this.selected, name].slice(-2);
    if (this.selected.length < 2) this.comparing = false;
  }

  compare(open: boolean): void {
    this.comparing = open && this.selected.length === 2;
  }

  /** Opens one report at one indicator in the single-report view. */
  open(name: string, indicator: string): void {
    const outcome = this.#outcome(name);
    if (!outcome?.ok) return;
    this.#app.showChecked(outcome.checked, indicator);
    this.active = false;
  }

  #started(task: PoolTask): void {
    this.current = [...this.current, task.name];
  }

  #finished(task: PoolTask, result: CheckResult): void {
    const outcome: Outcome = result.ok
      ? { ok: true, checked: { name: task.name, doc: result.doc, headings: result.headings, report: result.report } }
      : { ok: false, error: result.error };
    this.items = this.items.map((i) => (i.name === task.name ? { name: i.name, outcome } : i));
    this.current = this.current.filter((n) => n !== task.name);
  }

  #outcome(name: string): Outcome | null {
    return this.items.find((i) => i.name === name)?.outcome ?? null;
  }

  #view(rows: MatrixRow[]): MatrixRow[] {
    let shown = rows;
    const indicator = this.filterIndicator;
    if (indicator) shown = this.filterStatus === 'problems' ? rowsWhere(shown, indicator, 'weak', 'missing') : rowsWhere(shown, indicator, this.filterStatus);
    if (this.onlyProblems) shown = shown.filter((r) => r.error || r.counts.weak + r.counts.missing > 0);
    if (this.onlyNotReports) shown = notReports(shown);
    return this.sort ? sortRows(shown, this.sort.key, this.sort.descending) : shown;
  }

  /** The earlier year is the older report; without years, the one ticked first. */
  #compare(): YearComparison | null {
    const sides = this.selected.map((name) => this.#outcome(name));
    if (sides.length !== 2 || !sides.every((s) => s?.ok)) return null;
    let [a, b] = sides.map((s) => (s as Extract<Outcome, { ok: true }>).checked);
    if (a.report.year !== null && b.report.year !== null && a.report.year > b.report.year) [a, b] = [b, a];
    return compareYears({ report: a.report, text: a.doc.text }, { report: b.report, text: b.doc.text });
  }
}

function reportOf(name: string, outcome: Outcome): Report | FailedReport {
  return outcome.ok ? outcome.checked.report : { file: name, error: outcome.error };
}

/** Two folders may both hold 报告.docx; rows and comparisons need distinct names. */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
  taken.add(candidate);
  return candidate;
}
