// Writes the committed .doc and .rtf fixtures (tests/fixtures/formats/) with LibreOffice, from
// a flat ODT written here: a title, body paragraphs, a table, a text box, a page-number field
// and a tracked deletion — what the .doc reader must get right in a file Word-compatible
// software saved. Needs `soffice` (apt-get install libreoffice-writer-nogui).
//   npx tsx scripts/make-doc-fixtures.ts

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:tracked-changes>
 <text:changed-region text:id="del1"><text:deletion><office:change-info><dc:creator>审核人</dc:creator><dc:date>2024-01-02T10:00:00</dc:date></office:change-info><text:p>这句话已被修订删除。</text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">测试区2023年法治政府建设情况的报告</text:h>
<text:p>一、总体情况</text:p>
<text:p>本区坚持依法行政，<text:change text:change-id="del1"/>全年办理行政复议案件12件。</text:p>
<text:p>第<text:page-number text:select-page="current">1</text:page-number>页的正文继续。</text:p>
<table:table table:name="表1"><table:table-column table:number-columns-repeated="2"/>
 <table:table-row><table:table-cell><text:p>指标</text:p></table:table-cell><table:table-cell><text:p>数量</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>行政应诉案件</text:p></table:table-cell><table:table-cell><text:p>5件</text:p></table:table-cell></table:table-row>
</table:table>
<text:p><draw:frame draw:name="文本框1" text:anchor-type="paragraph" svg:width="60mm" svg:height="20mm"><draw:text-box><text:p>文本框里的说明文字。</text:p></draw:text-box></draw:frame>表格之后的段落。</text:p>
<text:p>Latin text “quoted” — in a Chinese report.</text:p>
</office:text></office:body></office:document>`;

const dir = mkdtempSync(join(tmpdir(), 'doc-fixtures-'));
const source = join(dir, 'sample.fodt');
writeFileSync(source, FODT);
for (const [format, filter] of [['doc', 'doc:MS Word 97'], ['rtf', 'rtf']]) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', dir, source], { stdio: 'inherit' });
  copyFileSync(join(dir, `sample.${format}`), `tests/fixtures/formats/libreoffice.${format}`);
}
