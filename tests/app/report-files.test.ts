import { describe, expect, it } from 'vitest';
import { sortOut } from '../../src/ui/batch/collect-files.ts';
import { REPORT_ACCEPT } from '../../src/ui/report-files.ts';

const picked = (name: string) => ({ name, file: new File([], name) });

describe('report files', () => {
  it('the batch keeps every format the reader reads and counts the rest', () => {
    const names = ['a/报告.DOC', 'b.wps', 'c.ofd', 'd.html', 'e.htm', 'f.mht', 'g.mhtml', 'h.docx', 'i.pdf', 'j.txt', '附件.xls', '扫描.jpg', 'x.zip'];
    const { files, skipped } = sortOut(names.map(picked));
    expect(files.map((f) => f.name)).toEqual(names.slice(0, 10));
    expect(skipped).toBe(3);
  });

  it('the pickers offer the same formats', () => {
    expect(REPORT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.doc', '.wps', '.ofd', '.html', '.mht']));
  });
});
