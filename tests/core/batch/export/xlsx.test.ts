import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../../src/core/batch/matrix.ts';
import { matrixXlsx, SUMMARY_SHEET } from '../../../../src/core/batch/export/xlsx.ts';
import { STATUS_LABEL } from '../../../../src/core/batch/export/matrix-table.ts';
import type { FailedReport } from '../../../../src/core/report.ts';
import { checkText, DEV_FILES, devReport } from '../../../helpers/dev-reports.ts';
import { shared } from '../../../helpers/docs.ts';
import { readWorkbook } from '../../../helpers/xlsx.ts';

const dev = DEV_FILES.map(devReport);
const unreadable: FailedReport = { file: 'scans/[扫描件].pdf', error: { code: 'no-text-layer', message: '这个 PDF 是扫描图片，没有文字层。' } };
const matrix = buildMatrix([...dev.map((d) => d.report), unreadable], dev.map((d) => d.text));

describe('xlsx workbook', async () => {
  const bytes = await matrixXlsx(matrix);
  const book = readWorkbook(bytes);

  it('is a zip with 总表 first and one sheet per report, named after body and year', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect([...book.keys()]).toEqual([SUMMARY_SHEET, '红土乡县 2023', '梁园区 2021', 'shuangjiang-2023 2023', '斜沟乡 2020', '_扫描件_']);
  });

  it('has the matrix in 总表, statuses equal to the reports', () => {
    const [header, ...rows] = book.get(SUMMARY_SHEET)!;
    expect(header).toEqual(['文件', '单位', '年度', '格式', '文件类型', '具备', '薄弱', '缺失', ...dev[0].report.results.map((v) => v.title)]);
    dev.forEach(({ report }, i) => {
      expect(rows[i].slice(0, 5)).toEqual([report.file, matrix.rows[i].body, report.year, 'txt', '年度报告']);
      expect(rows[i].slice(5, 8)).toEqual(['present', 'weak', 'missing'].map((s) => report.results.filter((v) => v.status === s).length));
      expect(rows[i].slice(8)).toEqual(report.results.map((v) => STATUS_LABEL[v.status]));
    });
    expect(rows[4][0]).toBe('scans/[扫描件].pdf');
    expect(rows[4][8]).toBe('无法检查：这个 PDF 是扫描图片，没有文字层。');
  });

  it('lists each report indicator by indicator with status, reason and quotes', () => {
    const { report } = dev[1];
    const sheet = book.get('梁园区 2021')!;
    expect(sheet[0]).toEqual(['文件', 'liangyuan-2021.txt']);
    const start = sheet.findIndex((r) => r[0] === '分组');
    expect(sheet[start]).toEqual(['分组', '指标', '状态', '理由', '建议', '引文', '章节', '页码']);
    report.results.forEach((v, i) => {
      const row = sheet[start + 1 + i];
      expect(row.slice(0, 5)).toEqual([v.group, v.title, STATUS_LABEL[v.status], v.reason, v.advice]);
      if (v.evidence.length) expect(row[5]).toContain(v.evidence[0].quote);
      else expect(row[5] ?? null).toBeNull();
    });
  });

  it('says on its sheet why a file could not be checked', () => {
    expect(book.get('_扫描件_')).toContainEqual(['无法检查', '这个 PDF 是扫描图片，没有文字层。']);
  });

  it('marks a document that is not an annual report, in 总表 and on its sheet', async () => {
    const lookalike = checkText('n03.txt', shared('corpus/real-dev/n03-qingxin-qzfbgs-govinfo-annual-2022.txt'));
    const other = readWorkbook(await matrixXlsx(buildMatrix([dev[0].report, lookalike.report], [dev[0].text, lookalike.text])));
    const [header, ...rows] = other.get(SUMMARY_SHEET)!;
    const kind = header.indexOf('文件类型');
    expect(rows.map((r) => r[kind])).toEqual(['年度报告', '不是年度报告（政府信息公开工作年度报告）']);
    const sheet = [...other.values()][2];
    expect(sheet).toContainEqual(['文件类型', '不是年度报告（政府信息公开工作年度报告）']);
  });
});
