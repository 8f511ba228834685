// Reports arrive in Traditional characters too (big5 gateways, mirrors, Hong Kong and Taiwan
// copies). The same real texts, converted to Traditional, must get exactly the same verdicts and
// document type: everything is matched on the folded view and quoted in the user's characters.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check.ts';
import { defaultRules, shared, textDoc } from '../helpers/docs.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const DIR = shared('corpus/real-dev');

function verdicts(text: string): string[] {
  const report = checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' });
  const type = report.findings.some((f) => f.code === 'not-an-annual-report') ? 'not-a-report' : 'report';
  return [`type ${type}`, ...report.results.map((r) => `${r.id} ${r.status}`)];
}

describe('real texts in Traditional characters', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

  it('finds the real texts', () => {
    expect(files.length).toBeGreaterThanOrEqual(90);
  });

  it('gets the same verdicts and document type as in Simplified', () => {
    const differences = files.flatMap((f) => {
      const text = readFileSync(`${DIR}/${f}`, 'utf8');
      const simplified = verdicts(text);
      const traditional = verdicts(toTraditional(text));
      return simplified.flatMap((v, i) => (v === traditional[i] ? [] : [`${f}: ${v} → ${traditional[i]}`]));
    });
    expect(differences).toEqual([]);
  }, 120_000);
});
