// Which rule set is active. A custom set is remembered as its YAML text; a rule file that does
// not load leaves the previous set active and says where it is wrong.

import builtinYaml from '../../../rules/annual-report.yaml?raw';
import type { CheckerClient } from '../worker/client.ts';
import type { RuleProblem, RuleSetInfo, RulesSource } from '../worker/protocol.ts';
import { recall, remember } from './storage.ts';

export const BUILTIN: RulesSource = { yaml: builtinYaml, fileName: 'annual-report.yaml' };
const KEY = 'rules';

export class RuleChoice {
  source = $state.raw<RulesSource>(BUILTIN);
  info = $state.raw<RuleSetInfo | null>(null);
  /** The last rule file that failed to load; `stored` when it was the remembered one. */
  problem = $state.raw<{ problem: RuleProblem; stored: boolean } | null>(null);
  builtin = $derived(this.source.yaml === BUILTIN.yaml);
  /** Bumped when a rule file is loaded or the built-in set chosen (not by the studio's edits):
   *  the studio's editor then shows that set. */
  chosen = $state(0);
  /** Settles once the remembered (or built-in) set is loaded; checks wait for it. */
  readonly ready: Promise<void>;

  #client: CheckerClient;
  #activation: Promise<void> = Promise.resolve();

  constructor(client: CheckerClient) {
    this.#client = client;
    // A worker that cannot start fails every check too, and says so there.
    this.ready = this.#restore().catch(() => undefined);
  }

  /** Returns whether the file became the active set. */
  async loadFile(file: File): Promise<boolean> {
    await this.ready;
    const source = { yaml: await file.text(), fileName: file.name };
    const problem = await this.#activate(source);
    this.problem = problem && { problem, stored: false };
    if (!problem) {
      remember(KEY, JSON.stringify(source));
      this.chosen++;
    }
    return !problem;
  }

  /** A valid edit of the rule studio becomes the active set, remembered like a loaded file.
   *  Checks started meanwhile wait for it (`settled`). */
  useEdited(source: RulesSource): Promise<void> {
    const activation = this.ready.then(async () => {
      if (await this.#activate(source)) return;
      this.problem = null;
      remember(KEY, source.yaml === BUILTIN.yaml ? null : JSON.stringify(source));
    });
    this.#activation = activation.catch(() => undefined);
    return activation;
  }

  /** Settles once the remembered set and the studio's last edit are active: a check waits for it. */
  async settled(): Promise<void> {
    await this.ready;
    await this.#activation;
  }

  async useBuiltin(): Promise<void> {
    await this.ready;
    remember(KEY, null);
    const problem = await this.#activate(BUILTIN);
    this.problem = problem && { problem, stored: false };
    if (!problem) this.chosen++;
  }

  dismissProblem(): void {
    this.problem = null;
  }

  async #restore(): Promise<void> {
    const stored = parseStored(recall(KEY));
    if (stored) {
      const problem = await this.#activate(stored);
      if (!problem) return;
      this.problem = { problem, stored: true };
      remember(KEY, null);
    }
    const problem = await this.#activate(BUILTIN);
    if (problem) this.problem = { problem, stored: false };
  }

  async #activate(source: RulesSource): Promise<RuleProblem | null> {
    const result = await this.#client.loadRules(source);
    if (!result.ok) return result.problem;
    this.source = source;
    this.info = result.info;
    return null;
  }
}

function parseStored(text: string | null): RulesSource | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<RulesSource>;
    return typeof value.yaml === 'string' && typeof value.fileName === 'string' ? { yaml: value.yaml, fileName: value.fileName } : null;
  } catch {
    return null;
  }
}
