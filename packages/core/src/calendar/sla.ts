import { PreconditionError } from '../errors.ts';
import { addDays, type IsoDate } from './dates.ts';
import { fromLocal, minutesToMs, parseClock, toLocal } from './time-zone.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { addWorkingDays } from './working-days.ts';

/** A daily working period in the calendar's time zone, e.g. { start: '09:00', end: '17:30' }. */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = [{ start: '09:00', end: '17:30' }];

/** A stretch during which the clock stops (e.g. waiting on the reporter); `to` absent = still paused. */
export interface Pause {
  from: number;
  to?: number;
}

export type SlaDuration = { workingMinutes: number } | { workingHours: number } | { workingDays: number };

export interface SlaOptions {
  workingHours?: readonly WorkingPeriod[];
  pauses?: readonly Pause[];
}

type Interval = [number, number];
const MAX_SCAN_DAYS = 366 * 2;

function periodsOf(hours: readonly WorkingPeriod[]): Interval[] {
  const periods = hours
    .map((p): Interval => [minutesToMs(parseClock(p.start)), minutesToMs(parseClock(p.end))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  if (periods.length === 0) throw new RangeError('Working hours must contain at least one non-empty period');
  return periods;
}

/** Working intervals of one local day as instants. */
function dayIntervals(calendar: WorkingCalendar, date: IsoDate, periods: Interval[]): Interval[] {
  if (!calendar.isWorkingDay(date)) return [];
  return periods.map(
    ([s, e]): Interval => [fromLocal(date, s, calendar.timeZone), fromLocal(date, e, calendar.timeZone)],
  );
}

function mergePauses(pauses: readonly Pause[], openEnd: number): Interval[] {
  const sorted = pauses
    .map((p): Interval => [p.from, p.to ?? openEnd])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const iv of sorted) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([...iv]);
  }
  return merged;
}

/** Splits [s, e) around the pauses. */
function subtract([s, e]: Interval, pauses: Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = s;
  for (const [ps, pe] of pauses) {
    if (pe <= cursor || ps >= e) continue;
    if (ps > cursor) out.push([cursor, ps]);
    cursor = Math.max(cursor, pe);
  }
  if (cursor < e) out.push([cursor, e]);
  return out;
}

/** Running clock intervals from `start` onwards, day by day (lazily). */
function* clockIntervals(start: number, calendar: WorkingCalendar, options: SlaOptions, openEnd: number) {
  const periods = periodsOf(options.workingHours ?? DEFAULT_WORKING_HOURS);
  const pauses = mergePauses(options.pauses ?? [], openEnd);
  let date = toLocal(start, calendar.timeZone).date;
  let idle = 0;
  for (;;) {
    const intervals = dayIntervals(calendar, date, periods);
    if (intervals.length === 0 && ++idle > MAX_SCAN_DAYS) {
      throw new PreconditionError('calendar.no_working_time', { date });
    }
    if (intervals.length > 0) idle = 0;
    for (const [s, e] of intervals) {
      if (e <= start) continue;
      yield* subtract([Math.max(s, start), e], pauses);
    }
    date = addDays(date, 1);
  }
}

/** Working time (ms) on the clock between two instants, pauses excluded. */
export function workingTimeBetween(
  from: number,
  to: number,
  calendar: WorkingCalendar,
  options: SlaOptions = {},
): number {
  if (to <= from) return 0;
  let total = 0;
  for (const [s, e] of clockIntervals(from, calendar, options, to)) {
    if (s >= to) break;
    total += Math.min(e, to) - s;
  }
  return total;
}

/** The clock budget in ms. Working days end at the close of the Nth working day after the start's day. */
export function durationBudget(
  start: number,
  duration: SlaDuration,
  calendar: WorkingCalendar,
  workingHours: readonly WorkingPeriod[] = DEFAULT_WORKING_HOURS,
): number {
  if ('workingMinutes' in duration) return minutesToMs(duration.workingMinutes);
  if ('workingHours' in duration) return minutesToMs(duration.workingHours * 60);
  const periods = periodsOf(workingHours);
  const lastDay = addWorkingDays(calendar, toLocal(start, calendar.timeZone).date, duration.workingDays);
  const close = fromLocal(lastDay, periods[periods.length - 1]![1], calendar.timeZone);
  return workingTimeBetween(start, close, calendar, { workingHours });
}

/**
 * When the clock runs out: the start plus the duration in working time, skipping non-working days, hours
 * outside the working periods and pauses. Null when an open-ended pause stopped the clock before then.
 */
export function computeDeadline(
  start: number,
  duration: SlaDuration,
  calendar: WorkingCalendar,
  options: SlaOptions = {},
): number | null {
  let left = durationBudget(start, duration, calendar, options.workingHours);
  if (left <= 0) return start;
  const pauses = options.pauses ?? [];
  const open = pauses.filter((p) => p.to === undefined).map((p) => p.from);
  const stopAt = open.length > 0 ? Math.min(...open) : Number.POSITIVE_INFINITY;
  const closed = pauses.filter((p) => p.to !== undefined);
  for (const [s, e] of clockIntervals(start, calendar, { ...options, pauses: closed }, stopAt)) {
    if (s >= stopAt) return null;
    const end = Math.min(e, stopAt);
    if (end - s >= left) return s + left;
    left -= end - s;
  }
  return null;
}

export type SlaState = 'running' | 'paused' | 'overdue' | 'met' | 'breached';

export interface SlaStatus {
  state: SlaState;
  /** Null while paused (the deadline moves once the clock restarts). */
  deadline: number | null;
  budgetMs: number;
  /** Working time used so far, pauses excluded. */
  elapsedMs: number;
  remainingMs: number;
  /** Working time past the budget. */
  overdueMs: number;
}

/**
 * The clock at `now` (or at `completedAt`, when the work is done: then 'met' or 'breached'). Past the deadline
 * is 'overdue' even outside working hours, when no working time has yet been lost.
 */
export function slaStatus(
  start: number,
  duration: SlaDuration,
  calendar: WorkingCalendar,
  now: number,
  options: SlaOptions & { completedAt?: number } = {},
): SlaStatus {
  const at = options.completedAt === undefined ? now : Math.min(now, options.completedAt);
  const budgetMs = durationBudget(start, duration, calendar, options.workingHours);
  const elapsedMs = workingTimeBetween(start, at, calendar, options);
  const pauses = options.pauses ?? [];
  const paused = pauses.some((p) => p.from <= at && (p.to === undefined || p.to > at));
  const deadline = paused ? null : computeDeadline(start, duration, calendar, options);
  const late = elapsedMs > budgetMs || (deadline !== null && at > deadline);
  let state: SlaState;
  if (options.completedAt !== undefined && options.completedAt <= now) state = late ? 'breached' : 'met';
  else state = late ? 'overdue' : paused ? 'paused' : 'running';
  return {
    state,
    deadline,
    budgetMs,
    elapsedMs,
    remainingMs: Math.max(0, budgetMs - elapsedMs),
    overdueMs: Math.max(0, elapsedMs - budgetMs),
  };
}
