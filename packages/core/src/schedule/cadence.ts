import { addDays, addMonths, daysBetween, type IsoDate } from '../calendar/dates.ts';

export type CadenceUnit = 'day' | 'week' | 'month' | 'year';

export interface Cadence {
  /** Stable id (e.g. contract + plugin cadence key): part of every occurrence key. */
  id: string;
  every: number;
  unit: CadenceUnit;
  /**
   * A date on which a period starts; fixes the phase so that runs over different ranges agree.
   * Default: Monday 2000-01-03 for days and weeks, 2000-01-01 for months and years.
   */
  anchor?: IsoDate;
  /** Plan only on working days: a period with none is skipped, otherwise the first working day is used. */
  workingDaysOnly?: boolean;
  /** Days before the due date from which the occurrence shows as due soon (working days if workingDaysOnly). */
  warningDays?: number;
}

export interface Period {
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
}

const DAY_ANCHOR = '2000-01-03';
const MONTH_ANCHOR = '2000-01-01';

function anchorOf(cadence: Cadence): IsoDate {
  return cadence.anchor ?? (cadence.unit === 'day' || cadence.unit === 'week' ? DAY_ANCHOR : MONTH_ANCHOR);
}

function monthsPerStep(cadence: Cadence): number {
  return cadence.unit === 'year' ? 12 * cadence.every : cadence.every;
}

function periodStart(cadence: Cadence, k: number): IsoDate {
  const anchor = anchorOf(cadence);
  if (cadence.unit === 'day') return addDays(anchor, k * cadence.every);
  if (cadence.unit === 'week') return addDays(anchor, k * cadence.every * 7);
  // Always from the anchor, never cumulatively, so the 31st stays the 31st where the month has one.
  return addMonths(anchor, k * monthsPerStep(cadence));
}

/** Index of the period containing `date` (the largest k with start(k) ≤ date). */
function periodIndex(cadence: Cadence, date: IsoDate): number {
  const anchor = anchorOf(cadence);
  if (cadence.unit === 'day' || cadence.unit === 'week') {
    const len = cadence.every * (cadence.unit === 'week' ? 7 : 1);
    return Math.floor(daysBetween(anchor, date) / len);
  }
  const [ay, am] = anchor.split('-').map(Number) as [number, number];
  const [y, m] = date.split('-').map(Number) as [number, number];
  let k = Math.floor(((y - ay) * 12 + (m - am)) / monthsPerStep(cadence));
  while (periodStart(cadence, k) > date) k--;
  while (periodStart(cadence, k + 1) <= date) k++;
  return k;
}

export function validateCadence(cadence: Cadence): void {
  if (!Number.isInteger(cadence.every) || cadence.every < 1) {
    throw new RangeError(`Cadence ${cadence.id}: 'every' must be a positive integer`);
  }
  if (
    cadence.warningDays !== undefined &&
    (!Number.isInteger(cadence.warningDays) || cadence.warningDays < 0)
  ) {
    throw new RangeError(`Cadence ${cadence.id}: 'warningDays' must be a non-negative integer`);
  }
}

/** The periods of a cadence whose start lies in [from, to]. */
export function periodsInRange(cadence: Cadence, from: IsoDate, to: IsoDate): Period[] {
  validateCadence(cadence);
  const periods: Period[] = [];
  let k = periodIndex(cadence, from);
  if (periodStart(cadence, k) < from) k++;
  for (let start = periodStart(cadence, k); start <= to; start = periodStart(cadence, ++k)) {
    periods.push({ start, end: addDays(periodStart(cadence, k + 1), -1) });
  }
  return periods;
}
