import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../../src/cli/node-env.ts';
import { readDocument } from '../../../src/core/read/index.ts';

async function read(bytes: Uint8Array, name = 'report.doc') {
  const doc = await readDocument({ name, bytes }, await nodeReadEnv());
  return { doc, texts: doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)) };
}

describe('Word 2003 XML named .doc', () => {
  it('reads <w:t> text by paragraph, leaving out deleted text and field codes', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>
<w:p><w:r><w:t>第一段</w:t></w:r><w:r><w:delText>删掉的</w:delText></w:r><w:r><w:t>&amp;续</w:t></w:r></w:p>
<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>第二段</w:t></w:r></w:p></w:body></w:wordDocument>`;
    const { doc, texts } = await read(new TextEncoder().encode(xml));
    expect(doc.format).toBe('doc');
    expect(texts).toEqual(['第一段&续', '第二段']);
  });
});
