// The batch review: many reports checked side by side by a pool of workers, read as a matrix of
// reports × indicators, two of them compared year over year. Each report keeps its matrix row
// (the report and its issuing body) and its File, a handle the browser reads on demand: the text
// of a report is read again from it when the reviewer opens or compares it, so a thousand
// reports do not hold a thousand texts. Nothing is stored.

import type { YearComparison } from '../../core/batch/compare.ts';
import { EMPTY_MATRIX, matrixRow, notReports, rowsWhere, sortRows, withRows, type Matrix, type MatrixRow, type SortKey } from '../../core/batch/matrix.ts';
import type { Report, Status } from '../../core/report.ts';
import type { Collected } from '../batch/collect-files.ts';
import type { Input, RowResult } from '../worker/client.ts';
import { CheckerPool, type PoolTask } from '../worker/pool.ts';
import type { RulesSource } from '../worker/protocol.ts';
import { fileBytes } from '../file-bytes.ts';
import type { AppState } from './app.svelte.ts';

/** `problems` is weak or missing: what a reviewer sends back. */
export type StatusFilter = Status | 'problems';

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** What a report was checked from: read again to open or compare it. */
interface Source {
  file: Blob;
  rules: RulesSource;
}

export const sortId = (key: SortKey): string => (typeof key === 'object' ? `indicator:${key.indicator}` : key);

/** Rows arriving within this long are added to the matrix together, and the progress moves
 *  with them: the page changes once a second, however fast the workers are. Every change costs
 *  a layout and a repaint of the matrix, which on a busy machine is a long frame. */
const FLUSH_MS = 1000;

export class BatchState {
  readonly #app: AppState;
  readonly #pool = new CheckerPool({
    started: (task) => this.#started(task),
    finished: (task, result) => this.#finished(task, result),
  });
  /** Every file of the batch by its row's name; not reactive, nothing renders it. */
  #sources = new Map<string, Source>();
  /** Rows checked but not yet in the matrix, and the files being checked, see FLUSH_MS. */
  #arrived: MatrixRow[] = [];
  #checking = new Set<string>();
  #flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the pool's workers were started, on the first visit to the batch view. */
  #prepared = false;
  /** Bumped when the comparison is closed or the batch cleared: a late read is dropped. */
  #compareRun = 0;

  /** Whether the batch view is the one shown (the other is the single report). */
  active = $state(false);
  /** Files chosen and not cancelled; done counts those whose row is in the matrix. */
  total = $state(0);
  done = $state(0);
  busy = $derived(this.done < this.total);
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
  /** A report that could not be read again to open or compare it (moved or changed on disk). */
  unreadable = $state<string | null>(null);
  /** Up to two rows ticked for the year-over-year comparison, in the order ticked. */
  selected = $state.raw<string[]>([]);

  /** Every finished report, in the order finished; replaced, never mutated. */
  matrix = $state.raw<Matrix>(EMPTY_MATRIX);
  /** The rows the reviewer sees: filtered, then sorted. */
  rows: MatrixRow[] = $derived(this.#view(this.matrix.rows));
  comparison = $state.raw<YearComparison | null>(null);

  constructor(app: AppState) {
    this.#app = app;
  }

  async show(active: boolean): Promise<void> {
    this.active = active;
    if (!active || this.#prepared) return;
    this.#prepared = true;
    await this.#app.rules.settled();
    this.#pool.prepare(this.#app.rules.source);
  }

  async add({ files, skipped }: Collected): Promise<void> {
    this.skipped = skipped;
    this.cancelled = null;
    if (!files.length) return;
    // The batch is checked under the rule set the single-report page uses.
    await this.#app.rules.settled();
    const rules = this.#app.rules.source;
    const tasks: PoolTask[] = files.map((f) => ({ name: this.#unique(f.name), file: f.file }));
    for (const task of tasks) this.#sources.set(task.name, { file: task.file, rules });
    this.total += tasks.length;
    this.#pool.add(tasks, rules);
  }

  /** The batch's files by their rows' names, for the rule studio to judge again. */
  files(): { name: string; file: Blob }[] {
    return [...this.#sources].map(([name, { file }]) => ({ name, file }));
  }

  /** Stops the batch; the reports already checked stay in the matrix. */
  cancel(): void {
    this.#pool.cancel();
    this.#flush();
    const kept = new Set(this.matrix.rows.map((r) => r.file));
    for (const name of this.#sources.keys()) if (!kept.has(name)) this.#sources.delete(name);
    this.cancelled = { done: this.done, total: this.total };
    this.total = this.done;
    this.#checking.clear();
    this.current = [];
  }

  clear(): void {
    this.#pool.cancel();
    this.#arrived = [];
    this.#checking.clear();
    this.#sources.clear();
    this.matrix = EMPTY_MATRIX;
    this.total = 0;
    this.done = 0;
    this.current = [];
    this.skipped = 0;
    this.cancelled = null;
    this.selected = [];
    // Closing the comparison also drops the unreadable-file message.
    this.compare(false);
  }

  sortBy(key: SortKey): void {
    const same = this.sort && sortId(this.sort.key) === sortId(key);
    this.sort = { key, descending: same ? !this.sort!.descending : false };
  }

  /** Ticking a third row lets go of the first one ticked. */
  toggleSelected(name: string): void {
    this.selected = this.selected.includes(name) ? this.selected.filter((n) => n !== name) : [...this.selected, name].slice(-2);
    if (this.selected.length < 2) this.compare(false);
  }

  /** Opens (or closes) the comparison of the two ticked reports, once both texts are read again. */
  async compare(open: boolean): Promise<void> {
    const run = ++this.#compareRun;
    this.comparison = null;
    this.unreadable = null;
    if (!open || this.selected.length !== 2) return;
    const sides = this.selected.map((name) => this.#rowOf(name));
    if (!sides.every((row) => row && !row.error)) return;
    const inputs = await Promise.all(sides.map((row) => this.#readAgain(row!.file)));
    if (run !== this.#compareRun || inputs.some((input) => !input)) return;
    const texts = await Promise.all(inputs.map((input) => this.#app.readText(input!)));
    if (run !== this.#compareRun || texts.some((text) => text === null)) return;
    let [a, b] = sides.map((row, i) => ({ report: row!.source as Report, text: texts[i]! }));
    // The earlier year is the older report; without years, the one ticked first.
    if (a.report.year !== null && b.report.year !== null && a.report.year > b.report.year) [a, b] = [b, a];
    // The worker compares under the batch's rules: last year's tables are checked against them.
    const comparison = await this.#app.compareYears(a, b, this.#sources.get(b.report.file)?.rules ?? this.#app.rules.source);
    if (run !== this.#compareRun || !comparison) return;
    this.comparison = comparison;
  }

  /** Opens one report at one indicator in the single-report view, its file checked again there. */
  async open(name: string, indicator: string): Promise<void> {
    const source = this.#sources.get(name);
    if (!source || this.#rowOf(name)?.error) return;
    this.unreadable = null;
    const input = await this.#readAgain(name);
    if (!input) return;
    this.active = false;
    await this.#app.openAt(input, source.rules, indicator);
  }

  /** A report's file read again, or null (and `unreadable` set) when the browser no longer can. */
  async #readAgain(name: string): Promise<Input | null> {
    const bytes = await fileBytes(this.#sources.get(name)!.file);
    if (!bytes) this.unreadable = name;
    return bytes && { name, bytes };
  }

  #rowOf(name: string): MatrixRow | undefined {
    return this.matrix.rows.find((r) => r.file === name);
  }

  #started(task: PoolTask): void {
    this.#checking.add(task.name);
    // The first file shows at once; later ones with the next rows.
    if (!this.current.length) this.current = [...this.#checking];
  }

  #finished(task: PoolTask, result: RowResult): void {
    const source = result.ok ? result.report : { file: task.name, error: result.error };
    this.#arrived.push(matrixRow(source, result.ok ? result.body : null));
    this.#checking.delete(task.name);
    this.#flushTimer ??= setTimeout(() => this.#flush(), this.done ? FLUSH_MS : 0);
  }

  #flush(): void {
    if (this.#flushTimer !== null) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    this.current = [...this.#checking];
    if (!this.#arrived.length) return;
    this.matrix = withRows(this.matrix, this.#arrived);
    this.done += this.#arrived.length;
    this.#arrived = [];
  }

  #view(rows: MatrixRow[]): MatrixRow[] {
    let shown = rows;
    const indicator = this.filterIndicator;
    if (indicator) shown = this.filterStatus === 'problems' ? rowsWhere(shown, indicator, 'weak', 'missing') : rowsWhere(shown, indicator, this.filterStatus);
    if (this.onlyProblems) shown = shown.filter((r) => r.error || r.counts.weak + r.counts.missing > 0);
    if (this.onlyNotReports) shown = notReports(shown);
    return this.sort ? sortRows(shown, this.sort.key, this.sort.descending) : shown;
  }

  /** Two folders may both hold 报告.docx; rows and comparisons need distinct names. */
  #unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.#sources.has(candidate); n++) candidate = `${name} (${n})`;
    return candidate;
  }
}
