import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate, weekday } from './dates.ts';
import { fromLocal, localDate, toLocal } from './time-zone.ts';
import { createWorkingCalendar, OFFICIAL_HOLIDAY_YEARS } from './working-calendar.ts';
import { addWorkingDays, nearestWorkingDay, workingDaysBetween } from './working-days.ts';

const cal = createWorkingCalendar();
const working = (dates: string[]) => dates.filter((d) => cal.isWorkingDay(d));
const range = (from: string, days: number) => Array.from({ length: days }, (_, i) => addDays(from, i));

describe('dates', () => {
  it('validates, shifts and names week days without a local clock', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(weekday('2025-10-01')).toBe(3);
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
});

describe('time zones', () => {
  it('takes the calendar day from the tenant time zone (default Asia/Shanghai)', () => {
    const instant = Date.parse('2025-09-30T17:00:00Z');
    expect(localDate(instant)).toBe('2025-10-01');
    expect(localDate(instant, 'UTC')).toBe('2025-09-30');
    expect(toLocal(instant).msOfDay).toBe(3_600_000);
  });

  it('converts a local wall time back to an instant, also across DST elsewhere', () => {
    expect(fromLocal('2025-10-01', 9 * 3_600_000)).toBe(Date.parse('2025-10-01T09:00:00+08:00'));
    expect(fromLocal('2025-07-01', 9 * 3_600_000, 'America/New_York')).toBe(
      Date.parse('2025-07-01T09:00:00-04:00'),
    );
    expect(fromLocal('2025-12-01', 9 * 3_600_000, 'America/New_York')).toBe(
      Date.parse('2025-12-01T09:00:00-05:00'),
    );
  });
});

describe('working calendar (chinese-days data)', () => {
  it('knows the years its holiday data covers', () => {
    expect(OFFICIAL_HOLIDAY_YEARS).toEqual({ first: 2004, last: 2026 });
    expect(cal.coversYear(2026)).toBe(true);
    expect(cal.coversYear(2027)).toBe(false);
  });

  it('2025 National Day + Mid-Autumn: Oct 1–8 off, Sunday Sep 28 and Saturday Oct 11 are 调休 working days', () => {
    expect(working(range('2025-09-27', 16))).toEqual([
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
    expect(cal.dayInfo('2025-09-28')).toMatchObject({
      working: true,
      kind: 'makeup_workday',
      source: 'official',
    });
    expect(cal.dayInfo('2025-10-06')).toMatchObject({ working: false, kind: 'holiday' });
    expect(cal.dayInfo('2025-10-06').name).toContain('中秋');
  });

  it('2026 Spring Festival: Feb 15–23 off, Saturdays Feb 14 and Feb 28 worked', () => {
    expect(working(range('2026-02-13', 16))).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
  });

  it('2026 Mid-Autumn Sep 25–27 and National Day Oct 1–7, Sunday Sep 20 and Saturday Oct 10 worked', () => {
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(working(range('2026-09-25', 3))).toEqual([]);
    expect(working(range('2026-10-01', 7))).toEqual([]);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-10-11')).toBe(false);
  });

  it('tenant overrides cover a year the library does not, and win over the official data', () => {
    const tenant = createWorkingCalendar({
      extraHolidays: ['2027-02-08', { date: '2025-09-29', name: '本局停电检修' }],
      extraWorkingDays: [{ date: '2027-02-06', name: '春节调休' }, '2025-10-08'],
    });
    expect(tenant.coversYear(2027)).toBe(true);
    expect(tenant.isWorkingDay('2027-02-08')).toBe(false);
    expect(tenant.dayInfo('2027-02-06')).toEqual({
      date: '2027-02-06',
      working: true,
      kind: 'makeup_workday',
      name: '春节调休',
      source: 'tenant',
    });
    expect(tenant.dayInfo('2025-09-29')).toMatchObject({
      working: false,
      source: 'tenant',
      name: '本局停电检修',
    });
    expect(tenant.isWorkingDay('2025-10-08')).toBe(true);
    expect(() => createWorkingCalendar({ extraHolidays: ['2027-13-01'] })).toThrow(RangeError);
  });

  it('can ignore official holidays (weekends only)', () => {
    const plain = createWorkingCalendar({ chineseHolidays: false });
    expect(plain.isWorkingDay('2025-10-01')).toBe(true);
    expect(plain.isWorkingDay('2025-09-28')).toBe(false);
  });
});

describe('working days', () => {
  it('R17: a deadline in working days skips the holiday and counts the 调休 days', () => {
    expect(addWorkingDays(cal, '2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays(cal, '2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays(cal, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays(cal, '2025-10-09', -1)).toBe('2025-09-30');
    expect(addWorkingDays(cal, '2025-10-03', 0)).toBe('2025-10-03');
  });

  it('counts working days in (from, to], inverse of addWorkingDays', () => {
    expect(workingDaysBetween(cal, '2025-09-30', '2025-10-12')).toBe(3);
    expect(workingDaysBetween(cal, '2025-10-12', '2025-09-30')).toBe(-3);
    for (const n of [0, 1, 5, 12, 30]) {
      expect(workingDaysBetween(cal, '2026-02-10', addWorkingDays(cal, '2026-02-10', n))).toBe(n);
    }
  });

  it('finds the nearest working day either way', () => {
    expect(nearestWorkingDay(cal, '2025-10-04')).toBe('2025-10-09');
    expect(nearestWorkingDay(cal, '2025-10-04', -1)).toBe('2025-09-30');
    expect(nearestWorkingDay(cal, '2025-10-09')).toBe('2025-10-09');
  });

  it('refuses a calendar without working days instead of looping', () => {
    const closed = createWorkingCalendar({ chineseHolidays: false, extraHolidays: range('2030-01-01', 800) });
    expect(() => addWorkingDays(closed, '2030-01-01', 1)).toThrow(/two years/);
  });
});
