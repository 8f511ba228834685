// Several checking workers side by side, for a batch of reports. Each slot owns one
// CheckerClient (the same protocol as the single-report page) and takes the next file when it
// is free, so a 200-page PDF holds up one slot while the short reports flow through the others.

import type { RulesSource } from './protocol.ts';
import { Cancelled, CheckerClient, type RowResult } from './client.ts';
import { fileBytes, UNREADABLE } from '../file-bytes.ts';
import { poolSize } from './pool-size.ts';

export interface PoolTask {
  name: string;
  file: Blob;
}

export interface PoolListener {
  started(task: PoolTask): void;
  finished(task: PoolTask, result: RowResult): void;
}

interface Slot {
  client: CheckerClient;
  busy: boolean;
}

export class CheckerPool {
  readonly #slots: Slot[];
  #queue: { task: PoolTask; rules: RulesSource }[] = [];
  /** Bumped by cancel: a slot that was still reading a file when cancelled drops it. */
  #generation = 0;
  #listener: PoolListener;

  constructor(listener: PoolListener, size = poolSize()) {
    this.#listener = listener;
    this.#slots = Array.from({ length: size }, () => ({ client: new CheckerClient(), busy: false }));
  }

  /** Queues files for checking under `rules`; files already queued keep the rules they had. */
  add(tasks: PoolTask[], rules: RulesSource): void {
    this.#queue.push(...tasks.map((task) => ({ task, rules })));
    for (const slot of this.#slots) if (!slot.busy) void this.#drain(slot);
  }

  /** Starts every slot's worker and has it compile the rules and warm up (see warm-up.ts) while
   *  the reviewer is still choosing files. Otherwise the first reports of a batch pay for it,
   *  and the compiling, on every core, starves the page's frames as the first rows arrive. */
  prepare(rules: RulesSource): void {
    for (const slot of this.#slots) void slot.client.loadRules(rules).catch(() => undefined);
  }

  /** Drops the queue and stops the checks in progress; their tasks never report. */
  cancel(): void {
    this.#queue = [];
    this.#generation++;
    for (const slot of this.#slots) slot.client.cancel();
  }

  async #drain(slot: Slot): Promise<void> {
    slot.busy = true;
    for (let next = this.#queue.shift(); next; next = this.#queue.shift()) {
      const { task, rules } = next;
      const generation = this.#generation;
      this.#listener.started(task);
      let result: RowResult;
      // Bytes are read only when a slot takes the file, so a queue of 100 PDFs holds 4 in memory.
      const bytes = await fileBytes(task.file);
      if (generation !== this.#generation) continue;
      try {
        result = bytes ? await slot.client.checkRow({ name: task.name, bytes }, rules) : { ok: false, error: UNREADABLE };
      } catch (error) {
        if (error instanceof Cancelled) continue;
        // A crashed worker: that file fails, the batch goes on.
        result = { ok: false, error: { code: 'internal', message: '' } };
      }
      if (generation === this.#generation) this.#listener.finished(task, result);
    }
    slot.busy = false;
  }
}
