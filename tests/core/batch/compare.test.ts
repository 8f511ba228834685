import { describe, expect, it } from 'vitest';
import { compareYears, direction } from '../../../src/core/batch/compare.ts';
import type { Figure, Report } from '../../../src/core/report.ts';
import { devReport, yoyReport } from '../../helpers/dev-reports.ts';

const older = devReport('shuangjiang-2023.txt');
const newer = yoyReport('shuangjiang-2024.txt');
const comparison = compareYears(older, newer);
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('year over year', () => {
  it('knows the two years', () => {
    expect(comparison.older).toMatchObject({ file: 'shuangjiang-2023.txt', year: 2023 });
    expect(comparison.newer).toMatchObject({ file: 'shuangjiang-2024.txt', year: 2024 });
  });

  it('finds the indicators the new report improved', () => {
    expect(ids(comparison.improved)).toEqual(['shortcomings-and-causes', 'report-date', 'normative-docs-review', 'normative-docs-cleanup', 'admin-litigation']);
    expect(comparison.improved.find((c) => c.id === 'normative-docs-cleanup')).toMatchObject({ before: 'missing', after: 'present' });
  });

  it('finds the indicator it regressed on', () => {
    expect(comparison.regressed).toEqual([expect.objectContaining({ id: 'law-popularization', before: 'present', after: 'weak', title: '法治宣传教育（普法）' })]);
  });

  it('lists every indicator once, in rule-set order, with its status in each year', () => {
    expect(ids(comparison.indicators)).toEqual(older.report.results.map((v) => v.id));
    const statusIn = (r: Report, id: string) => r.results.find((v) => v.id === id)!.status;
    for (const c of comparison.indicators) {
      expect(c.before, c.id).toBe(statusIn(older.report, c.id));
      expect(c.after, c.id).toBe(statusIn(newer.report, c.id));
      expect(c.direction === 'unchanged', c.id).toBe(c.before === c.after);
    }
  });

  it('flags the copied passages and not the rephrased ones', () => {
    expect(comparison.copied.length).toBeGreaterThan(40);
    expect(comparison.copied.some((p) => p.newer.quote.includes('一窗综办'))).toBe(false);
    expect(comparison.copiedShare).toBeGreaterThan(0.6);
  });

  it('orders statuses missing < weak < present', () => {
    expect(direction('missing', 'weak')).toBe('improved');
    expect(direction('present', 'missing')).toBe('regressed');
    expect(direction('weak', 'weak')).toBe('unchanged');
    expect(direction(null, 'present')).toBe('unchanged');
  });
});

describe('key figures then and now', () => {
  const figure = (indicator: string, name: string, value: number): Figure => ({ indicator, name, value, unit: '件', approximate: false, quote: `${name}${value}件`, start: 0, end: 1, page: null });
  const withFigures = (report: Report, figures: Figure[] | undefined): Report => ({ ...report, figures });

  it('pairs figures by indicator and name, first mention of each', () => {
    const c = compareYears(
      { report: withFigures(older.report, [figure('admin-reconsideration', '受理', 13), figure('admin-reconsideration', '受理', 99), figure('normative-docs-cleanup', '清理', 246)]), text: older.text },
      { report: withFigures(newer.report, [figure('admin-reconsideration', '受理', 57), figure('admin-litigation', '应诉', 4)]), text: newer.text },
    );
    const pairs = c.figures.map((f) => [f.indicator, f.name, f.before?.value ?? null, f.after?.value ?? null]);
    // in rule-set order: cleanup before reconsideration before litigation
    expect(pairs).toEqual([
      ['normative-docs-cleanup', '清理', 246, null],
      ['admin-reconsideration', '受理', 13, 57],
      ['admin-litigation', '应诉', null, 4],
    ]);
  });

  it('has none when the reports carry no figures', () => {
    const c = compareYears({ report: withFigures(older.report, undefined), text: older.text }, { report: withFigures(newer.report, undefined), text: newer.text });
    expect(c.figures).toEqual([]);
  });

  it('shows the real extracted figures moving, when the core extracts them', () => {
    const rate = comparison.figures.find((f) => f.indicator === 'dispute-resolution' && f.name === '化解率');
    expect(rate?.before?.value).toBe(95.2);
    expect(rate?.after?.value).toBe(97.3);
  });
});
