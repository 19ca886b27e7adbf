import { createWorkingCalendar, type IsoDate, type WorkingCalendar } from '@steward/core';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Tenant-declared days off and 调休 working days beside the official calendar (`settings.calendar`). */
const calendarSettingsSchema = z.object({
  extraHolidays: z.array(isoDate).default([]),
  extraWorkingDays: z.array(isoDate).default([]),
});

/**
 * The tenant's working calendar for deadlines (rectification notices, complaint clocks, appeal periods):
 * official holidays and 调休 in its time zone plus its `settings.calendar` overrides. Overrides that do not
 * parse are ignored as a whole, so a bad setting never stops a deadline from being computed.
 * (The scheduler reads the same setting more leniently, entry by entry: plans/calendar.ts.)
 */
export function tenantCalendar(tenant: { timeZone: string; settings: unknown }): WorkingCalendar {
  const raw = (tenant.settings as Record<string, unknown> | null | undefined)?.calendar ?? {};
  const parsed = calendarSettingsSchema.safeParse(raw);
  const extra = parsed.success
    ? parsed.data
    : { extraHolidays: [] as IsoDate[], extraWorkingDays: [] as IsoDate[] };
  return createWorkingCalendar({ timeZone: tenant.timeZone, ...extra });
}
