// Word 2003 XML (`<w:wordDocument>`) and Flat OPC (`<pkg:package>`), which Word and WPS also
// save under the name .doc: paragraphs are <w:p>, text is <w:t>. Deleted revisions are in
// <w:delText> and field codes in <w:instrText>, so reading only <w:t> leaves both out.

import { fromParagraphs, type DocumentText } from '../document.ts';
import { decodeEntities } from './html-blocks.ts';
import { tokenize } from './markup-tokens.ts';
import { readError, SPECIFIC } from './messages.ts';
import { decodeText } from './text.ts';

const BREAKS = new Set(['w:p', 'w:br', 'w:cr', 'w:tc']);

export function readWordXml(bytes: Uint8Array): DocumentText {
  const paragraphs: string[] = [];
  let current = '';
  let inText = false;
  const flush = () => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  for (const token of tokenize(decodeText(bytes))) {
    if (token.kind === 'text') {
      if (inText) current += decodeEntities(token.text);
    } else if (token.name === 'w:t') inText = token.kind === 'open' && !token.selfClosing;
    else if (token.kind === 'open' && token.name === 'w:tab') current += '\t';
    else if (BREAKS.has(token.name) && (token.kind === 'close' || token.name === 'w:br' || token.name === 'w:cr')) flush();
  }
  flush();
  if (paragraphs.length === 0) throw readError('empty', SPECIFIC.emptyDocx);
  return fromParagraphs('doc', paragraphs.map((text) => ({ text })));
}
