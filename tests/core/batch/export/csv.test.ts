import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../../src/core/batch/matrix.ts';
import { matrixCsv, matrixCsvBytes } from '../../../../src/core/batch/export/csv.ts';
import { STATUS_LABEL } from '../../../../src/core/batch/export/matrix-table.ts';
import type { FailedReport } from '../../../../src/core/report.ts';
import { checkText, DEV_FILES, devReport } from '../../../helpers/dev-reports.ts';
import { shared } from '../../../helpers/docs.ts';
import { parseCsv } from '../../../helpers/csv.ts';

const dev = DEV_FILES.map(devReport);
const unreadable: FailedReport = { file: 'a,"b".pdf', error: { code: 'encrypted-pdf', message: '这个 PDF 加了密码，无法读取。' } };
const matrix = buildMatrix([...dev.map((d) => d.report), unreadable], dev.map((d) => d.text));

describe('CSV of the matrix', () => {
  const csv = matrixCsv(matrix);
  const [header, ...rows] = parseCsv(csv.slice(1));

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect([...matrixCsvBytes(matrix).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')).toHaveLength(matrix.rows.length + 2);
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });

  it('has the Chinese header, one column per indicator titled by its title', () => {
    expect(header).toEqual(['文件', '单位', '年度', '格式', '文件类型', '具备', '薄弱', '缺失', ...dev[0].report.results.map((v) => v.title)]);
  });

  it('reads back to the statuses of the real reports', () => {
    dev.forEach(({ report }, i) => {
      const row = rows[i];
      expect(row.slice(0, 5)).toEqual([report.file, matrix.rows[i].body ?? '', String(report.year), 'txt', '年度报告']);
      expect(row.slice(5, 8).map(Number)).toEqual(['present', 'weak', 'missing'].map((s) => report.results.filter((v) => v.status === s).length));
      expect(row.slice(8)).toEqual(report.results.map((v) => STATUS_LABEL[v.status]));
    });
  });

  it('quotes fields per RFC 4180 and says why a file could not be checked', () => {
    const row = rows[4];
    expect(row[0]).toBe('a,"b".pdf');
    expect(row[8]).toBe('无法检查：这个 PDF 加了密码，无法读取。');
    expect(row.slice(1, 8).every((v) => v === '')).toBe(true);
    expect(row.slice(9).every((v) => v === '')).toBe(true);
    expect(row).toHaveLength(header.length);
  });

  it('keeps Excel from running a file name as a formula', () => {
    const evil: FailedReport = { file: '=HYPERLINK("http://x")', error: { code: 'empty', message: '空文件' } };
    const [, row] = parseCsv(matrixCsv(buildMatrix([evil])).slice(1));
    expect(row[0]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[8]).toBe('无法检查：空文件');
  });

  it('marks a document that is not an annual report as such', () => {
    const lookalike = checkText('n01.txt', shared('corpus/real-dev/n01-shanghai-govinfo-annual-2022.txt'));
    const [head, row] = parseCsv(matrixCsv(buildMatrix([lookalike.report], [lookalike.text])).slice(1));
    expect(row[head.indexOf('文件类型')]).toBe('不是年度报告（政府信息公开工作年度报告）');
  });
});
