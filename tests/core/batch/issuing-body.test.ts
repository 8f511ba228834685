import { describe, expect, it } from 'vitest';
import { issuingBody } from '../../../src/core/batch/issuing-body.ts';

describe('issuing body', () => {
  it('is what the title names before 关于, the year or 法治', () => {
    expect(issuingBody('梁园区关于2021年度法治政府建设情况的报告')).toBe('梁园区');
    expect(issuingBody('斜沟乡2020年法治政府建设工作报告')).toBe('斜沟乡');
    expect(issuingBody('××县市场监督管理局2022年法治政府建设工作报告')).toBe('××县市场监督管理局');
    expect(issuingBody('中共云岭县委 云岭县人民政府关于2023年度法治政府建设情况的报告')).toBe('中共云岭县委 云岭县人民政府');
    expect(issuingBody('青石镇二〇二三年度法治政府建设工作报告')).toBe('青石镇');
    expect(issuingBody('禾丰县法治政府建设情况报告')).toBe('禾丰县');
  });

  it('reads Traditional titles and keeps their characters', () => {
    expect(issuingBody('臺中市政府關於2023年度法治政府建設情況的報告')).toBe('臺中市政府');
  });

  it('drops a breadcrumb of the site before the title', () => {
    expect(issuingBody('年度报告 云溪区人民政府关于2020年法治政府建设情况的报告')).toBe('云溪区人民政府');
  });

  it('falls back on the opening sentence when the title names no one', () => {
    const title = '关于2023年法治政府建设情况的报告';
    expect(issuingBody(title)).toBeNull();
    expect(issuingBody(title, `${title}\n2023年,红土乡坚持以习近平新时代中国特色社会主义思想为指导`)).toBe('红土乡');
    expect(issuingBody(title, `${title}\n2021年，在市委市政府的正确领导下，梁园区坚持以人民为中心`)).toBe('梁园区');
    expect(issuingBody(title, `${title}\n2023年以来，我镇坚持以习近平新时代中国特色社会主义思想为指导`)).toBeNull();
    expect(issuingBody(null, '')).toBeNull();
  });

  it('is a unit name or nothing, never a fragment of a sentence', () => {
    const title = '关于2022年法治政府建设情况的报告';
    expect(issuingBody(`××卫〔2024〕3号《××省卫生健康委关于2023年度法治政府建设情况的报告》`)).toBe('××省卫生健康委');
    expect(issuingBody('网站首页(法治政府建设情况如何?××省政府发布报告)')).toBeNull();
    expect(issuingBody(title, `${title}\n2022年,我市落实法治政府建设工作紧紧围绕中心工作`)).toBeNull();
    expect(issuingBody(title, `${title}\n2022年以来,××区政府坚决贯彻落实上级部署,全面推进依法行政`)).toBe('××区政府');
    expect(issuingBody('寶山區羅店鎮2020年度法治政府建設情況報告')).toBe('寶山區羅店鎮');
    expect(issuingBody('现将我局2022年度法治政府建设工作情况报告')).toBeNull();
    expect(issuingBody('根据《条例》规定，现公布××区人民政府办公室2022年法治政府建设情况报告')).toBeNull();
  });
});
