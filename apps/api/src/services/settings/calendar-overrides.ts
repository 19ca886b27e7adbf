import {
  addDays,
  createWorkingCalendar,
  type IsoDate,
  isIsoDate,
  OFFICIAL_HOLIDAY_YEARS,
  toDayNumber,
  ValidationError,
  type WorkingCalendar,
  yearOf,
} from '@steward/core';

export type OverrideKind = 'holiday' | 'working';

export interface CalendarOverride {
  date: IsoDate;
  kind: OverrideKind;
  name: string;
}

/**
 * How `tenants.settings.calendar` is stored: plain ISO dates in `extraHolidays` / `extraWorkingDays` (the
 * shape every calendar reader of the API parses — the rectification and complaint readers accept strings
 * only), with the names beside them in `labels`, which only the settings screens and the month view read.
 */
export interface StoredCalendar {
  extraHolidays: IsoDate[];
  extraWorkingDays: IsoDate[];
  labels: Record<IsoDate, string>;
}

type Raw = { extraHolidays?: unknown; extraWorkingDays?: unknown; labels?: unknown } | undefined;

function entries(value: unknown, kind: OverrideKind, labels: Record<string, unknown>): CalendarOverride[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o) => {
    // Objects `{date, name}` are accepted too (the plans reader allows them), so nothing entered is lost.
    const date = typeof o === 'string' ? o : (o as { date?: unknown } | null)?.date;
    if (typeof date !== 'string' || !isIsoDate(date)) return [];
    const own = typeof o === 'object' && o ? (o as { name?: unknown }).name : undefined;
    const label = labels[date] ?? own;
    return [{ date, kind, name: typeof label === 'string' ? label : '' }];
  });
}

/** The tenant's overrides, by date. */
export function readOverrides(settings: unknown): CalendarOverride[] {
  const raw = (settings as { calendar?: Raw } | null)?.calendar;
  const labels = (raw?.labels && typeof raw.labels === 'object' ? raw.labels : {}) as Record<string, unknown>;
  const all = [
    ...entries(raw?.extraHolidays, 'holiday', labels),
    ...entries(raw?.extraWorkingDays, 'working', labels),
  ];
  return [...new Map(all.map((o) => [o.date, o])).values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function storeOverrides(overrides: readonly CalendarOverride[]): StoredCalendar {
  const sorted = [...overrides].sort((a, b) => a.date.localeCompare(b.date));
  return {
    extraHolidays: sorted.filter((o) => o.kind === 'holiday').map((o) => o.date),
    extraWorkingDays: sorted.filter((o) => o.kind === 'working').map((o) => o.date),
    labels: Object.fromEntries(sorted.filter((o) => o.name).map((o) => [o.date, o.name])),
  };
}

/** Every day from `from` to `to` inclusive (the input schema has checked the order and the length). */
export function daysOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Adds a range of days off or working days. Entering the same range again only renames it (a retried
 * request changes nothing); a day already entered as the other kind is refused, so a day off never turns
 * into a working day by a slip.
 */
export function addOverrides(
  existing: readonly CalendarOverride[],
  input: { kind: OverrideKind; from: IsoDate; to: IsoDate; name: string },
): CalendarOverride[] {
  const byDate = new Map(existing.map((o) => [o.date, o]));
  for (const date of daysOf(input.from, input.to)) {
    const other = byDate.get(date);
    if (other && other.kind !== input.kind) {
      const key = other.kind === 'holiday' ? 'settings.conflict_holiday' : 'settings.conflict_working';
      throw new ValidationError({ from: [key] }, key, { date });
    }
    byDate.set(date, { date, kind: input.kind, name: input.name });
  }
  return [...byDate.values()];
}

export function removeOverrides(existing: readonly CalendarOverride[], dates: readonly IsoDate[]) {
  const gone = new Set(dates);
  return existing.filter((o) => !gone.has(o.date));
}

/** Consecutive days of one kind and name, shown as one line of the editor (e.g. 春节 02-06 – 02-12). */
export function groupOverrides(overrides: readonly CalendarOverride[]) {
  const groups: { kind: OverrideKind; name: string; from: IsoDate; to: IsoDate; dates: IsoDate[] }[] = [];
  for (const o of overrides) {
    const last = groups.at(-1);
    if (
      last &&
      last.kind === o.kind &&
      last.name === o.name &&
      toDayNumber(o.date) === toDayNumber(last.to) + 1
    ) {
      last.to = o.date;
      last.dates.push(o.date);
    } else groups.push({ kind: o.kind, name: o.name, from: o.date, to: o.date, dates: [o.date] });
  }
  return groups;
}

/** The tenant's calendar with the names of its overrides (the deadline readers need no names). */
export function labelledCalendar(tenant: { timeZone: string; settings: unknown }): WorkingCalendar {
  const overrides = readOverrides(tenant.settings);
  const pick = (kind: OverrideKind) =>
    overrides.filter((o) => o.kind === kind).map((o) => (o.name ? { date: o.date, name: o.name } : o.date));
  return createWorkingCalendar({
    timeZone: tenant.timeZone,
    extraHolidays: pick('holiday'),
    extraWorkingDays: pick('working'),
  });
}

/**
 * For each year: whether the official holiday data covers it and how many days the tenant entered. A year
 * with neither counts only weekends as days off — deadlines then run through the Spring Festival.
 */
export function coverageOf(overrides: readonly CalendarOverride[], years: readonly number[]) {
  return years.map((year) => {
    const official = year >= OFFICIAL_HOLIDAY_YEARS.first && year <= OFFICIAL_HOLIDAY_YEARS.last;
    const entered = overrides.filter((o) => yearOf(o.date) === year).length;
    return { year, official, overrides: entered, missing: !official && entered === 0 };
  });
}
