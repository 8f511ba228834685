// The application state: what is open, what the worker is doing, what the checker found and what
// the reviewer decided. Components read it and call its methods; nothing else changes it.

import type { DocumentText } from '../../core/document.ts';
import type { Evidence, Report } from '../../core/report.ts';
import type { CheckedText, YearComparison } from '../../core/batch/compare.ts';
import type { Heading } from '../../core/structure/sections.ts';
import { fileBytes, UNREADABLE } from '../file-bytes.ts';
import { STRINGS, type Lang } from '../i18n.ts';
import { Cancelled, CheckerClient, type Input } from '../worker/client.ts';
import type { CheckFailure, RulesSource } from '../worker/protocol.ts';
import { RuleChoice } from './rules.svelte.ts';
import { groupFigures } from './figures.ts';
import { recall, remember } from './storage.ts';
import { countStatuses, overall, review, type Override } from './verdicts.ts';

export type Job =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string; page: number; pages: number }
  | { kind: 'failed'; name: string; error: CheckFailure }
  | { kind: 'cancelled' };

export interface Checked {
  name: string;
  doc: DocumentText;
  headings: Heading[];
  report: Report;
}

/** Which indicator (or finding) is open and which of its quotes to bring into view. */
export interface Selection {
  /** A rule id, findingKey(i) for the report's i-th finding or figureKey(i) for its i-th figure. */
  id: string;
  evidence: number;
  /** Move keyboard focus to the quote (evidence links), not only scroll (list clicks). */
  focus: boolean;
  /** Bumped on every request, so asking for the same quote again scrolls again. */
  seq: number;
}

/** What the document marks: the open indicator's quotes, a finding's or a figure's. */
export interface Marked {
  title: string;
  evidence: Evidence[];
  /** What was looked for, when an indicator has no quote to show. */
  reason: string | null;
}

export const findingKey = (index: number): string => `finding:${index}`;
export const figureKey = (index: number): string => `figure:${index}`;

export class AppState {
  readonly #client = new CheckerClient();
  readonly rules = new RuleChoice(this.#client);

  lang = $state<Lang>(recall('lang') === 'en' ? 'en' : 'zh');
  t = $derived(STRINGS[this.lang]);

  job = $state.raw<Job>({ kind: 'idle' });
  checked = $state.raw<Checked | null>(null);
  overrides = $state.raw<Record<string, Override>>({});
  selection = $state.raw<Selection | null>(null);
  onlyProblems = $state(false);
  /** How many checks have ended in a checklist or a failure: a new result's number, by which the
   *  page (and a test) tells the report just opened from the one shown before it. */
  outcomes = $state(0);

  verdicts = $derived(this.checked ? review(this.checked.report, this.overrides) : []);
  counts = $derived(countStatuses(this.verdicts));
  overall = $derived(this.checked ? overall(this.checked.report, this.verdicts) : null);
  figures = $derived(this.checked ? groupFigures(this.checked.report) : []);
  marked = $derived.by((): Marked | null => {
    const id = this.selection?.id;
    if (!id || !this.checked) return null;
    const finding = this.checked.report.findings.find((_, i) => findingKey(i) === id);
    if (finding) return { title: finding.message, evidence: finding.evidence, reason: null };
    const figure = this.checked.report.figures?.find((_, i) => figureKey(i) === id);
    if (figure) {
      const { name: title, quote, start, end, page } = figure;
      return { title, evidence: [{ quote, section: null, start, end, page }], reason: null };
    }
    const verdict = this.verdicts.find((v) => v.id === id);
    return verdict ? { title: verdict.title, evidence: verdict.evidence, reason: verdict.evidence.length ? null : verdict.reason } : null;
  });

  /** The file's bytes stay in memory (never in storage) to re-check it under another rule set. */
  #input: Input | null = null;
  /** The rule set (its text) the open report was checked under. */
  #checkedWith: string | null = null;
  #run = 0;
  #seq = 0;

  setLang(lang: Lang): void {
    this.lang = lang;
    remember('lang', lang);
  }

  async openFile(file: File): Promise<void> {
    // The open report goes at once, not when the new file's bytes have arrived.
    const run = this.#begin(file.name, false);
    const bytes = await fileBytes(file);
    if (run !== this.#run) return;
    if (bytes) await this.#checkIn(run, { name: file.name, bytes });
    else this.#fail(file.name, UNREADABLE);
  }

  async openText(text: string): Promise<void> {
    await this.#check({ name: this.t.pastedName, bytes: new TextEncoder().encode(text) }, false);
  }

  cancel(): void {
    this.#run++;
    this.#client.cancel();
    this.job = { kind: 'cancelled' };
  }

  dismissJob(): void {
    if (this.job.kind !== 'busy') this.job = { kind: 'idle' };
  }

  async loadRules(file: File): Promise<void> {
    if ((await this.rules.loadFile(file)) && this.#input) await this.#check(this.#input, true);
  }

  async useBuiltinRules(): Promise<void> {
    await this.rules.useBuiltin();
    if (this.#input) await this.#check(this.#input, true);
  }

  /** After the rule studio's edits: the open report checked again if the active set changed. */
  async recheck(): Promise<void> {
    await this.rules.settled();
    if (this.#input && this.#checkedWith !== this.rules.source.yaml) await this.#check(this.#input, true);
  }

  /** Opens a report of the batch at one indicator: its file, read again, is checked again under
   *  the rules the batch used, since the batch keeps no text. */
  async openAt(input: Input, rules: RulesSource, indicator: string): Promise<void> {
    if (await this.#check(input, false, rules)) this.select(indicator, 0, true);
  }

  /** The text of a file read again (for a batch's comparison); null when it cannot be read. */
  async readText(input: Input): Promise<string | null> {
    const result = await this.#client.read(input).catch(() => null);
    return result?.ok ? result.doc.text : null;
  }

  /** Two reports of a batch compared in the worker; null when that fails. */
  compareYears(older: CheckedText, newer: CheckedText, rules: RulesSource): Promise<YearComparison | null> {
    return this.#client.compare(older, newer, rules).catch(() => null);
  }

  select(id: string, evidence = 0, focus = false): void {
    this.selection = { id, evidence, focus, seq: ++this.#seq };
  }

  /** The list button opens an indicator or, when it is open, closes it. */
  toggle(id: string): void {
    if (this.selection?.id === id) this.selection = null;
    else this.select(id);
  }

  overrule(id: string, override: Override): void {
    this.overrides = { ...this.overrides, [id]: override };
  }

  undoOverrule(id: string): void {
    const { [id]: _undone, ...rest } = this.overrides;
    this.overrides = rest;
  }

  /** A new file replaces the open one; a re-check under new rules keeps the reviewer's work.
   *  Says whether the file was checked (not failed, cancelled or replaced). */
  #check(input: Input, recheck: boolean, rules?: RulesSource): Promise<boolean> {
    return this.#checkIn(this.#begin(input.name, recheck), input, rules);
  }

  /** Cancels what runs and starts a new run; its number tells a stale outcome from a current one. */
  #begin(name: string, recheck: boolean): number {
    this.#client.cancel();
    const run = ++this.#run;
    this.job = { kind: 'busy', name, page: 0, pages: 0 };
    if (!recheck) {
      this.checked = null;
      this.selection = null;
      this.overrides = {};
      this.#input = null;
    }
    return run;
  }

  async #checkIn(run: number, input: Input, rules?: RulesSource): Promise<boolean> {
    await this.rules.settled();
    if (run !== this.#run) return false;
    const onProgress = (page: number, pages: number) => {
      if (run === this.#run) this.job = { kind: 'busy', name: input.name, page, pages };
    };
    let result;
    try {
      result = await this.#client.check(input, rules ?? this.rules.source, onProgress);
    } catch (error) {
      if (error instanceof Cancelled) return false;
      result = { ok: false, error: { code: 'internal', message: '' } } as const;
    }
    if (run !== this.#run) return false;
    if (!result.ok) {
      this.#fail(input.name, result.error);
      return false;
    }
    this.#input = input;
    this.#checkedWith = (rules ?? this.rules.source).yaml;
    this.checked = { name: input.name, doc: result.doc, headings: result.headings, report: result.report };
    this.job = { kind: 'idle' };
    this.outcomes++;
    return true;
  }

  #fail(name: string, error: CheckFailure): void {
    this.job = { kind: 'failed', name, error };
    this.outcomes++;
  }
}
