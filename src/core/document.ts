// The document model every later stage works on: one plain string plus the paragraphs it was
// built from. Offsets everywhere (evidence, sections, highlights) are offsets into `text`, and
// `text` is what the user sees, in the user's own characters (Traditional stays Traditional).

export type Format = 'txt' | 'docx' | 'pdf' | 'doc' | 'ofd' | 'html' | 'mht' | 'image';

export interface Paragraph {
  /** Offset of the first character of the paragraph in DocumentText.text. */
  start: number;
  /** Offset just past the last character (exclusive). */
  end: number;
  /** 1-based page for PDFs, OFDs and page images, null for other formats. */
  page: number | null;
  /** The source marked it as a heading candidate (bold or heading style in docx). */
  headingHint: boolean;
  /** An empty cell of a Word or web table: an empty paragraph that holds the cell's place. */
  emptyCell?: boolean;
}

/** A problem with the input found while reading it, which does not stop the check. */
export interface InputWarning {
  code: string;
  message: string;
  page?: number | null;
}

export interface DocumentText {
  format: Format;
  /** Paragraphs joined with '\n'. */
  text: string;
  paragraphs: Paragraph[];
  /** Page count for PDFs, OFDs and page images, null otherwise. */
  pages: number | null;
  warnings: InputWarning[];
}

export type ReadErrorCode =
  | 'unsupported-type'
  | 'unsupported-ole'
  | 'encrypted-doc'
  | 'corrupt-doc'
  | 'corrupt-ofd'
  | 'corrupt-web-page'
  | 'empty'
  | 'corrupt-docx'
  | 'corrupt-pdf'
  | 'encrypted-pdf'
  | 'no-text-layer'
  | 'corrupt-image'
  | 'image-too-large'
  | 'no-ocr'
  | 'too-large'
  | 'unknown-encoding'
  | 'cancelled';

/** A file that cannot be checked. `message` is for the user, in Chinese, and says what to do. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

/** Builds a DocumentText from paragraph strings, computing the offsets. */
export function fromParagraphs(
  format: Format,
  parts: { text: string; page?: number | null; headingHint?: boolean; emptyCell?: boolean }[],
  pages: number | null = null,
  warnings: InputWarning[] = [],
): DocumentText {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += '\n';
    const start = text.length;
    text += part.text;
    const paragraph: Paragraph = { start, end: text.length, page: part.page ?? null, headingHint: part.headingHint ?? false };
    paragraphs.push(part.emptyCell ? { ...paragraph, emptyCell: true } : paragraph);
  }
  return { format, text, paragraphs, pages, warnings };
}
