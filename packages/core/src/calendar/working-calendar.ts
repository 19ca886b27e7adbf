// chinese-days 1.5.7 ships the State Council holiday notices for 2004–2026 inclusive (checked in its
// dist/chinese-days.json; 2025 and 2026 match 国办发明电〔2024〕12号 and the 2026 notice of Nov 2025).
// Later years need tenant overrides until the library is updated: `coversYear` tells callers when.
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { assertIsoDate, type IsoDate, toDayNumber, weekday, yearOf } from './dates.ts';
import { DEFAULT_TIME_ZONE } from './time-zone.ts';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** Holiday name as 'English,中文' from the library, or the tenant's label. */
  name?: string;
  source: 'weekday' | 'official' | 'tenant';
}

export type DateOverride = IsoDate | { date: IsoDate; name?: string };

export interface WorkingCalendarOptions {
  timeZone?: string;
  /** Use the official Chinese holidays and 调休 working days (default true). */
  chineseHolidays?: boolean;
  /** Tenant-declared days off (e.g. a year the library does not cover yet, or a local closure). */
  extraHolidays?: readonly DateOverride[];
  /** Tenant-declared working days (e.g. 调休 Saturdays of an uncovered year). Wins over everything else. */
  extraWorkingDays?: readonly DateOverride[];
}

export interface WorkingCalendar {
  readonly timeZone: string;
  dayInfo(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  /** Whether official holidays are known for the year (false → only weekends and tenant overrides apply). */
  coversYear(year: number): boolean;
}

const official = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };

function officialYears(): { first: number; last: number } {
  const years = Object.keys(official.holidays).map(yearOf);
  return { first: Math.min(...years), last: Math.max(...years) };
}

export const OFFICIAL_HOLIDAY_YEARS: Readonly<{ first: number; last: number }> = Object.freeze(
  officialYears(),
);

function toMap(overrides: readonly DateOverride[] | undefined): Map<IsoDate, string | undefined> {
  const map = new Map<IsoDate, string | undefined>();
  for (const o of overrides ?? []) {
    const { date, name } = typeof o === 'string' ? { date: o, name: undefined } : o;
    map.set(assertIsoDate(date), name);
  }
  return map;
}

function withName(info: Omit<DayInfo, 'name'>, name: string | undefined): DayInfo {
  return name === undefined ? info : { ...info, name };
}

export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const useOfficial = options.chineseHolidays ?? true;
  const extraHolidays = toMap(options.extraHolidays);
  const extraWorking = toMap(options.extraWorkingDays);
  const tenantYears = new Set([...extraHolidays.keys(), ...extraWorking.keys()].map(yearOf));

  function dayInfo(date: IsoDate): DayInfo {
    toDayNumber(date); // validates
    const weekend = weekday(date) === 0 || weekday(date) === 6;
    if (extraWorking.has(date)) {
      const info = {
        date,
        working: true,
        kind: weekend ? 'makeup_workday' : 'workday',
        source: 'tenant',
      } as const;
      return withName(info, extraWorking.get(date));
    }
    if (extraHolidays.has(date)) {
      return withName({ date, working: false, kind: 'holiday', source: 'tenant' }, extraHolidays.get(date));
    }
    if (useOfficial) {
      const makeup = official.workdays[date];
      if (makeup !== undefined)
        return { date, working: true, kind: 'makeup_workday', name: makeup, source: 'official' };
      const holiday = official.holidays[date];
      if (holiday !== undefined)
        return { date, working: false, kind: 'holiday', name: holiday, source: 'official' };
    }
    return weekend
      ? { date, working: false, kind: 'weekend', source: 'weekday' }
      : { date, working: true, kind: 'workday', source: 'weekday' };
  }

  return {
    timeZone,
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).working,
    coversYear: (year) =>
      tenantYears.has(year) ||
      !useOfficial ||
      (year >= OFFICIAL_HOLIDAY_YEARS.first && year <= OFFICIAL_HOLIDAY_YEARS.last),
  };
}
