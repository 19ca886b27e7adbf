import { addDays, fromLocal, localDate } from '@steward/core';

/** 'YYYY-MM' months in the tenant's time zone. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(instant: Date, timeZone: string): string {
  return localDate(instant.getTime(), timeZone).slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month's calendar days [first, next) and the instants they span in the time zone. */
export function monthBounds(month: string, timeZone: string) {
  const first = `${month}-01`;
  const next = `${shiftMonth(month, 1)}-01`;
  const last = addDays(next, -1);
  return {
    first,
    last,
    next,
    start: new Date(fromLocal(first, 0, timeZone)),
    end: new Date(fromLocal(next, 0, timeZone)),
  };
}

/** `count` months ending with `last`, oldest first. */
export function monthsEndingAt(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(last, i - count + 1));
}
