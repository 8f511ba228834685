// Texts pasted from web pages arrive as one long line, with the site's watermark repeated inside
// the text (even mid-word) and page chrome around it: sections and verdicts must survive that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/core/check.ts';
import { blankWatermarks } from '../../src/core/text/watermarks.ts';
import { defaultRules, shared, textDoc } from '../helpers/docs.ts';

const labels = JSON.parse(readFileSync(shared('corpus/dev/labels.json'), 'utf8')).documents as Record<string, { labels: Record<string, string> }>;
const WATERMARK = '某某县人民政府网 http://www.example.gov.cn/ ';

function asWebCopy(text: string): string {
  const body = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('');
  let out = '首页 > 政务公开 > 法治政府建设 ';
  for (let i = 0; i < body.length; i += 700) out += body.slice(i, i + 700) + WATERMARK;
  return out + ' 扫一扫在手机打开当前页 【打印】【关闭】 登录 注册';
}

describe('one-line web copies', () => {
  for (const [name, entry] of Object.entries(labels)) {
    it(`${name} keeps its verdicts as a one-line web copy with watermarks`, () => {
      const text = asWebCopy(readFileSync(shared(`corpus/dev/${name}`), 'utf8'));
      expect(text).not.toContain('\n');
      const report = checkDocument(textDoc(text), defaultRules(), { file: name });
      const got = Object.fromEntries(report.results.map((r) => [r.id, r.status]));
      expect(got).toEqual(entry.labels);
      for (const r of report.results) for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    });
  }
});

describe('watermarks', () => {
  it('blanks a repeated site name and address, keeping offsets', () => {
    const text = `习近平法治思${WATERMARK}想，全年受理案件${WATERMARK}13件`;
    const blanked = blankWatermarks(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.replace(/\s+/g, '')).toBe('习近平法治思想，全年受理案件13件');
  });

  it('leaves text without addresses alone', () => {
    expect(blankWatermarks('某某县人民政府网发布了报告')).toBe('某某县人民政府网发布了报告');
  });
});
