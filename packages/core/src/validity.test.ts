import { describe, expect, it } from 'vitest';
import { validityOn } from './validity.ts';

describe('validityOn (R1, R3: expired or expiring certificates are visible)', () => {
  const today = '2026-03-02';
  it('treats the last valid day as valid and the day after as expired', () => {
    expect(validityOn('2026-03-02', today)).toEqual({ status: 'expiring', daysLeft: 0 });
    expect(validityOn('2026-03-01', today)).toEqual({ status: 'expired', daysLeft: -1 });
  });
  it('counts as expiring up to and including the warning horizon', () => {
    expect(validityOn('2026-04-01', today, 30)).toEqual({ status: 'expiring', daysLeft: 30 });
    expect(validityOn('2026-04-02', today, 30)).toEqual({ status: 'valid', daysLeft: 31 });
    expect(validityOn('2026-03-09', today, 7).status).toBe('expiring');
  });
  it('reports an undated permit apart', () => {
    expect(validityOn(null, today)).toEqual({ status: 'undated', daysLeft: null });
  });
});
