import type { IsoDate } from './dates.ts';
import { toDayNumber } from './dates.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Formatters are costly to build; memoising them is a cache, not domain state.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalDateTime {
  date: IsoDate;
  /** Milliseconds since local midnight. */
  msOfDay: number;
}

/** The calendar date and time of day of an instant in a time zone. */
export function toLocal(instant: number, timeZone: string = DEFAULT_TIME_ZONE): LocalDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const ms = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000;
  return { date, msOfDay: ms + (((instant % 1000) + 1000) % 1000) };
}

export function localDate(instant: number, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  return toLocal(instant, timeZone).date;
}

/** UTC offset (ms) in effect at an instant. */
export function offsetAt(instant: number, timeZone: string): number {
  const local = toLocal(instant, timeZone);
  return toDayNumber(local.date) * DAY_MS + local.msOfDay - instant;
}

/**
 * The instant at which a time zone's wall clock shows `date` + `msOfDay`. In a DST gap the later offset wins,
 * in an overlap the earlier instant; Asia/Shanghai has neither.
 */
export function fromLocal(date: IsoDate, msOfDay: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  const wall = toDayNumber(date) * DAY_MS + msOfDay;
  let instant = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(instant, timeZone);
  if (second !== instant) instant = Math.min(instant, second);
  return instant;
}

/** Parses 'HH:MM' into minutes since midnight (24:00 allowed as the end of the day). */
export function parseClock(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60) throw new RangeError(`Not a clock time (HH:MM): ${hhmm}`);
  return minutes;
}

export const minutesToMs = (minutes: number): number => minutes * MINUTE_MS;
