import { addDays, compareDates, type IsoDate } from '../calendar/dates.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { mulberry32, sampleWithoutReplacement } from './prng.ts';

export interface SpotCheckPick {
  item: string;
  site: string;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * R14 抽检: picks `count` distinct (checklist item, site) pairs. Inputs are de-duplicated and sorted first, so
 * the same sets and seed give the same sample whatever order the caller lists them in.
 */
export function sampleSpotCheck(
  items: readonly string[],
  sites: readonly string[],
  count: number,
  seed: number,
): SpotCheckPick[] {
  const sortedItems = [...new Set(items)].sort(byString);
  const sortedSites = [...new Set(sites)].sort(byString);
  const indices = Array.from({ length: sortedItems.length * sortedSites.length }, (_, i) => i);
  const picked = sampleWithoutReplacement(indices, count, mulberry32(seed)).sort((a, b) => a - b);
  return picked.map((i) => ({
    site: sortedSites[Math.floor(i / sortedItems.length)]!,
    item: sortedItems[i % sortedItems.length]!,
  }));
}

/** Unannounced dates: `count` distinct working days in [from, to], sorted. */
export function sampleSpotCheckDates(
  calendar: WorkingCalendar,
  from: IsoDate,
  to: IsoDate,
  count: number,
  seed: number,
): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) days.push(d);
  return sampleWithoutReplacement(days, count, mulberry32(seed)).sort(byString);
}
