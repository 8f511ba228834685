// Every format a reviewer receives must give the same checklist as the report's plain text.
// The variants are generated here from the dev reports (never committed): a Word 97 .doc, an
// OFD laid out on A4 pages and written in reverse drawing order, a web page as a CMS publishes
// it, and that page saved as .mht — GB2312 quoted-printable and UTF-8 base64.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import { checkDocument } from '../../src/core/check.ts';
import { readDocument } from '../../src/core/read/index.ts';
import type { Report } from '../../src/core/report.ts';
import { formatVariants, nonEmptyLines } from '../fixtures/build-formats.ts';
import { defaultRules, shared, textDoc } from '../helpers/docs.ts';

const REPORTS = readdirSync(shared('corpus/dev')).filter((f) => f.endsWith('.txt'));

const statuses = (report: Report) => report.results.map((r) => `${r.id} ${r.status}`);
const kind = (report: Report) => report.findings.filter((f) => f.kind === 'document-type').map((f) => f.code);

describe.each(REPORTS)('%s', (file) => {
  const text = readFileSync(shared(`corpus/dev/${file}`), 'utf8');
  const plain = checkDocument(textDoc(nonEmptyLines(text).join('\n')), defaultRules(), { file });

  it('agrees on every variant: .doc, .ofd, .html and two .mht', async () => {
    const env = await nodeReadEnv();
    for (const [name, bytes] of Object.entries(formatVariants(text))) {
      const doc = await readDocument({ name, bytes }, env);
      const report = checkDocument(doc, defaultRules(), { file: name });
      expect(statuses(report), `${file} as ${name}`).toEqual(statuses(plain));
      expect(kind(report), `${file} as ${name}`).toEqual(kind(plain));
      expect(report.year, `${file} as ${name}`).toBe(plain.year);
    }
  }, 60_000);
});
