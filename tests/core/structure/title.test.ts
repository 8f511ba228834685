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
