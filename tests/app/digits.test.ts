import { describe, expect, it } from 'vitest';
import { groupedNumber } from '../../src/ui/lib/digits.ts';

describe('groupedNumber', () => {
  it('groups whole numbers by three, as toLocaleString does in Chinese and English', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, -4321, 30000]) {
      expect(groupedNumber(n)).toBe(n.toLocaleString('zh-CN'));
      expect(groupedNumber(n)).toBe(n.toLocaleString('en'));
    }
  });

  it('keeps at most four decimals, without trailing zeros', () => {
    expect(groupedNumber(98.5)).toBe('98.5');
    expect(groupedNumber(1234.56789)).toBe('1,234.5679');
    expect(groupedNumber(0.1 + 0.2)).toBe('0.3');
    expect(groupedNumber(2.0)).toBe('2');
  });
});
