// Saving an export: a blob URL and a download link, which work offline and from file:// alike.

/** Text is saved as UTF-8; bytes (a workbook) as they are. */
export function download(fileName: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** "报告.pdf" → "报告-审核意见.md" */
export function exportName(source: string, suffix: string, extension: string): string {
  const base = source.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'report';
  return `${base}-${suffix}.${extension}`;
}
