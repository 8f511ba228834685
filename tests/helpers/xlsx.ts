// Reads back the workbooks the export writes: enough of SpreadsheetML for shared strings,
// inline strings and numbers, found through the workbook's own relationships.

import { strFromU8, unzipSync } from 'fflate';

export type SheetValue = string | number | null;

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/giu, (_, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu)].map((m) => unescape(m[1])).join('');

/** Sheet name → rows of cell values (row and column positions kept, gaps as null). */
export function readWorkbook(bytes: Uint8Array): Map<string, SheetValue[][]> {
  const files = unzipSync(bytes);
  const read = (path: string) => strFromU8(files[path]);
  const shared = files['xl/sharedStrings.xml'] ? [...read('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/gu)].map((m) => texts(m[1])) : [];
  const targets = new Map([...read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/gu)].map((m) => [m[1], m[2]]));
  const sheets = new Map<string, SheetValue[][]>();
  for (const m of read('xl/workbook.xml').matchAll(/<sheet [^>]*?>/gu)) {
    const name = unescape(/name="([^"]*)"/u.exec(m[0])![1]);
    const target = targets.get(/r:id="([^"]*)"/u.exec(m[0])![1])!.replace(/^\/?(xl\/)?/u, '');
    sheets.set(name, readSheet(read(`xl/${target}`), shared));
  }
  return sheets;
}

function readSheet(xml: string, shared: string[]): SheetValue[][] {
  const rows: SheetValue[][] = [];
  for (const c of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
    const [, col, row] = /r="([A-Z]+)(\d+)"/u.exec(c[1])!;
    const type = /t="(\w+)"/u.exec(c[1])?.[1];
    const v = /<v>([\s\S]*?)<\/v>/u.exec(c[2] ?? '')?.[1];
    const value = type === 's' ? shared[Number(v)] : type === 'inlineStr' ? texts(c[2]) : type === 'str' ? unescape(v ?? '') : v === undefined ? null : Number(v);
    const r = Number(row) - 1;
    const k = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    (rows[r] ??= [])[k] = value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}
