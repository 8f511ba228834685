// The file names the pickers offer and the batch keeps. The reader decides the type by the
// bytes; this list only keeps spreadsheets, pictures that are no page and attachments out of a
// chosen folder. Page images are scans, read when the build has text recognition.

export const REPORT_EXTENSIONS = ['.txt', '.docx', '.doc', '.wps', '.pdf', '.ofd', '.html', '.htm', '.mht', '.mhtml', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

/** For an <input type="file" accept>. */
export const REPORT_ACCEPT = REPORT_EXTENSIONS.join(',');

export function isReportName(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
