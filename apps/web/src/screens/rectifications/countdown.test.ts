import { describe, expect, it } from 'vitest';
import { countdown } from './countdown.ts';

describe('countdown to a rectification deadline', () => {
  it('splits what is left into days, hours and minutes', () => {
    const now = Date.parse('2026-03-02T01:00:00Z');
    expect(countdown('2026-03-03T09:30:00Z', now)).toEqual({
      overdue: false,
      days: 1,
      hours: 8,
      minutes: 30,
    });
  });
  it('counts past the deadline as overdue', () => {
    const now = Date.parse('2026-03-03T10:10:00Z');
    expect(countdown('2026-03-03T09:30:00Z', now)).toEqual({ overdue: true, days: 0, hours: 0, minutes: 40 });
  });
});
