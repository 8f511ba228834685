// The reported years a format version or a deadline applies to.
import { describe, expect, it } from 'vitest';
import { spans, yearSpanOf } from '../../../src/core/rules/year-span.ts';

describe('year spans', () => {
  it('holds both ends, and an open end holds every year on its side', () => {
    const trial = yearSpanOf({ from: 2019, to: 2020 });
    expect([2018, 2019, 2020, 2021].map((y) => spans(trial, y))).toEqual([false, true, true, false]);
    expect([2018, 2019].map((y) => spans(yearSpanOf({ to: 2018 }), y))).toEqual([true, false]);
    expect([2020, 2021].map((y) => spans(yearSpanOf({ from: 2021 }), y))).toEqual([false, true]);
    expect(spans(yearSpanOf({}), 1990)).toBe(true);
  });
});
