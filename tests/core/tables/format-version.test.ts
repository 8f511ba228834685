// The format of the year, recognised by table 二's column words (rule file format-versions).
import { describe, expect, it } from 'vitest';
import { formatVersionFindings, readReportTables } from '../../../src/core/tables/format-version.ts';
import { govinfoDoc, govinfoRules } from '../../helpers/govinfo.ts';

const versions = govinfoRules().formatVersions;

describe('wrong-format-version', () => {
  it('is silent for a 2024 report in the 2021 format', async () => {
    expect(formatVersionFindings(await govinfoDoc('huaian-city-2024.pdf'), versions, 2024)).toEqual([]);
  });

  it('is an error for a report on 2022 with the trial format’s columns', async () => {
    const doc = await govinfoDoc('huaian-city-2024.pdf');
    const trial = { ...doc, text: doc.text.replace('本年制发件数 本年废止件数 现行有效件数', '本年新制作数量 本年新公开数量 对外公开总数量') };
    const [f, ...rest] = formatVersionFindings(trial, versions, 2022);
    expect(rest).toEqual([]);
    expect([f.code, f.severity]).toEqual(['wrong-format-version', 'error']);
    expect(f.message).toContain('试行格式');
    expect(trial.text.slice(f.evidence[0].start, f.evidence[0].end)).toBe('本年新制作数量');
  });

  it('recognises the trial words broken across the lines of a PDF header cell, and reads the trial table 二', async () => {
    const doc = await govinfoDoc('huaian-city-2024.pdf');
    const trial = { ...doc, text: doc.text.replace('本年制发件数 本年废止件数 现行有效件数', '本年新制\n作数量 本年新公\n开数量 对外公开\n总数量') };
    expect(trial.text).not.toBe(doc.text);
    const [f, ...rest] = formatVersionFindings(trial, versions, 2022);
    expect(rest).toEqual([]);
    expect(f.message).toContain('（“本年新制作数量”）');
    expect(trial.text.slice(f.evidence[0].start, f.evidence[0].end)).toBe('本年新制\n作数量');
    expect(readReportTables(trial, govinfoRules(), 2022)[0].id).toBe('t2v');
  });

  it('is a warning for a report on 2020 in the 2021 format (its year is probably wrong)', async () => {
    const [f] = formatVersionFindings(await govinfoDoc('hongze-district-2023.pdf'), versions, 2020);
    expect([f.code, f.severity]).toEqual(['wrong-format-version', 'warning']);
  });
});
