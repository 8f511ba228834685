import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlBlocks } from '../../../src/core/read/html-blocks.ts';

describe('htmlBlocks', () => {
  it('splits paragraphs, headings, list items and table cells in reading order', () => {
    const html =
      '<h1>关于2023年的报告</h1><p>正文第一段。</p><table><tr><td><p>序号</p></td><td><p>事项</p></td></tr>' +
      '<tr><td><p>1</p></td><td><p>培训&amp;考试</p></td></tr></table><ul><li>列表项<ul><li>子项</li></ul></li></ul>';
    expect(htmlBlocks(html)).toEqual([
      { text: '关于2023年的报告', headingHint: true },
      { text: '正文第一段。', headingHint: false },
      { text: '序号', headingHint: false },
      { text: '事项', headingHint: false },
      { text: '1', headingHint: false },
      { text: '培训&考试', headingHint: false },
      { text: '列表项', headingHint: false },
      { text: '子项', headingHint: false },
    ]);
  });

  it('flags a paragraph as a heading candidate only when all of it is bold', () => {
    expect(htmlBlocks('<p><strong>一、主要举措</strong></p><p><strong>加粗</strong>后面不加粗</p>')).toEqual([
      { text: '一、主要举措', headingHint: true },
      { text: '加粗后面不加粗', headingHint: false },
    ]);
  });

  it('drops empty paragraphs and splits at line breaks', () => {
    expect(htmlBlocks('<p></p><p> </p><p>第一行<br />第二行</p>').map((b) => b.text)).toEqual(['第一行', '第二行']);
  });

  it('keeps an empty table cell as an empty block in its place, an empty paragraph outside cells not', () => {
    const html = '<p></p><table><tr><td><p>12</p></td><td></td><td><p></p></td><td>&nbsp;</td><th> </th><td>3</td></tr></table><p> </p>';
    const empty = { text: '', headingHint: false, emptyCell: true };
    expect(htmlBlocks(html)).toEqual([{ text: '12', headingHint: false }, empty, empty, empty, empty, { text: '3', headingHint: false }]);
  });

  it('keeps inner whitespace', () => {
    expect(htmlBlocks('<p>组织 机 关 职工</p>')[0].text).toBe('组织 机 关 职工');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &quot;&#x4E2D;&#25991;&quot; &unknown;')).toBe('<a> "中文" &unknown;');
  });
});
