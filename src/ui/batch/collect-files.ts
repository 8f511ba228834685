// The reports among what the reviewer chose or dropped: a folder sent by the lower level often
// holds scans, attachments and spreadsheets besides the reports, so only the formats a report
// comes in are kept (report-files.ts) and the rest are counted, not silently lost.

import { isReportName } from '../report-files.ts';

export interface Picked {
  /** The path within a dropped or chosen folder, else the file's name. */
  name: string;
  file: File;
}

export interface Collected {
  files: Picked[];
  skipped: number;
}

export function sortOut(picked: Picked[]): Collected {
  const files = picked.filter((p) => isReportName(p.name));
  return { files, skipped: picked.length - files.length };
}

/** From an `<input type="file" multiple>` or `webkitdirectory` input. */
export function fromFileList(list: FileList): Collected {
  return sortOut([...list].map((file) => ({ name: file.webkitRelativePath || file.name, file })));
}

/** From a drop. The entries must be taken during the drop event itself (the browser empties the
 *  DataTransfer afterwards), so call this synchronously from the handler and await the result. */
export function fromDrop(data: DataTransfer): Promise<Collected> {
  const items = [...data.items].filter((item) => item.kind === 'file');
  // A DataTransfer made by a script (or an old browser) has no file-system entries; its files still count.
  const walks = items.map((item) => {
    const entry = item.webkitGetAsEntry?.();
    if (entry) return walk(entry);
    const file = item.getAsFile();
    return Promise.resolve(file ? [{ name: file.name, file }] : []);
  });
  return Promise.all(walks).then((lists) => sortOut(lists.flat()));
}

async function walk(entry: FileSystemEntry): Promise<Picked[]> {
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    return [{ name: entry.fullPath.replace(/^\//u, ''), file }];
  }
  if (!isDirectory(entry)) return [];
  const children = await readAll(entry.createReader());
  return (await Promise.all(children.map(walk))).flat();
}

/** readEntries answers in chunks (100 at a time in Chromium) until it answers with none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!chunk.length) return all;
    all.push(...chunk);
  }
}

const isFile = (e: FileSystemEntry): e is FileSystemFileEntry => e.isFile;
const isDirectory = (e: FileSystemEntry): e is FileSystemDirectoryEntry => e.isDirectory;
