import { type Centipoints, computeDeadline, type WorkingCalendar } from '@steward/core';
import { z } from 'zod';

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

type Settings = Record<string, unknown> | null | undefined;

export function rectificationPolicyOf(settings: Settings): RectificationPolicy {
  const parsed = rectificationPolicySchema.safeParse(settings?.rectification ?? {});
  return parsed.success ? parsed.data : rectificationPolicySchema.parse({});
}

/** The deadline calendar, shared with complaints and appeals (the demo and the consequence engine import it here). */
export { tenantCalendar } from '../working-calendar.ts';

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
