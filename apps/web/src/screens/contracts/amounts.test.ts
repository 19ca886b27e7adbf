import { describe, expect, it } from 'vitest';
import {
  fenToYuanText,
  formatFen,
  percentTextToBp,
  percentTextToPpm,
  ppmToPercentText,
  yuanTextToFen,
} from './amounts.ts';

describe('amounts', () => {
  it('turns yuan with two decimals into fen without floating point', () => {
    expect(yuanTextToFen('1,234,567.89')).toBe(123_456_789);
    expect(yuanTextToFen('0.1')).toBe(10);
    expect(yuanTextToFen('¥ 19.99')).toBe(1999);
    expect(yuanTextToFen('1.005')).toBeNull();
    expect(yuanTextToFen('-1')).toBeNull();
    expect(yuanTextToFen('')).toBeNull();
    expect(fenToYuanText(123_456_789)).toBe('1234567.89');
    expect(fenToYuanText(5)).toBe('0.05');
  });
  it('formats fen for people', () => {
    expect(formatFen(123_456_789, 'zh-CN')).toBe('¥1,234,567.89');
    expect(formatFen(0, 'en')).toBe('¥0.00');
  });
  it('turns percentages into basis points and parts per million', () => {
    expect(percentTextToBp('5')).toBe(500);
    expect(percentTextToBp('95.5')).toBe(9550);
    expect(percentTextToPpm('33.3333')).toBe(333_333);
    expect(ppmToPercentText(500_000)).toBe('50');
    expect(ppmToPercentText(333_333)).toBe('33.3333');
  });
});
