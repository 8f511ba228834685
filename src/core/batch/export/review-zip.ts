// For a batch: one 审核意见 per report, packed in one .zip, so each can be sent to its author.

import { zipSync } from 'fflate';
import { fileStem, reviewDocx, type ReviewSubject } from './review-docx.ts';

/** "reports/梁园区.pdf" → "梁园区-审核意见.docx" */
export function reviewFileName(file: string): string {
  return `${fileStem(file)}-审核意见.docx`;
}

/** Files that could not be read get no 审核意见: there is nothing to review in them. */
export async function reviewZip(subjects: readonly ReviewSubject[]): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const subject of subjects) entries[unique(reviewFileName(subject.report.file), entries)] = await reviewDocx(subject);
  // Level 0: a docx is itself a zip; deflating it again gains nothing.
  return zipSync(entries, { level: 0 });
}

/** Two reports named 报告.docx in different folders must not overwrite each other. */
function unique(name: string, taken: Record<string, unknown>): string {
  let candidate = name;
  for (let n = 2; candidate in taken; n++) candidate = name.replace(/\.docx$/u, `(${n}).docx`);
  return candidate;
}

