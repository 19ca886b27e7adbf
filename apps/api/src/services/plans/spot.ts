import {
  addDays,
  addMonths,
  type IsoDate,
  sampleSpotCheck,
  sampleSpotCheckDates,
  seedFromString,
  type WorkingCalendar,
} from '@steward/core';

/** The sampled (item, site) pairs of one spot check, grouped into one visit per site. */
export interface SpotVisit {
  siteId: string | null;
  itemCodes: string[];
}

/** R14 抽检: `size` (item, site) pairs sampled with the seed, one visit per sampled site. Deterministic. */
export function sampleVisits(
  itemCodes: readonly string[],
  siteIds: readonly (string | null)[],
  size: number,
  seed: number,
): SpotVisit[] {
  const NO_SITE = '-';
  const sites = siteIds.map((s) => s ?? NO_SITE);
  const visits = new Map<string, string[]>();
  for (const pick of sampleSpotCheck(itemCodes, sites, size, seed)) {
    visits.set(pick.site, [...(visits.get(pick.site) ?? []), pick.item]);
  }
  return [...visits].map(([site, items]) => ({ siteId: site === NO_SITE ? null : site, itemCodes: items }));
}

/** The seed of a month's unannounced spot check: from the tenant and the month, so re-runs agree. */
export function monthlySpotSeed(tenantId: string, month: string, contractId: string, pluginId: string) {
  return seedFromString(`${tenantId}:${month}:${contractId}:${pluginId}`);
}

/** The months (YYYY-MM-01) whose days overlap [from, to]. */
export function monthsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const months: IsoDate[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

export function lastDayOfMonth(monthStart: IsoDate): IsoDate {
  return addDays(addMonths(monthStart, 1), -1);
}

/** An unannounced day: one working day of the window drawn with the seed (undefined if it has none). */
export function unannouncedDay(
  calendar: WorkingCalendar,
  from: IsoDate,
  to: IsoDate,
  seed: number,
): IsoDate | undefined {
  return sampleSpotCheckDates(calendar, from, to, 1, seed)[0];
}
