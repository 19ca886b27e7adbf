import { describe, expect, it } from 'vitest';
import { quarterDays, quarterOf, shiftQuarter } from './quarters.ts';

describe('quarters (R14 quarterly survey)', () => {
  it('names the quarter of a day and its first and last days', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterDays('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
  it('shifts across years', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2025-Q4', 1)).toBe('2026-Q1');
    expect(shiftQuarter('2026-Q2', -4)).toBe('2025-Q2');
  });
  it('refuses malformed input', () => {
    expect(() => quarterDays('2026-Q5')).toThrow(RangeError);
    expect(() => quarterOf('2026-1-1')).toThrow(RangeError);
  });
});
