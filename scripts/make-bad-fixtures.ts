// Writes the small hand-made PDFs that bad-input tests need to tests/fixtures/bad/ (committed),
// and the large inputs to tests/fixtures/generated/ (gitignored; the tests build those in memory
// themselves, the files are for trying the app by hand).
// Usage: npx tsx scripts/make-bad-fixtures.ts   (the encrypted PDF needs `qpdf` on the PATH)

import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPdf, imagePage, oldWordDoc, textPage, zipBomb } from '../tests/fixtures/build.ts';

const bad = join(import.meta.dirname, '../tests/fixtures/bad');
const generated = join(import.meta.dirname, '../tests/fixtures/generated');
await mkdir(bad, { recursive: true });
await mkdir(generated, { recursive: true });

const text = buildPdf([textPage(['Annual report on law-based government 2023', 'Second line of text'])]);
await writeFile(join(bad, 'minimal-text.pdf'), text);
await writeFile(join(bad, 'scanned.pdf'), buildPdf([imagePage(), { content: '' }]));
await writeFile(join(bad, 'partly-scanned.pdf'), buildPdf([textPage(['Page one has text']), imagePage()]));
await writeFile(join(bad, 'garbled-font.pdf'), buildPdf([textPage(['Text whose font maps to private use'], 'F2')]));
await writeFile(join(bad, 'truncated.pdf'), text.subarray(0, Math.floor(text.length / 3)));
await writeFile(join(bad, 'old-word.doc'), oldWordDoc());

try {
  execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(bad, 'minimal-text.pdf'), join(bad, 'encrypted.pdf')]);
} catch (error) {
  console.warn(`encrypted.pdf not regenerated (is qpdf installed?): ${String(error)}`);
}

await writeFile(join(generated, 'zip-bomb.docx'), zipBomb(1, 512 * 1024 * 1024));
await writeFile(join(generated, 'huge-100mb.txt'), new Uint8Array(100 * 1024 * 1024).fill(0x61));
console.log(`wrote ${bad} and ${generated}`);
