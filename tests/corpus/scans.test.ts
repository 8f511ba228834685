// A scanned report must give the checklist of its plain text: a dev report drawn by Chromium
// onto A4 pages (rotated, specked, a red seal on each page), made into an image-only PDF, and
// checked by the command line as a user runs it. At most 2 of the 26 indicators may differ
// (a misread character can cost a fact); the document type and the year must not.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check.ts';
import type { Report } from '../../src/core/report.ts';
import { nonEmptyLines } from '../fixtures/build-formats.ts';
import { scanPages, scanPdf, withChromium } from '../fixtures/build-scans.ts';
import { cli } from '../helpers/cli.ts';
import { defaultRules, shared, textDoc } from '../helpers/docs.ts';

const FILE = 'hongtu-2023.txt';
const SCAN = { rotate: 0.6, noise: 0.0008, seal: true };

const statuses = (report: Report) => new Map(report.results.map((r) => [r.id, r.status]));
const kind = (report: Report) => report.findings.filter((f) => f.kind === 'document-type').map((f) => f.code);

describe(`${FILE} scanned to an image-only PDF`, () => {
  const paragraphs = nonEmptyLines(readFileSync(shared(`corpus/dev/${FILE}`), 'utf8'));
  const plain = checkDocument(textDoc(paragraphs.join('\n')), defaultRules(), { file: FILE });
  let pdf = '';

  beforeAll(async () => {
    const bytes = await withChromium(async (browser) => scanPdf(browser, await scanPages(browser, paragraphs, SCAN, 'jpeg')));
    pdf = join(mkdtempSync(join(tmpdir(), 'scan-')), 'hongtu-2023-scan.pdf');
    writeFileSync(pdf, bytes);
  }, 60_000);

  it('gets the checklist of its plain text from the command line, at most 2 of 26 different', () => {
    const run = cli('--json', pdf);
    expect(run.status, run.stderr).toBe(0);
    const [report] = JSON.parse(run.text) as Report[];
    const differ = [...statuses(plain)].filter(([id, status]) => statuses(report).get(id) !== status);
    expect(differ.length, `differ: ${differ.map(([id]) => id).join(', ')}`).toBeLessThanOrEqual(2);
    expect(kind(report)).toEqual(kind(plain));
    expect(report.year).toBe(plain.year);
    expect(report.format).toBe('pdf');
    expect(report.stats.pages).toBeGreaterThanOrEqual(4);
    const recognised = report.findings.find((f) => f.code === 'recognised-from-images');
    expect(recognised?.message).toMatch(/扫描件.*平均置信度 \d+%/u);
    const quote = report.results.flatMap((r) => r.evidence)[0];
    expect(quote.page).not.toBeNull();
  }, 240_000);
});
