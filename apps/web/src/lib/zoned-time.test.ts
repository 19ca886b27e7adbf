import { describe, expect, it } from 'vitest';
import { isoToZonedLocal, offsetMinutesAt, zonedLocalToIso } from './zoned-time.ts';

describe('zonedLocalToIso', () => {
  it('reads the wall clock in the tenant zone, not the browser zone', () => {
    expect(zonedLocalToIso('2026-02-01T00:30', 'Asia/Shanghai')).toBe('2026-02-01T00:30:00+08:00');
    expect(new Date(zonedLocalToIso('2026-02-01T00:30', 'Asia/Shanghai')!).toISOString()).toBe(
      '2026-01-31T16:30:00.000Z',
    );
    expect(zonedLocalToIso('2026-02-01T00:30', 'UTC')).toBe('2026-02-01T00:30:00+00:00');
  });

  it('keeps seconds when given and handles negative and half-hour offsets', () => {
    expect(zonedLocalToIso('2026-07-01T09:00:15', 'America/New_York')).toBe('2026-07-01T09:00:15-04:00');
    expect(zonedLocalToIso('2026-01-15T09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
    expect(zonedLocalToIso('2026-01-15T09:00', 'Asia/Kolkata')).toBe('2026-01-15T09:00:00+05:30');
  });

  it('refuses empty and malformed values', () => {
    expect(zonedLocalToIso('', 'Asia/Shanghai')).toBeNull();
    expect(zonedLocalToIso('2026-02-01', 'Asia/Shanghai')).toBeNull();
    expect(zonedLocalToIso('yesterday', 'Asia/Shanghai')).toBeNull();
  });
});

describe('isoToZonedLocal', () => {
  it('shows an instant as the tenant wall clock', () => {
    expect(isoToZonedLocal('2026-01-31T16:30:00Z', 'Asia/Shanghai')).toBe('2026-02-01T00:30');
    expect(isoToZonedLocal(Date.UTC(2026, 0, 31, 16, 30), 'UTC')).toBe('2026-01-31T16:30');
    expect(isoToZonedLocal('nonsense', 'UTC')).toBe('');
  });

  it('round-trips with zonedLocalToIso', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York']) {
      const iso = zonedLocalToIso('2026-03-29T12:45', zone)!;
      expect(isoToZonedLocal(iso, zone)).toBe('2026-03-29T12:45');
    }
  });
});

describe('offsetMinutesAt', () => {
  it('knows Beijing time and summer time', () => {
    expect(offsetMinutesAt(Date.UTC(2026, 5, 1), 'Asia/Shanghai')).toBe(480);
    expect(offsetMinutesAt(Date.UTC(2026, 5, 1), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutesAt(Date.UTC(2026, 0, 1), 'Europe/Berlin')).toBe(60);
  });
});
