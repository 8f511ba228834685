import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMht, encodeGbk, quotedPrintable, webPageHtml } from '../../fixtures/build-formats.ts';
import { PAGE, PAGE_TEXTS as EXPECTED, read, refusal } from './reading.ts';


describe('.mht', () => {
  it('decodes the GB2312 quoted-printable HTML part and reads the article', async () => {
    const html = webPageHtml({ ...PAGE, charset: 'gb2312' }).replace(/&amp;nbsp;/g, '&nbsp;');
    const { doc, texts } = await read(buildMht(encodeGbk(html), 'gb2312', 'quoted-printable'), 'report.mht');
    expect(doc.format).toBe('mht');
    expect(texts).toEqual(EXPECTED);
    expect(doc.text).not.toMatch(/=[0-9A-F]{2}|Content-Type|MultipartBoundary/);
  });

  it('decodes a UTF-8 base64 part', async () => {
    const html = webPageHtml(PAGE).replace(/&amp;nbsp;/g, '&nbsp;');
    const { texts } = await read(buildMht(new TextEncoder().encode(html), 'utf-8', 'base64'), 'report.mhtml');
    expect(texts).toEqual(EXPECTED);
  });

  it('refuses an .mht without an HTML part rather than reading MIME as text', async () => {
    const mht = new TextDecoder().decode(buildMht(new Uint8Array(0), 'utf-8', 'base64')).replace('text/html', 'image/gif');
    expect((await refusal(new TextEncoder().encode(mht), 'report.mht')).code).toBe('corrupt-web-page');
  });

  it('quoted-printable escapes every byte outside ASCII, so the decoder is what the test exercises', () => {
    expect(quotedPrintable(encodeGbk('法治'))).toMatch(/^(=[0-9A-F]{2}){4}$/);
  });
});

describe('.mht saved by Chromium (scripts/make-mht-fixture.ts)', () => {
  it('reads the GBK page from Blink\'s snapshot: charset from the meta, the article only', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/formats/chromium.mht', import.meta.url)));
    const { doc, texts } = await read(bytes, '报告.mht');
    expect(doc.format).toBe('mht');
    expect(texts).toEqual(['测试县2024年法治政府建设年度报告', '一、主要举措和成效', '全县行政执法单位全面推行行政执法公示制度，执法全过程记录覆盖率100%。', '指标', '二、存在的不足']);
  });
});

describe('a file named .mht that holds no MIME message', () => {
  it('is refused, never read as the plain text of its escapes', async () => {
    const qp = new TextEncoder().encode('=E6=B3=95=E6=B2=BB=E6=94=BF=E5=BA=9C=E5=BB=BA=E8=AE=BE\r\n=E5=B9=B4=E5=BA=A6=E6=8A=A5=E5=91=8A\r\n');
    expect((await refusal(qp, '报告.mht')).code).toBe('corrupt-web-page');
  });
});
