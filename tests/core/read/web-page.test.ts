import { describe, expect, it } from 'vitest';
import { buildMht, encodeGbk, quotedPrintable, webPageHtml } from '../../fixtures/build-formats.ts';
import { PAGE, PAGE_TEXTS as EXPECTED, read, refusal } from './reading.ts';


describe('saved web pages', () => {
  it('keeps the article under its title; menus, breadcrumbs, scripts, styles, share links and footer stay out', async () => {
    const html = webPageHtml(PAGE).replace('&amp;nbsp;', '&nbsp;').replace('&amp;nbsp;', '&nbsp;');
    const { doc, texts } = await read(html);
    expect(doc.format).toBe('html');
    expect(texts).toEqual(EXPECTED);
    expect(doc.text).not.toMatch(/首页|当前位置|分享|主办单位|统计代码|menu|color/);
  });

  it('takes the charset from the meta tag: a GB2312 page', async () => {
    const html = webPageHtml({ ...PAGE, charset: 'gb2312' }).replace(/&amp;nbsp;/g, '&nbsp;');
    const { texts } = await read(encodeGbk(html), 'report.htm');
    expect(texts).toEqual(EXPECTED);
  });

  it('keeps a table as text, decodes entities, and joins Chinese lines broken in the source', async () => {
    const html = `<html><body><div id="zoom"><p>第一行文字
      接着写&ldquo;引号&rdquo;&mdash;完</p><table><tr><td>指标</td><td>数量</td></tr><tr><td>行政复议</td><td>12件</td></tr></table></div></body></html>`;
    const { texts } = await read(html);
    expect(texts).toEqual(['第一行文字接着写“引号”—完', '指标', '数量', '行政复议', '12件']);
  });

  it('an HTML file named .doc (Word\'s "save as web page") is read as the page it is', async () => {
    const { doc, texts } = await read('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><div class="WordSection1"><p class="MsoNormal">正文一段。</p></div></body></html>', 'report.doc');
    expect(doc.format).toBe('html');
    expect(texts).toEqual(['正文一段。']);
  });

  it('refuses a page with no text', async () => {
    expect((await refusal(new TextEncoder().encode('<html><head><script>var a=1</script></head><body></body></html>'), 'x.html')).code).toBe('corrupt-web-page');
  });
});

describe('a file named .html that is a fragment without <html>', () => {
  it('is read as a web page, not as text with its tags', async () => {
    const { doc, texts } = await read('<div class="content"><p>第一段。</p><p>第二段。</p></div>', '报告.html');
    expect(doc.format).toBe('html');
    expect(texts).toEqual(['第一段。', '第二段。']);
  });
});

describe('a web page with a byte order mark', () => {
  it('is decoded by the BOM, whatever its meta tag says', async () => {
    const page = new TextEncoder().encode('\ufeff<html><head><meta charset="gb2312"></head><body><div id="zoom"><p>法治政府建设。</p></div></body></html>');
    expect((await read(page)).texts).toEqual(['法治政府建设。']);
  });
});
