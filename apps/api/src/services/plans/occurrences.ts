import {
  addDays,
  type Cadence,
  type IsoDate,
  type PlannedOccurrence,
  periodsInRange,
  planOccurrences,
  type WorkingCalendar,
} from '@steward/core';
import type { Cadence as PluginCadence } from '@steward/plugin-sdk';

/** A contract's term: nothing is planned outside it. */
export interface Term {
  startsOn: IsoDate;
  endsOn: IsoDate;
}

const DAYS_PER_UNIT = { day: 1, week: 7, month: 31, year: 366 } as const;

/** The core's cadence for a plugin cadence (after the tenant's overlay), under a stable id. */
export function coreCadence(id: string, cadence: PluginCadence): Cadence {
  return {
    id,
    every: cadence.every.count,
    unit: cadence.every.unit,
    workingDaysOnly: cadence.workingDaysOnly ?? false,
    warningDays: cadence.warningDays,
  };
}

/** The start of the cadence's period that contains `date`. */
function periodContaining(cadence: Cadence, date: IsoDate): IsoDate {
  const lookback = DAYS_PER_UNIT[cadence.unit] * cadence.every;
  return periodsInRange(cadence, addDays(date, -lookback), date).at(-1)?.start ?? date;
}

/**
 * The occurrences still to do in [from, to] within the term: the period running at `from` counts (this
 * month's assessment is planned even mid-month), anything already due before `from` does not (a first run
 * never floods anyone with plans that were missed before they existed).
 */
export function occurrencesFor(
  cadence: Cadence,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
  term: Term,
): PlannedOccurrence[] {
  const start = periodContaining(cadence, from);
  return planOccurrences([cadence], start, to, calendar).filter(
    (o) => o.dueDate >= from && o.dueDate >= term.startsOn && o.plannedDate <= term.endsOn,
  );
}
