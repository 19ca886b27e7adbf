import { describe, expect, it } from 'vitest';
import { addDays, rangeOf, shift, todayIn } from './dates.ts';

describe('plan view dates', () => {
  it('takes today in the tenant’s zone, not the browser’s', () => {
    expect(todayIn('Asia/Shanghai', Date.parse('2026-10-09T16:30:00Z'))).toBe('2026-10-10');
    expect(todayIn('UTC', Date.parse('2026-10-09T16:30:00Z'))).toBe('2026-10-09');
  });
  it('gives Monday to Sunday weeks and whole months, and moves by one of them', () => {
    expect(rangeOf('week', '2026-10-10')).toEqual({ from: '2026-10-05', to: '2026-10-11' });
    expect(rangeOf('week', '2026-10-05')).toEqual({ from: '2026-10-05', to: '2026-10-11' });
    expect(rangeOf('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(shift('month', '2026-12-31', 1)).toBe('2027-01-01');
    expect(shift('week', '2026-10-05', -1)).toBe('2026-09-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
