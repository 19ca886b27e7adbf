import { PreconditionError } from '../errors.ts';
import { addDays, compareDates, type IsoDate } from './dates.ts';
import type { WorkingCalendar } from './working-calendar.ts';

// No real calendar has a year without a working day; this bound turns a misconfiguration into an error.
const MAX_SCAN_DAYS = 366 * 2;

export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return calendar.isWorkingDay(date);
}

/** The first working day on or after (direction 1) or on or before (direction -1) `date`. */
export function nearestWorkingDay(calendar: WorkingCalendar, date: IsoDate, direction: 1 | -1 = 1): IsoDate {
  let d = date;
  for (let i = 0; i <= MAX_SCAN_DAYS; i++, d = addDays(d, direction)) {
    if (calendar.isWorkingDay(d)) return d;
  }
  throw new PreconditionError('calendar.no_working_days', { date });
}

/**
 * Moves `n` working days from `date` (backwards when negative). The start day itself is not counted, so
 * Friday + 1 is the next working Monday and 0 returns `date` unchanged.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = date;
  let left = Math.abs(n);
  let scanned = 0;
  while (left > 0) {
    d = addDays(d, step);
    if (calendar.isWorkingDay(d)) {
      left--;
      scanned = 0;
    } else if (++scanned > MAX_SCAN_DAYS) {
      throw new PreconditionError('calendar.no_working_days', { date });
    }
  }
  return d;
}

/**
 * Working days in (from, to] — the inverse of addWorkingDays: addWorkingDays(c, a, n) = b ⇒ between(a, b) = n
 * (negative when `to` is before `from`).
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  const [lo, hi] = order < 0 ? [from, to] : [to, from];
  let count = 0;
  for (let d = addDays(lo, 1); compareDates(d, hi) <= 0; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) count++;
  }
  return order < 0 ? count : -count;
}
