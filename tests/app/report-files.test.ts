import { describe, expect, it } from 'vitest';
import { sortOut } from '../../src/ui/batch/collect-files.ts';
import { REPORT_ACCEPT } from '../../src/ui/report-files.ts';

const picked = (name: string) => ({ name, file: new File([], name) });

describe('report files', () => {
  it('the batch keeps every format the reader reads and counts the rest', () => {
    const names = ['a/报告.DOC', 'b.wps', 'c.ofd', 'd.html', 'e.htm', 'f.mht', 'g.mhtml', 'h.docx', 'i.pdf', 'j.txt', '扫描.jpg', '扫描.TIF', 'p.png', '附件.xls', 'x.zip', 'logo.gif'];
    const { files, skipped } = sortOut(names.map(picked));
    expect(files.map((f) => f.name)).toEqual(names.slice(0, 13));
    expect(skipped).toBe(3);
  });

  it('the pickers offer the same formats', () => {
    expect(REPORT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.doc', '.wps', '.ofd', '.html', '.mht', '.png', '.jpg', '.tif']));
  });
});
