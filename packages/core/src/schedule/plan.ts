import { addDays, compareDates, type IsoDate } from '../calendar/dates.ts';
import { localDate } from '../calendar/time-zone.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { addWorkingDays } from '../calendar/working-days.ts';
import { type Cadence, periodsInRange } from './cadence.ts';

export type OccurrenceStatus = 'upcoming' | 'open' | 'due_soon' | 'overdue' | 'done';

export interface PlannedOccurrence {
  /** `${cadenceId}:${periodStart}` — stable across runs and calendar edits. */
  key: string;
  cadenceId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  plannedDate: IsoDate;
  dueDate: IsoDate;
  warnFrom: IsoDate;
}

export interface PlanInput {
  cadences: readonly Cadence[];
  from: IsoDate;
  to: IsoDate;
  calendar: WorkingCalendar;
  /** Keys already stored: they are not proposed again. */
  existingKeys?: Iterable<string>;
}

export function occurrenceKey(cadenceId: string, periodStart: IsoDate): string {
  return `${cadenceId}:${periodStart}`;
}

function firstWorkingDay(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): IsoDate | undefined {
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) return d;
  return undefined;
}

function lastWorkingDay(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): IsoDate {
  for (let d = to; compareDates(d, from) > 0; d = addDays(d, -1)) if (calendar.isWorkingDay(d)) return d;
  return from;
}

/** All occurrences of the cadences with a period starting in [from, to], sorted by planned date then key. */
export function planOccurrences(
  cadences: readonly Cadence[],
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
): PlannedOccurrence[] {
  const out: PlannedOccurrence[] = [];
  for (const cadence of cadences) {
    for (const period of periodsInRange(cadence, from, to)) {
      const working = cadence.workingDaysOnly ?? false;
      const plannedDate = working ? firstWorkingDay(calendar, period.start, period.end) : period.start;
      if (plannedDate === undefined) continue;
      const dueDate = working ? lastWorkingDay(calendar, plannedDate, period.end) : period.end;
      const warning = cadence.warningDays ?? 0;
      let warnFrom = working ? addWorkingDays(calendar, dueDate, -warning) : addDays(dueDate, -warning);
      if (compareDates(warnFrom, plannedDate) < 0) warnFrom = plannedDate;
      out.push({
        key: occurrenceKey(cadence.id, period.start),
        cadenceId: cadence.id,
        periodStart: period.start,
        periodEnd: period.end,
        plannedDate,
        dueDate,
        warnFrom,
      });
    }
  }
  return out.sort(
    (a, b) => compareDates(a.plannedDate, b.plannedDate) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** What a scheduled job should insert: the occurrences not stored yet. Running it twice inserts nothing new. */
export function generatePlan(input: PlanInput): PlannedOccurrence[] {
  const existing = new Set(input.existingKeys ?? []);
  return planOccurrences(input.cadences, input.from, input.to, input.calendar).filter(
    (o) => !existing.has(o.key),
  );
}

/** Status of an occurrence at an instant; the day is the tenant's calendar day. */
export function occurrenceStatus(
  occurrence: PlannedOccurrence,
  now: number,
  calendar: WorkingCalendar,
  done = false,
): OccurrenceStatus {
  if (done) return 'done';
  const today = localDate(now, calendar.timeZone);
  if (compareDates(today, occurrence.dueDate) > 0) return 'overdue';
  if (compareDates(today, occurrence.warnFrom) >= 0) return 'due_soon';
  if (compareDates(today, occurrence.plannedDate) >= 0) return 'open';
  return 'upcoming';
}

/** The occurrences past due at `now` and not done, in planned order. */
export function overdueOccurrences(
  occurrences: readonly PlannedOccurrence[],
  now: number,
  calendar: WorkingCalendar,
  doneKeys: Iterable<string> = [],
): PlannedOccurrence[] {
  const done = new Set(doneKeys);
  return occurrences.filter((o) => occurrenceStatus(o, now, calendar, done.has(o.key)) === 'overdue');
}
