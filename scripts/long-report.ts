// A long report for the benchmark: the dev reports' paragraphs repeated to any number of A4
// pages, written as a PDF with the non-embedded STSong-Light font (as many 公文 PDFs are), a
// running header and "— N —" page numbers. Written by hand because no PDF library is needed
// for so little, and the result exercises the same CMap path as real files.

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 72;
const SIZE = 14;
const CHARS_PER_LINE = Math.floor((PAGE_W - 2 * MARGIN) / SIZE);
const LINES_PER_PAGE = Math.floor((PAGE_H - 2 * MARGIN) / (SIZE * 1.6));

function ucs2Hex(text: string): string {
  let hex = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    hex += code > 0xffff ? '3000' : code.toString(16).padStart(4, '0');
  }
  return hex;
}

/** Lines of the pages, paragraphs indented two characters and wrapped mid-sentence. */
function layout(paragraphs: string[], pages: number): string[][] {
  const out: string[][] = [];
  let page: string[] = [];
  for (let i = 0; out.length < pages; i++) {
    const text = '　　' + paragraphs[i % paragraphs.length];
    for (let at = 0; at < text.length && out.length < pages; at += CHARS_PER_LINE) {
      page.push(text.slice(at, at + CHARS_PER_LINE));
      if (page.length === LINES_PER_PAGE) out.push(page), (page = []);
    }
  }
  return out;
}

export function longReportPdf(paragraphs: string[], pages: number, header = '法治政府建设情况报告'): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) && objects.length;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
  );
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>',
  );
  add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>');
  const kids: number[] = [];
  layout(paragraphs, pages).forEach((lines, p) => {
    const show = (x: number, y: number, text: string) => `BT /F1 ${SIZE} Tf ${x} ${y} Td <${ucs2Hex(text)}> Tj ET`;
    const ops = [show(MARGIN, PAGE_H - 40, header), ...lines.map((l, i) => show(MARGIN, PAGE_H - MARGIN - i * SIZE * 1.6, l)), show(PAGE_W / 2 - 30, 40, `— ${p + 1} —`)];
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`));
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
