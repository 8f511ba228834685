// The rule studio: the rule set being edited, what its last valid version gives on its own
// examples and on the reports loaded here, and what it changed against the built-in set. The
// editor hands every edit in; the worker validates it, runs the examples, then re-judges the
// kept reports (cancelled by the next edit). An edit that does not load changes nothing but the
// problem shown: examples, change table and the active rule set stay those of the last valid one.

import type { ExampleOutcome } from '../../core/studio/examples.ts';
import type { Trial } from '../../core/studio/trial.ts';
import type { RuleChange } from '../../core/rules/set-diff.ts';
import { CheckerClient } from '../worker/client.ts';
import type { RuleProblem, RuleSetInfo, RulesSource, StudioJudged, StudioValidated } from '../worker/protocol.ts';
import { fileBytes } from '../file-bytes.ts';
import { download } from '../export/download.ts';
import { BUILTIN } from './rules.svelte.ts';
import type { AppState } from './app.svelte.ts';

const ACTIVATE_AFTER_MS = 1000;

export class StudioState {
  readonly #app: AppState;
  /** A worker of its own: a re-judging never waits for a report being checked, nor the reverse. */
  #client: CheckerClient | null = null;
  /** What the change table compares with: the set active when the studio was first opened, or
   *  the one loaded (or reset to) since. */
  #baseline: RulesSource | null = null;
  #trialRun = 0;
  #activation: ReturnType<typeof setTimeout> | undefined;
  #pendingActivation: (() => void) | null = null;

  active = $state(false);
  /** The editor's text when the studio opened or a set was loaded; the editor owns it after. */
  opened = $state.raw<RulesSource | null>(null);
  /** The last edit that loaded: the set checking uses. */
  valid = $state.raw<RulesSource | null>(null);
  info = $state.raw<RuleSetInfo | null>(null);
  problem = $state.raw<RuleProblem | null>(null);
  examples = $state.raw<ExampleOutcome[]>([]);
  diff = $state.raw<RuleChange[]>([]);
  judged = $state.raw<StudioJudged | null>(null);
  judging = $state(false);
  reports = $state(0);
  failedReports = $state(0);
  cursorRule = $state<string | null>(null);
  trialText = $state('');
  trial = $state.raw<Trial | null>(null);

  ruleExamples = $derived(this.examples.filter((e) => e.rule === this.cursorRule));

  constructor(app: AppState) {
    this.#app = app;
  }

  async show(): Promise<void> {
    this.active = true;
    if (this.opened) return;
    await this.#app.rules.ready;
    this.#baseline = this.#app.rules.source;
    this.opened = this.#app.rules.source;
    await this.edit(this.opened.yaml);
  }

  /** Leaving the studio makes its last valid edit the active set at once, not a second later,
   *  and the open report is checked again under it. */
  hide(): void {
    if (!this.active) return;
    this.active = false;
    if (this.#pendingActivation) {
      clearTimeout(this.#activation);
      this.#pendingActivation();
    }
    void this.#app.recheck();
  }

  /** A set loaded from the rules panel (or the built-in one chosen) replaces the editor's text. */
  follow(source: RulesSource): void {
    if (!this.opened) return;
    this.#baseline = source;
    this.opened = source;
    void this.edit(source.yaml);
  }

  /** Settles with the problem of this edit, for the editor to underline, or null once it
   *  loads; the reports are re-judged after that, and `judged` follows. */
  edit(yaml: string): Promise<RuleProblem | null> {
    const source = { yaml, fileName: this.opened?.fileName ?? BUILTIN.fileName };
    return new Promise((settle) => {
      const validated = (v: StudioValidated) => {
        this.problem = null;
        this.info = v.info;
        this.examples = v.examples;
        this.diff = v.diff;
        this.valid = source;
        this.judging = true;
        this.#activateSoon(source);
        void this.runTrial();
        settle(null);
      };
      void this.#worker()
        .studioEdit(source, this.#baseline ?? BUILTIN, BUILTIN, validated)
        .then((result) => {
          if (!result.ok) {
            this.problem = result.problem;
            settle(result.problem);
          } else if (result.judged) {
            // A superseded edit (judged null) leaves both to the newer one.
            this.judged = result.judged;
            this.judging = false;
          }
        });
    });
  }

  async addFiles(files: { name: string; file: Blob }[]): Promise<void> {
    for (const { name, file } of files) {
      const bytes = await fileBytes(file);
      const added = bytes ? await this.#worker().studioAdd({ name, bytes }) : null;
      if (added?.ok) this.reports++;
      else this.failedReports++;
    }
    if (this.valid) await this.edit(this.valid.yaml);
  }

  async setTrial(text: string): Promise<void> {
    this.trialText = text;
    await this.runTrial();
  }

  async runTrial(): Promise<void> {
    const run = ++this.#trialRun;
    const trial = this.cursorRule && this.trialText.trim() ? await this.#worker().studioTry(this.trialText, this.cursorRule) : null;
    if (run === this.#trialRun) this.trial = trial;
  }

  save(): void {
    if (this.valid) download(this.valid.fileName === BUILTIN.fileName ? '规则集.yaml' : this.valid.fileName, this.valid.yaml, 'application/yaml');
  }

  /** The editor follows (App.svelte: rules.chosen). */
  async reset(): Promise<void> {
    await this.#app.useBuiltinRules();
  }

  /** The checker's worker compiles and warms up each new set: while typing, only the last. */
  #activateSoon(source: RulesSource): void {
    clearTimeout(this.#activation);
    this.#pendingActivation = () => {
      this.#pendingActivation = null;
      if (this.#app.rules.source.yaml !== source.yaml) void this.#app.rules.useEdited(source);
    };
    this.#activation = setTimeout(this.#pendingActivation, ACTIVATE_AFTER_MS);
  }

  #worker(): CheckerClient {
    return (this.#client ??= new CheckerClient());
  }
}
