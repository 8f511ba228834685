// A typed wrapper around the checking worker: one promise per request, progress by callback.
// Cancelling terminates the worker (a long PDF keeps pdf.js busy and would not hear a message);
// a rule file being loaded at that moment is handed to the fresh worker instead of failing.

import CheckWorker from './check.worker.ts?worker';
import type { CheckFailure, Request, Response, RuleProblem, RuleSetInfo, RulesSource, StudioJudged, StudioValidated } from './protocol.ts';
import type { Trial } from '../../core/studio/trial.ts';
import type { DocumentText } from '../../core/document.ts';
import type { Report } from '../../core/report.ts';
import type { CheckedText, YearComparison } from '../../core/batch/compare.ts';
import type { Heading } from '../../core/structure/sections.ts';

export type RulesResult = { ok: true; info: RuleSetInfo } | { ok: false; problem: RuleProblem };
export type CheckResult =
  | { ok: true; doc: DocumentText; headings: Heading[]; report: Report }
  | { ok: false; error: CheckFailure };
export type RowResult = { ok: true; report: Report; body: string | null } | { ok: false; error: CheckFailure };
export type StudioEditResult = { ok: true; judged: StudioJudged | null } | { ok: false; problem: RuleProblem };
export type AddResult = { ok: true } | { ok: false; error: CheckFailure };
export type ReadResult = { ok: true; doc: DocumentText } | { ok: false; error: CheckFailure };
/** A file by its name and bytes, as the checker takes it. */
export type Input = { name: string; bytes: Uint8Array };

/** Rejection reason of requests that were cancelled or replaced. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

type Body = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

interface Pending {
  request: Request;
  settle(response: Response): void;
  fail(error: Error): void;
}

export class CheckerClient {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending = new Map<number, Pending>();

  loadRules(rules: RulesSource): Promise<RulesResult> {
    return this.#send({ type: 'load-rules', rules }, (r) =>
      r.type === 'rules-loaded' ? { ok: true, info: r.info } : r.type === 'rules-invalid' ? { ok: false, problem: r.problem } : undefined,
    );
  }

  check(file: Input, rules: RulesSource, onProgress: (page: number, pages: number) => void): Promise<CheckResult> {
    return this.#send({ type: 'check', name: file.name, bytes: file.bytes, rules }, (r) => {
      if (r.type === 'progress') onProgress(r.page, r.pages);
      else if (r.type === 'checked') return { ok: true, doc: r.doc, headings: r.headings, report: r.report };
      else if (r.type === 'failed') return { ok: false, error: r.error };
      return undefined;
    });
  }

  /** A batch's check: the report and its issuing body, without the document. */
  checkRow(file: Input, rules: RulesSource): Promise<RowResult> {
    return this.#send({ type: 'check-row', name: file.name, bytes: file.bytes, rules }, (r) => {
      if (r.type === 'row-checked') return { ok: true, report: r.report, body: r.body };
      else if (r.type === 'failed') return { ok: false, error: r.error };
      return undefined;
    });
  }

  /** The document's text again, for a report whose text was not kept. */
  read(file: Input): Promise<ReadResult> {
    return this.#send({ type: 'read', name: file.name, bytes: file.bytes }, (r) => {
      if (r.type === 'read-done') return { ok: true, doc: r.doc };
      else if (r.type === 'failed') return { ok: false, error: r.error };
      return undefined;
    });
  }

  /** Two years of a batch compared, the tables under the rules they were checked with. */
  compare(older: CheckedText, newer: CheckedText, rules: RulesSource): Promise<YearComparison> {
    return this.#send({ type: 'compare', older, newer, rules }, (r) => (r.type === 'compared' ? r.comparison : undefined));
  }

  /** Rule studio: a report read and analysed once, kept in this worker. */
  studioAdd(file: Input): Promise<AddResult> {
    return this.#send({ type: 'studio-add', name: file.name, bytes: file.bytes }, (r) =>
      r.type === 'studio-added' ? { ok: true } : r.type === 'failed' ? { ok: false, error: r.error } : undefined,
    );
  }

  /** Rule studio: an edit of the rules. `validated` hears at once whether it loads and how its
   *  examples fare; the promise settles when the kept reports are re-judged (`judged` is null
   *  when a newer edit cancelled that). */
  studioEdit(rules: RulesSource, baseline: RulesSource, builtin: RulesSource, validated: (result: StudioValidated) => void): Promise<StudioEditResult> {
    return this.#send({ type: 'studio-edit', rules, baseline, builtin }, (r) => {
      if (r.type === 'studio-validated') validated(r.result);
      else if (r.type === 'rules-invalid') return { ok: false, problem: r.problem };
      else if (r.type === 'studio-judged') return { ok: true, judged: r.result };
      else if (r.type === 'studio-superseded') return { ok: true, judged: null };
      else if (r.type === 'failed') return { ok: false, problem: { file: rules.fileName, line: null, field: null, problem: '内部错误', english: 'internal error' } };
      return undefined;
    });
  }

  studioTry(text: string, rule: string): Promise<Trial | null> {
    return this.#send({ type: 'studio-try', text, rule }, (r) => (r.type === 'studio-tried' ? r.trial : undefined));
  }

  /** Stops the checks in progress; their promises reject with Cancelled. With none in progress
   *  the worker is kept: a fresh one would parse pdf.js and compile the rule set again, which
   *  cost more than the whole check of a short report. */
  cancel(): void {
    if (![...this.#pending.values()].some((p) => p.request.type !== 'load-rules')) return;
    this.#worker?.terminate();
    this.#worker = null;
    for (const [id, pending] of this.#pending) {
      if (pending.request.type === 'load-rules') continue;
      this.#pending.delete(id);
      pending.fail(new Cancelled());
    }
    for (const pending of this.#pending.values()) this.#spawn().postMessage(pending.request);
  }

  #send<R>(body: Body, accept: (response: Response) => R | undefined): Promise<R> {
    const request = { ...body, id: this.#nextId++ } as Request;
    const { id } = request;
    return new Promise<R>((resolve, reject) => {
      this.#pending.set(id, {
        request,
        settle: (response) => {
          const result = accept(response);
          if (result === undefined) return;
          this.#pending.delete(id);
          resolve(result);
        },
        fail: reject,
      });
      this.#spawn().postMessage(request);
    });
  }

  #spawn(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new CheckWorker();
    worker.onmessage = (event: MessageEvent<Response>) => this.#pending.get(event.data.id)?.settle(event.data);
    // The worker failed to start or crashed: nothing it was doing will answer.
    worker.onerror = (event) => {
      event.preventDefault();
      this.#worker = null;
      worker.terminate();
      this.#failAll(new Error(event.message || 'worker error'));
    };
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.fail(error);
  }
}
