import { describe, expect, it } from 'vitest';
import { findTitle } from '../../../src/core/structure/title.ts';
import { analyse } from '../../../src/core/structure/analysis.ts';
import { textDoc } from '../../helpers/docs.ts';

describe('title', () => {
  it('reads the title line and its year', () => {
    expect(findTitle('关于二〇二三年度法治政府建设情况的报告\n2023年，我县……')).toMatchObject({ year: 2023 });
  });

  it('skips web-page chrome above the title', () => {
    const view = '今天是:2021年3月29日 星期一\n工作报告\n您所在的位置:政务公开 > 工作报告\n2020年××区法治政府建设情况报告\n2020年,××区坚持……';
    expect(findTitle(view)).toMatchObject({ text: '2020年××区法治政府建设情况报告', year: 2020 });
  });

  it('reads the title of a one-line web copy after its breadcrumb', () => {
    const view = '首页 > 政务公开 > 法治政府建设 关于2023年法治政府建设情况的报告2023年,红土乡坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设';
    expect(findTitle(view)).toMatchObject({ text: '关于2023年法治政府建设情况的报告', year: 2023 });
  });
});

describe('the reported year without a title', () => {
  it('is the first year of the opening, not the end of a span nor one inside a cited title', () => {
    const text = '根据《法治政府建设实施纲要(2021—2025年)》要求,现将市人社局2022年法治政府建设情况报告予以公开。';
    expect(analyse(textDoc(text)).year).toBe(2022);
    expect(analyse(textDoc('2023年以来，我县坚持依法行政。')).year).toBe(2023);
  });
});

describe('which line is the title', () => {
  const titleOf = (view: string) => findTitle(view)?.text ?? null;

  it('prefers a line naming a report with its year to one without', () => {
    expect(titleOf('法治政府建设工作情况\n××县2023年法治政府建设情况报告\n正文。')).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf('××县法治政府建设情况报告\n正文开始，全年审核文件9件。')).toBe('××县法治政府建设情况报告');
  });

  it('takes a short plain line when no line names a report, unless it ends like a clause', () => {
    expect(findTitle('县政府召开常务会议\n会议强调，要压实责任。')).toMatchObject({ text: '县政府召开常务会议', year: null });
    expect(titleOf('各乡镇人民政府：\n会议强调，要压实责任。')).toBeNull();
    expect(titleOf(`${'县'.repeat(41)}\n会议强调，要压实责任。`)).toBeNull();
    expect(titleOf(`${'县'.repeat(40)}\n会议强调，要压实责任。`)).toBe('县'.repeat(40));
  });

  it('skips page chrome, body headings and sentence openings', () => {
    expect(titleOf('索引号：123-456\n发布日期：2024-03-01\n××县2023年法治政府建设情况报告')).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf('一、主要工作情况\n××县2023年法治政府建设情况报告')).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf('根据上级工作要求\n××县2023年法治政府建设情况报告')).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf('首页 > 工作报告\n××县2023年法治政府建设情况报告')).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf('· 工作报告\n××县2023年法治政府建设情况报告')).toBe('××县2023年法治政府建设情况报告');
  });

  it('takes no cell of a metadata table for a candidate: a field name, or a value without words', () => {
    const table = ['02165835-010/2022-76619', '2022-12-28', '访问次数:', '[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告', '2022-12-28 11:06'];
    expect(titleOf([...table, '××县司法局2022年工作总结'].join('\n'))).toBe('××县司法局2022年工作总结');
  });

  it('below a paragraph of text, takes only a line naming a report with its year', () => {
    const request = '县司法局关于报送年度报告的请示，请予审定。';
    expect(titleOf([request, '××县2023年法治政府建设情况报告', '2023年，我县……'].join('\n'))).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf(['2023年，我县深入推进法治政府建设，具体情况报告如下：', '本县深入学习贯彻党的二十大报告', '（一）加强领导'].join('\n'))).toBeNull();
  });

  it('keeps a line joined to the one below it where the first stood: below the paragraph', () => {
    const header = '事项名称 公开内容 公开时限';
    const row = '法治政府建设年度报告 链接 上一年度的举措和成效，存在的不足';
    const lines = ['政务公开事项目录', '我区编制了主动公开事项目录，现予公开。', header, row];
    expect(titleOf(lines.join('\n'))).toBe('政务公开事项目录');
  });

  it('looks only among the first five candidate lines', () => {
    const above = ['甲', '乙', '丙', '丁', '戊'].map((c) => `${c}单位信息`);
    expect(titleOf([...above.slice(0, 4), '××县2023年法治政府建设情况报告'].join('\n'))).toBe('××县2023年法治政府建设情况报告');
    expect(titleOf([...above, '××县2023年法治政府建设情况报告'].join('\n'))).toBe('甲单位信息');
  });

  it('gives the title’s offsets in the text', () => {
    const view = '\n  ××县2023年法治政府建设情况报告\n正文。';
    const t = findTitle(view)!;
    expect(view.slice(t.start, t.end)).toBe('××县2023年法治政府建设情况报告');
  });
});

describe('a title over two lines', () => {
  it('joins a first line with the year to a second that names the report', () => {
    const view = '××州人民政府2024年度法治政府\n建设情况报告\n正文。';
    expect(findTitle(view)).toMatchObject({ text: '××州人民政府2024年度法治政府建设情况报告', start: 0, year: 2024 });
  });

  it('does not join a line that is a whole title, nor a second line with a year of its own', () => {
    expect(findTitle('新闻中心工作报告\n2023年法治政府建设情况报告\n正文。')?.text).toBe('2023年法治政府建设情况报告');
    expect(findTitle('××州人民政府法治政府\n2024年建设情况报告\n正文。')?.text).toBe('2024年建设情况报告');
  });

  it('does not join lines too long together', () => {
    const first = `××州${'县'.repeat(66)}2024年度法治政府`; // 79 characters, 85 with the second line
    expect(findTitle(`${first}\n建设情况报告\n正文。`)?.text).toBe('建设情况报告');
  });
});

describe('a one-line web copy', () => {
  it('takes the title up to its first report word, after the breadcrumb’s last section', () => {
    const view = '首页 > 政务公开 > 通知公告 关于2022年法治政府建设情况的报告2022年，我局坚持依法行政，全年审核文件9件，开展培训3次，取得良好成效。';
    expect(findTitle(view)?.text).toBe('关于2022年法治政府建设情况的报告');
  });

  it('takes no sentence for a title', () => {
    const view = '根据《纲要》要求，现将我局法治政府建设情况报告如下，全年审核规范性文件9件，开展执法培训3次，取得良好成效。';
    expect(findTitle(view)).toBeNull();
  });
});

describe('the year of a title', () => {
  it('is a year between 1990 and 2100', () => {
    expect(findTitle('××县1990年法治建设工作总结\n正文。')?.year).toBe(1990);
    expect(findTitle('××县2100年法治建设工作总结\n正文。')?.year).toBe(2100);
    expect(findTitle('××县1989年法治建设工作总结\n正文。')?.year).toBeNull();
    expect(findTitle('××县2101年法治建设工作总结\n正文。')?.year).toBeNull();
  });
});
