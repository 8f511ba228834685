// What the command line says about a file: the same core, run in Node, so the app's verdicts
// can be compared with the CLI's without spawning it for each file.

import { readFileSync } from 'node:fs';
import { checkDocument } from '../../src/core/check.ts';
import { readDocument } from '../../src/core/read/index.ts';
import type { Report } from '../../src/core/report.ts';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import { defaultRules } from '../helpers/docs.ts';

export async function cliReport(path: string): Promise<Report> {
  const doc = await readDocument({ name: path, bytes: new Uint8Array(readFileSync(path)) }, await nodeReadEnv());
  return checkDocument(doc, defaultRules(), { file: path });
}

export const statuses = (report: Report): Record<string, string> => Object.fromEntries(report.results.map((r) => [r.id, r.status]));

/** Quotes and marks compare without whitespace: a quote may cross a paragraph break. */
export const squash = (text: string): string => text.replace(/\s+/g, '');
