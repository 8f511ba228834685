// Pages recognised in parallel: several engines, each in a thread of its own (a worker thread in
// Node, a Web Worker in the browser), behind one OcrEngine that hands each page to a free one.

import type { OcrEngine, OcrLanguage, OcrPage } from './ocr.ts';

/** What a thread running one engine answers to: a request out, the recognised page back. */
export interface OcrRequest {
  id: number;
  image: Uint8Array;
  language: OcrLanguage;
}

export type OcrAnswer = { id: number; page: OcrPage } | { id: number; error: string };

/** The message channel of one thread, whatever the platform calls it. */
export interface OcrThread {
  post(request: OcrRequest): void;
  onAnswer(listener: (answer: OcrAnswer) => void): void;
}

/** One engine per thread; a page goes to whichever thread is free first. */
export function ocrPool(threads: OcrThread[]): OcrEngine {
  const free = [...threads];
  const waiting: ((thread: OcrThread) => void)[] = [];
  const pending = new Map<number, { resolve(page: OcrPage): void; reject(error: Error): void }>();
  let next = 0;
  for (const thread of threads) {
    thread.onAnswer((answer) => {
      const job = pending.get(answer.id);
      pending.delete(answer.id);
      if ('page' in answer) job?.resolve(answer.page);
      else job?.reject(new Error(answer.error));
      const wants = waiting.shift();
      if (wants) wants(thread);
      else free.push(thread);
    });
  }
  const acquire = () => new Promise<OcrThread>((resolve) => (free.length > 0 ? resolve(free.shift()!) : waiting.push(resolve)));
  return {
    parallel: threads.length,
    async recognise(image, language) {
      const thread = await acquire();
      const id = next++;
      return new Promise<OcrPage>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.post({ id, image, language });
      });
    },
  };
}

/** The thread's side: answers each request with its engine. */
export function serveOcr(engine: Promise<OcrEngine>, answer: (a: OcrAnswer) => void): (request: OcrRequest) => Promise<void> {
  return async ({ id, image, language }) => {
    try {
      answer({ id, page: await (await engine).recognise(image, language) });
    } catch (error) {
      answer({ id, error: String(error) });
    }
  };
}
