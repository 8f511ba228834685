// The command line on the formats a reviewer receives besides .txt/.docx/.pdf: the same
// checklist as the plain text, and a clear message for each kind of bad file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FailedReport, Report } from '../../src/core/report.ts';
import { buildOfd, buildOle, formatVariants } from '../fixtures/build-formats.ts';
import { cli } from '../helpers/cli.ts';
import { shared } from '../helpers/docs.ts';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-formats-'));
const input = (name: string, bytes: Uint8Array | string) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

describe('formats on the command line', () => {
  it('gives each generated .doc, .ofd, .html and .mht of a dev report the checklist of its text', () => {
    const original = shared('corpus/dev/liangyuan-2021.txt');
    const files = Object.entries(formatVariants(readFileSync(original, 'utf8'))).map(([name, bytes]) => input(name, bytes));
    const run = cli('--json', original, ...files);
    expect(run.status, run.stderr).toBe(0);
    const [plain, ...variants] = JSON.parse(run.text) as Report[];
    for (const variant of variants) {
      expect(variant.results.map((r) => r.status), variant.file).toEqual(plain.results.map((r) => r.status));
    }
    expect(variants.map((v) => v.format)).toEqual(['doc', 'ofd', 'html', 'mht', 'mht']);
  }, 120_000);

  it('refuses a Works .wps, a cut .doc, a glyph-id .ofd and an .mht without a page, each with its code and no stack trace', () => {
    const works = input('works.wps', buildOle({ CONTENTS: new Uint8Array(700) }));
    const cut = input('cut.doc', readFileSync(new URL('../fixtures/formats/libreoffice.doc', import.meta.url)).subarray(0, 3000));
    const glyphs = input('glyphs.ofd', buildOfd([[{ text: '\ue001\ue002\ue003\ue004\ue005\ue006', x: 30, y: 40 }]]));
    const mht = input('empty.mht', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nx\r\n--b--\r\n');
    const run = cli('--json', works, cut, glyphs, mht);
    expect(run.status).toBe(1);
    const reports = JSON.parse(run.text) as FailedReport[];
    expect(reports.map((r) => r.error.code)).toEqual(['unsupported-ole', 'corrupt-doc', 'no-text-layer', 'corrupt-web-page']);
    for (const r of reports) expect(r.error.message).toMatch(/[\u4e00-\u9fff].*。/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 120_000);
});
