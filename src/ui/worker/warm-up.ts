// The first check in a worker costs several times a later one: V8 compiles the reader, the
// checking code and each rule's patterns on first use. One check of the rule set's own
// examples (every rule's "present" ones, so every rule is touched, repeated to a report's
// length), as a minimal .docx, done while the page waits for a file, takes that cost out of the
// reviewer's first report; pdf.js is loaded at worker start (check.worker.ts).

import { strToU8, zipSync } from 'fflate';
import { checkWithOutline } from '../../core/check.ts';
import { readDocument, type ReadEnv } from '../../core/read/index.ts';
import type { RuleSet } from '../../core/rules/types.ts';

const NAME = 'warm-up.docx';
/** The examples once are a page or two; V8 optimises a loop only after it has run many times,
 *  so the reading (mammoth, the XML parser) stayed slow on the first real report. Eight times
 *  over is a report's length: the first .docx went from 1.08-1.26x to 0.92-1.05x of mammoth
 *  alone (medians of 7). */
const REPEAT = 8;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export async function warmUp(set: RuleSet, env: ReadEnv): Promise<void> {
  const lines = set.rules.flatMap((rule) => rule.examples.filter((e) => e.status === 'present')).flatMap((example) => example.text.split('\n'));
  if (!lines.length) return;
  const doc = await readDocument({ name: NAME, bytes: docx(Array.from({ length: REPEAT }, () => lines).flat()) }, env);
  checkWithOutline(doc, set, { file: NAME });
}

function docx(lines: string[]): Uint8Array {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines.map((line) => `<w:p><w:r><w:t>${escape(line)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}
