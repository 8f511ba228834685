// The figures the checker read from the report, as the key-figures panel lists them: grouped by
// the indicator they belong to, each flagged when an arithmetic finding says its sum is wrong.

import type { Figure, Report } from '../../core/report.ts';

export interface FigureRow {
  /** The figure's index in report.figures, which its selection key is built from. */
  index: number;
  figure: Figure;
  /** Its quote lies inside the evidence of an arithmetic finding: the numbers around it disagree. */
  conflicting: boolean;
}

export interface FigureGroup {
  indicator: string;
  title: string;
  rows: FigureRow[];
}

export function groupFigures(report: Report): FigureGroup[] {
  const disputed = report.findings.filter((f) => f.kind === 'arithmetic').flatMap((f) => f.evidence);
  const groups = new Map<string, FigureGroup>();
  (report.figures ?? []).forEach((figure, index) => {
    let group = groups.get(figure.indicator);
    if (!group) {
      // A figure read for an indicator the rule set no longer names still shows, under its id.
      const title = report.results.find((r) => r.id === figure.indicator)?.title ?? figure.indicator;
      group = { indicator: figure.indicator, title, rows: [] };
      groups.set(figure.indicator, group);
    }
    const conflicting = disputed.some((e) => e.start <= figure.start && figure.end <= e.end);
    group.rows.push({ index, figure, conflicting });
  });
  return [...groups.values()];
}
