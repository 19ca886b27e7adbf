import { createWorkingCalendar, type DateOverride, isIsoDate, type WorkingCalendar } from '@steward/core';

/**
 * Tenant overrides of the official calendar, kept in `tenants.settings.calendar` (no column of its own):
 * local closures, and the 调休 days of a year the holiday library does not cover yet.
 */
export interface TenantCalendarSettings {
  extraHolidays?: DateOverride[];
  extraWorkingDays?: DateOverride[];
}

function overrides(value: unknown): DateOverride[] {
  if (!Array.isArray(value)) return [];
  return value.filter((o): o is DateOverride => {
    const date = typeof o === 'string' ? o : (o as { date?: unknown } | null)?.date;
    // A malformed entry must not stop the scheduler for the whole tenant: it is ignored.
    return typeof date === 'string' && isIsoDate(date);
  });
}

/** The tenant's working calendar: Chinese public holidays and 调休 in its time zone, plus its overrides. */
export function tenantCalendar(tenant: { timeZone: string; settings: unknown }): WorkingCalendar {
  const calendar = ((tenant.settings ?? {}) as { calendar?: TenantCalendarSettings }).calendar ?? {};
  return createWorkingCalendar({
    timeZone: tenant.timeZone,
    extraHolidays: overrides(calendar.extraHolidays),
    extraWorkingDays: overrides(calendar.extraWorkingDays),
  });
}

/**
 * Tenant setting of the scheduler: how many (checklist item, site) pairs the monthly unannounced spot check
 * of each contract and line samples (0 turns the monthly spot check off). Default 5.
 */
export function spotCheckSampleSize(settings: unknown): number {
  const value = ((settings ?? {}) as { plans?: { spotCheckSampleSize?: unknown } }).plans
    ?.spotCheckSampleSize;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 50 ? value : 5;
}
