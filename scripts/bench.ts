// npm run bench: parse time per page and check time per 10,000 characters, per format, on the
// shared fixtures and on a generated 200-page report. A benchmark, never a test: this machine
// is noisy, so figures are medians of several runs and nothing here fails a build.

import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/core/read/index.ts';
import { checkDocument } from '../src/core/check.ts';
import { loadRuleSet } from '../src/core/rules/load.ts';
import { fromParagraphs } from '../src/core/document.ts';
import { nodeReadEnv } from '../src/cli/node-env.ts';
import { longReportPdf } from './long-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, '../shared/fixtures');
const corpus = join(root, '../shared/corpus/dev');
const rules = loadRuleSet(readFileSync(join(root, 'rules/annual-report.yaml'), 'utf8'), 'annual-report.yaml');
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time<T>(fn: () => Promise<T> | T, runs = RUNS): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

const env = await nodeReadEnv();
const rows: string[][] = [['file', 'format', 'pages', 'chars', 'parse ms', 'parse ms/page', 'check ms', 'check ms/10k chars']];

async function bench(name: string, bytes: Uint8Array, runs = RUNS) {
  const parse = await time(() => readDocument({ name, bytes }, env), runs);
  const doc = parse.value;
  const check = await time(() => checkDocument(doc, rules, { file: name }), runs);
  const pages = doc.pages ?? 1;
  rows.push([
    name,
    doc.format,
    String(doc.pages ?? '-'),
    String(doc.text.length),
    parse.ms.toFixed(1),
    doc.pages ? (parse.ms / pages).toFixed(1) : '-',
    check.ms.toFixed(1),
    ((check.ms / doc.text.length) * 10_000).toFixed(1),
  ]);
}

for (const f of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) await bench(f, readFileSync(join(corpus, f)));
for (const f of readdirSync(fixtures).sort()) await bench(f, readFileSync(join(fixtures, f)));

const paragraphs = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter((l) => l.trim().length > 20));
const long = longReportPdf(paragraphs, 200);
mkdirSync(join(root, 'tests/fixtures/generated'), { recursive: true });
writeFileSync(join(root, 'tests/fixtures/generated/long-200-pages.pdf'), long);
await bench('generated 200-page report.pdf', long, 3);

// The check alone on a 30,000-character report (the target is under 50 ms).
let text = '';
for (let i = 0; text.length < 30_000; i++) text += paragraphs[i % paragraphs.length] + '\n';
const doc30k = fromParagraphs('txt', text.slice(0, 30_000).split('\n').map((t) => ({ text: t })));
const check30k = await time(() => checkDocument(doc30k, rules, { file: '30k.txt' }), 20);

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
console.log(`\ncheck of a 30,000-character report: ${check30k.ms.toFixed(1)} ms (median of 20; target < 50 ms)`);
