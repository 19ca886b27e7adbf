import { isIsoDate } from '@steward/core';
import { z } from 'zod';

/**
 * The inputs of the settings screens. Every field is optional (a partial update changes only what it
 * names) and every message is a catalogue key, so a refusal reads in the user's language next to its field.
 * The bounds are those the readers of `tenants.settings` accept (complaints/policy.ts,
 * rectifications/policy.ts, plans/calendar.ts, consequence-engine/rules.ts): a stored value is never one
 * they would silently replace by the default.
 */
const int = (min: number, max: number, key: string) =>
  z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key });

const workingDays = int(0, 60, 'settings.working_days_range');
const centipoints = int(0, 10_000, 'settings.points_range');

export const rulesInput = z
  .object({
    complaints: z
      .object({
        acceptWorkingDays: int(0, 30, 'settings.accept_days_range'),
        investigateWorkingDays: workingDays,
        correctWorkingDays: workingDays,
        verifyWorkingDays: int(0, 30, 'settings.accept_days_range'),
        deductionCenti: z.object({ general: centipoints, major: centipoints }).partial().strict(),
      })
      .partial()
      .strict(),
    rectification: z
      .object({
        deadlineWorkingDays: z.object({ major: workingDays, general: workingDays }).partial().strict(),
        failedDeductionCenti: z
          .object({ not_fixed: centipoints, partly_fixed: centipoints })
          .partial()
          .strict(),
      })
      .partial()
      .strict(),
    appealWorkingDays: int(1, 60, 'settings.appeal_days_range'),
    spotCheckSampleSize: int(0, 50, 'settings.sample_size_range'),
    expiryWarningDays: int(1, 365, 'settings.expiry_days_range'),
  })
  .partial()
  .strict();
export type RulesInput = z.infer<typeof rulesInput>;

const date = z
  .string({ error: 'settings.date_invalid' })
  .refine(isIsoDate, { error: 'settings.date_invalid' })
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { error: 'settings.date_out_of_range' });

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

export const addOverrideInput = z
  .object({
    kind: z.enum(['holiday', 'working']),
    from: date,
    /** omitted: one day */
    to: date.optional(),
    name: z
      .string({ error: 'settings.override_name_required' })
      .trim()
      .min(1, {
        error: 'settings.override_name_required',
      })
      .max(40, { error: 'settings.override_name_required' }),
  })
  .transform((o) => ({ ...o, to: o.to ?? o.from }))
  .superRefine((o, ctx) => {
    if (!isIsoDate(o.from) || !isIsoDate(o.to)) return;
    if (o.to < o.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'settings.range_reversed' });
    else if (dayNumber(o.to) - dayNumber(o.from) >= 31)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'settings.range_too_long' });
  });

export const removeOverridesInput = z.object({ dates: z.array(date).min(1).max(400) });

export const monthInput = z.object({
  month: z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: 'settings.month_invalid' }),
});
