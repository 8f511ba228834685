import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../src/core/structure/analysis.ts';
import { checkSignatureDate, deadlineFor, signatureDate } from '../../../../src/core/verdicts/checks/signature-date.ts';
import { textDoc } from '../../../helpers/docs.ts';
import { testRule } from '../../../helpers/rule.ts';

// Long enough that no date after it stands in the report's first 400 characters.
const BODY = '我县坚持依法行政，全年审核规范性文件9件，办理行政复议案件4件。'.repeat(14);
const report = (year: number, signed: string, body = BODY) => `${year}年度法治政府建设情况报告\n${body}\n××县人民政府\n${signed}`;
const judge = (text: string) => checkSignatureDate(testRule({ check: 'signature-date' }), analyse(textDoc(text)));

describe('the publication deadline', () => {
  it('is 4月1日 of the next year under the 2019 督察工作规定', () => {
    expect(deadlineFor(2019)).toMatchObject({ year: 2020, month: 4, day: 1 });
    expect(deadlineFor(2023)).toMatchObject({ year: 2024, month: 4, day: 1 });
    expect(deadlineFor(2023).rule).toContain('督察工作规定');
  });

  it('is the first quarter (3月31日) for reports on the years before', () => {
    expect(deadlineFor(2018)).toMatchObject({ year: 2019, month: 3, day: 31 });
    expect(deadlineFor(2016).rule).toContain('纲要');
  });
});

describe('the report’s own date against the deadline', () => {
  it('is in time on the deadline itself and before it', () => {
    for (const signed of ['2024年4月1日', '2024年3月31日', '2024年1月5日']) {
      const j = judge(report(2023, signed));
      expect(j.status, signed).toBe('present');
      expect(j.reason).toContain('2024年4月1日时限之前');
    }
  });

  it('is late a day, a month or a year after it', () => {
    for (const [signed, shown] of [['2024年4月2日', '2024年4月2日'], ['2024年5月1日', '2024年5月1日'], ['2024年12月30日', '2024年12月30日']]) {
      const j = judge(report(2023, signed));
      expect(j.status, signed).toBe('weak');
      expect(j.reason).toBe(`成文日期 ${shown} 晚于 2024年4月1日（${deadlineFor(2023).rule}）`);
    }
  });

  it('holds a report on 2018 to 3月31日', () => {
    expect(judge(report(2018, '2019年3月31日')).status).toBe('present');
    const late = judge(report(2018, '2019年4月1日'));
    expect(late.status).toBe('weak');
    expect(late.reason).toContain('2019年3月31日');
  });

  it('quotes the date it read', () => {
    const text = report(2023, '2024年3月20日');
    const [e] = judge(text).evidence;
    expect(e.quote).toBe('2024年3月20日');
    expect(text.slice(e.start, e.end)).toBe('2024年3月20日');
  });

  it('does not check a deadline when the year is unknown', () => {
    const j = judge(`依法行政工作情况\n${BODY}\n2024年3月20日`);
    expect(j.status).toBe('present');
    expect(j.reason).toBe('成文日期 2024年3月20日（未能确定报告年度，未核对时限）');
  });

  it('is missing without a full date', () => {
    const j = judge(report(2023, '2024年3月'));
    expect(j).toEqual({ status: 'missing', reason: '没有找到成文日期（落款或发布日期）', evidence: [] });
  });
});

describe('which date is the report’s own', () => {
  const a = (text: string) => analyse(textDoc(text));

  it('is the last full date near the end', () => {
    const text = report(2023, '2024年2月1日', `${BODY}2023年6月5日召开常务会议。`) + '\n（2024年2月3日印发）';
    expect(signatureDate(a(text))).toMatchObject({ year: 2024, month: 2, day: 3 });
  });

  it('ignores dates at the end from other years than the report’s and the next', () => {
    expect(signatureDate(a(report(2023, '2022年12月1日')))).toBeNull();
    expect(signatureDate(a(report(2023, '2025年1月6日')))).toBeNull();
    expect(signatureDate(a(report(2023, '2023年12月29日')))).toMatchObject({ year: 2023, month: 12, day: 29 });
  });

  it('looks in the last fifth of a long report, or its last 400 characters', () => {
    const filler = '我县持续推进依法行政工作。'.repeat(20); // 260 characters
    // 2000 characters: the last fifth (400) and the last 400 characters are the same stretch
    const long = (where: number) => {
      const body = '街道深入推进法治政府建设。'.repeat(200).slice(0, 2000);
      return `${body.slice(0, where)}2024年1月8日${body.slice(where)}`;
    };
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n${long(1700)}`))).toMatchObject({ day: 8 });
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n${long(1000)}`))).toBeNull();
    // 4000 characters: the last fifth is 800 characters, more than the last 400
    const longer = `2023年度法治政府建设情况报告\n${'依'.repeat(3300)}2024年1月9日${'法'.repeat(600)}`;
    expect(signatureDate(a(longer))).toMatchObject({ day: 9 });
    // a short text: its last 400 characters reach further back than its last fifth
    const short = `2023年度法治政府建设情况报告\n${filler}2024年1月10日${filler}`;
    expect(signatureDate(a(short))).toMatchObject({ day: 10 });
  });

  it('else takes a publication date at the top, never one before the reported year', () => {
    const tail = '全年审核规范性文件9件。'.repeat(60);
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n发布日期：2024年3月2日\n${tail}`))).toMatchObject({ year: 2024, month: 3, day: 2 });
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n发布日期：2023年1月2日\n${tail}`))).toMatchObject({ year: 2023, month: 1, day: 2 });
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n2022年11月2日印发的方案\n${tail}`))).toBeNull();
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n发布于2024年3月\n${tail}`))).toBeNull();
  });

  it('reads only the top 200 characters for it', () => {
    const tail = '全年审核规范性文件9件。'.repeat(60);
    const head = '依法行政'.repeat(60);
    expect(signatureDate(a(`2023年度法治政府建设情况报告\n${head}2024年3月2日\n${tail}`))).toBeNull();
  });

  it('reads all that stands above the title, however long: the page’s metadata or a covering letter', () => {
    const tail = '全年审核规范性文件9件。'.repeat(60);
    const chrome = '网站首页 政务公开 互动交流 无障碍浏览\n'.repeat(12);
    const page = `${chrome}发布日期：2024-03-02\n2023年度法治政府建设情况报告\n${tail}`;
    expect(page.indexOf('2024-03-02')).toBeGreaterThan(200);
    expect(signatureDate(a(page))).toMatchObject({ year: 2024, month: 3, day: 2 });
  });
});

describe('a news item’s dateline', () => {
  const news = (dateline: string, paper: string) => `××部发布2023年法治政府建设年度报告\n本报北京${dateline}电 日前发布的报告显示，${BODY}\n《××日报》（${paper} 07版）`;

  it('dates the release it reports, before the later date of the paper’s issue', () => {
    expect(judge(news('3月29日', '2024年04月02日'))).toMatchObject({ status: 'present' });
    expect(judge(news('3月29日', '2024年04月02日')).reason).toContain('2024年3月29日');
  });

  it('is no earlier evidence when it comes after the date found', () => {
    expect(judge(news('4月20日', '2024年04月22日'))).toMatchObject({ status: 'weak' });
  });
});
