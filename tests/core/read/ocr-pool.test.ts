// The pool hands each page to a free thread and never more than one page to a thread at once.
import { describe, expect, it } from 'vitest';
import { ocrPool, type OcrAnswer, type OcrRequest, type OcrThread } from '../../../src/core/read/ocr-pool.ts';

/** A thread that answers when told to, recording what it was given. */
function fakeThread() {
  const given: OcrRequest[] = [];
  let listener: (answer: OcrAnswer) => void = () => {};
  const thread: OcrThread = { post: (r) => given.push(r), onAnswer: (l) => (listener = l) };
  const answer = (text: string) => listener({ id: given.at(-1)!.id, page: { width: 1, height: 1, lines: [{ text, confidence: 90, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, size: 1 } ] } });
  const fail = () => listener({ id: given.at(-1)!.id, error: 'thread died' });
  return { thread, given, answer, fail };
}

const image = new Uint8Array([1]);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ocrPool', () => {
  it('keeps one page in each thread and gives the next page to the first thread free', async () => {
    const [a, b] = [fakeThread(), fakeThread()];
    const pool = ocrPool([a.thread, b.thread]);
    expect(pool.parallel).toBe(2);
    const pages = [pool.recognise(image, 'chi_sim'), pool.recognise(image, 'chi_sim'), pool.recognise(image, 'chi_tra')];
    await tick();
    expect([a.given.length, b.given.length]).toEqual([1, 1]);
    b.answer('second');
    await tick();
    expect([a.given.length, b.given.length]).toEqual([1, 2]);
    expect(b.given[1].language).toBe('chi_tra');
    a.answer('first');
    b.answer('third');
    expect((await Promise.all(pages)).map((p) => p.lines[0].text)).toEqual(['first', 'second', 'third']);
  });

  it('rejects the page of a thread that failed, and goes on with the others', async () => {
    const a = fakeThread();
    const pool = ocrPool([a.thread]);
    const failed = pool.recognise(image, 'chi_sim');
    const next = pool.recognise(image, 'chi_sim');
    await tick();
    a.fail();
    await expect(failed).rejects.toThrow('thread died');
    await tick();
    a.answer('after');
    expect((await next).lines[0].text).toBe('after');
  });
});
