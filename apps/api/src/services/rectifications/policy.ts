import {
  type Centipoints,
  computeDeadline,
  createWorkingCalendar,
  type IsoDate,
  type WorkingCalendar,
} from '@steward/core';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The tenant's rectification rules (R17), kept in `tenants.settings.rectification`: working days to fix a
 * finding by severity, and the points a failed verification costs (R20). Defaults apply to what is missing.
 */
export const rectificationPolicySchema = z.object({
  deadlineWorkingDays: z
    .object({
      major: z.number().int().min(0).max(60).default(1),
      general: z.number().int().min(0).max(60).default(3),
    })
    .default({ major: 1, general: 3 }),
  failedDeductionCenti: z
    .object({
      not_fixed: z.number().int().min(0).max(10_000).default(200),
      partly_fixed: z.number().int().min(0).max(10_000).default(100),
    })
    .default({ not_fixed: 200, partly_fixed: 100 }),
});
export type RectificationPolicy = z.infer<typeof rectificationPolicySchema>;

/** Tenant-declared days off and 调休 working days beside the official calendar (`settings.calendar`). */
const calendarSettingsSchema = z.object({
  extraHolidays: z.array(isoDate).default([]),
  extraWorkingDays: z.array(isoDate).default([]),
});

type Settings = Record<string, unknown> | null | undefined;

export function rectificationPolicyOf(settings: Settings): RectificationPolicy {
  const parsed = rectificationPolicySchema.safeParse(settings?.rectification ?? {});
  return parsed.success ? parsed.data : rectificationPolicySchema.parse({});
}

export function tenantCalendar(tenant: { timeZone: string; settings: unknown }): WorkingCalendar {
  const raw = (tenant.settings as Settings)?.calendar ?? {};
  const parsed = calendarSettingsSchema.safeParse(raw);
  const extra = parsed.success
    ? parsed.data
    : { extraHolidays: [] as IsoDate[], extraWorkingDays: [] as IsoDate[] };
  return createWorkingCalendar({ timeZone: tenant.timeZone, ...extra });
}

export type Severity = 'general' | 'major';

/**
 * The notice's deadline: the close of business on the Nth working day after the day it was issued, on the
 * tenant's working calendar (Chinese holidays and 调休 included). 0 days means the end of the same day.
 */
export function rectificationDeadline(
  issuedAt: Date,
  severity: Severity,
  policy: RectificationPolicy,
  calendar: WorkingCalendar,
): Date {
  const days = policy.deadlineWorkingDays[severity];
  const at = computeDeadline(issuedAt.getTime(), { workingDays: days }, calendar);
  return new Date(at ?? issuedAt.getTime());
}

export function failedDeduction(
  outcome: 'not_fixed' | 'partly_fixed',
  policy: RectificationPolicy,
): Centipoints {
  return policy.failedDeductionCenti[outcome];
}
