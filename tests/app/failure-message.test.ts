import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import { ReadError } from '../../src/core/document.ts';
import { readDocument } from '../../src/core/read/index.ts';
import { failureMessage } from '../../src/ui/failure-message.ts';
import { STRINGS } from '../../src/ui/i18n.ts';
import { randomBytes } from '../fixtures/build.ts';

async function failure(name: string, bytes: Uint8Array) {
  const error = await readDocument({ name, bytes }, await nodeReadEnv()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReadError);
  return { code: (error as ReadError).code, message: (error as ReadError).message };
}

describe('failure messages', () => {
  it('are the reader’s Chinese message in the Chinese interface', async () => {
    const renamed = await failure('报告.pdf', randomBytes(4096, 9));
    expect(failureMessage(renamed, STRINGS.zh)).toBe(renamed.message);
  });

  it('are English in the English interface, naming both causes of a bad .pdf or .docx', async () => {
    expect(failureMessage(await failure('报告.pdf', randomBytes(4096, 9)), STRINGS.en)).toMatch(/^This file is not a valid PDF: it is damaged .* renamed to \.pdf/u);
    expect(failureMessage(await failure('报告.docx', randomBytes(4096, 9)), STRINGS.en)).toMatch(/^This file is not a valid Word document/u);
    expect(failureMessage(await failure('a.txt', new Uint8Array(0)), STRINGS.en)).toMatch(/^The file has no text/u);
  });

  it('hide an internal error behind the interface’s own words', () => {
    expect(failureMessage({ code: 'internal', message: '' }, STRINGS.en)).toBe(STRINGS.en.internalError);
  });
});
