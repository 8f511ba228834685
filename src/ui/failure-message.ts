// What the interface says about a file it could not check. The reader's messages are Chinese, as
// the CLI prints them; the English interface says the same by error code. Where one code covers
// several causes (a damaged PDF, or another file renamed .pdf) the English names them all.

import type { ReadErrorCode } from '../core/document.ts';
import { MAX_FILE_BYTES, megabytes } from '../core/read/limits.ts';
import { STRINGS, type Strings } from './i18n.ts';
import type { CheckFailure } from './worker/protocol.ts';

const ENGLISH: Record<ReadErrorCode, string> = {
  'unsupported-type':
    'This file’s format is not recognised (it may be an archive or a spreadsheet). Please use the report as .docx, .doc, .wps, .pdf, .ofd, a saved web page or .txt, or scanned page images (.png, .jpg, .tif); other formats can be opened in Word or WPS and saved as .docx.',
  'unsupported-ole':
    'This is an old Office file but not a Word or WPS text document (a Microsoft Works .wps, an .xls spreadsheet, a .ppt presentation, or a Word 95 file). Open it in WPS or Office and save it as .docx, or use the report itself.',
  'encrypted-doc': 'This Word/WPS document is protected by a password. Open it with the password, remove it and save as .docx, or use the report’s PDF version.',
  'corrupt-doc':
    'This .doc/.wps document is damaged or incomplete. Open it in Word or WPS and save it as .docx; if it does not open, download it again or ask the sender for the original.',
  'corrupt-ofd':
    'This OFD file is damaged, incomplete, or its text cannot be decoded. Open it in an OFD reader and save it as PDF; if it does not open, download it again or ask the sender for the original.',
  'corrupt-web-page':
    'No readable article was found in this saved web page (.html/.htm/.mht). Save the page again from the browser (complete page or single file .mht), or copy the article into a .txt file.',
  empty: 'The file has no text to check. Please make sure you chose the right file, or export the report again.',
  'corrupt-docx':
    'This file is not a valid Word document: it is damaged (for example an incomplete download) or another kind of file renamed to .docx. Open it in Word or WPS and save it again as .docx; if it does not open, download it again or ask the sender for the original.',
  'corrupt-pdf':
    'This file is not a valid PDF: it is damaged (for example an incomplete download) or another kind of file renamed to .pdf. Open it in a PDF reader to check; if it does not open, download it again or ask the sender for the original, or use the report’s Word (.docx) version.',
  'encrypted-pdf': 'This PDF is protected by a password. Open it with the password and save an unprotected copy, or use the report’s Word (.docx) version.',
  'no-text-layer':
    'This PDF has no text to extract: it is probably a scan or its fonts cannot be decoded. Please use the Word (.docx) version or a PDF whose text can be copied, or run OCR on a scan first.',
  'corrupt-image':
    'This image is damaged or incomplete. Scan or export it again as PNG, JPEG or TIFF, or use the report’s Word (.docx) version or a PDF whose text can be copied.',
  'image-too-large':
    'This image is absurdly large (over 40 million pixels or 12,000 pixels a side, or too many pages) and was refused before decoding, to keep the browser responsive. 300 dpi is enough for a report: scan or export it again at a lower resolution.',
  'no-ocr':
    'This is a scan or an image: it needs text recognition (OCR), which this build does not include. Use the build with OCR (nianbao-check-ocr.html) or the web site, or the report’s Word (.docx) version.',
  'too-large': `The file is too large to check in the browser (over ${megabytes(MAX_FILE_BYTES)}). Reports are usually a few MB: check that this is the right file, or remove large images and export it again.`,
  'unknown-encoding':
    'The text file’s encoding cannot be recognised, or it is not a text file. Open it in Notepad or WPS and save it as UTF-8 .txt, or use the .docx or .pdf version.',
  cancelled: 'Reading the file was cancelled. Choose the file again to check it.',
};

export function failureMessage(error: CheckFailure, t: Strings): string {
  if (error.code === 'internal') return t.internalError;
  if (error.code === 'unreadable-file') return t.unreadableFile;
  if (t === STRINGS.en) return ENGLISH[error.code as ReadErrorCode] ?? error.message;
  return error.message;
}
