import type { Centipoints } from '@steward/core';
import { z } from 'zod';

/**
 * The tenant's complaint rules (R17), kept in `tenants.settings.complaints`: working days for each stage's
 * clock, the points a substantiated complaint costs (R20), and extra categories mapped to service lines.
 * Defaults apply to whatever is missing.
 */
export const complaintPolicySchema = z.object({
  acceptWorkingDays: z.number().int().min(0).max(30).default(1),
  investigateWorkingDays: z.number().int().min(0).max(60).default(5),
  correctWorkingDays: z.number().int().min(0).max(60).default(3),
  verifyWorkingDays: z.number().int().min(0).max(30).default(2),
  deductionCenti: z
    .object({
      general: z.number().int().min(0).max(10_000).default(200),
      major: z.number().int().min(0).max(10_000).default(500),
    })
    .default({ general: 200, major: 500 }),
  /** categories beside the service lines themselves: code → service line (null: the handler routes) */
  extraCategories: z
    .array(
      z.object({
        code: z.string().min(1).max(40),
        zh: z.string().min(1).max(40),
        en: z.string().min(1).max(60),
        serviceLineId: z.string().nullable().default(null),
      }),
    )
    .default([]),
});
export type ComplaintPolicy = z.infer<typeof complaintPolicySchema>;

type Settings = Record<string, unknown> | null | undefined;

export function complaintPolicyOf(settings: unknown): ComplaintPolicy {
  const parsed = complaintPolicySchema.safeParse((settings as Settings)?.complaints ?? {});
  return parsed.success ? parsed.data : complaintPolicySchema.parse({});
}

export function deductionFor(severity: 'general' | 'major', policy: ComplaintPolicy): Centipoints {
  return policy.deductionCenti[severity];
}

export interface ComplaintCategory {
  code: string;
  zh: string;
  en: string;
  serviceLineId: string | null;
}

/**
 * The categories a reporter chooses from: one per service line the tenant runs (its plugin's name), the
 * tenant's extra categories, and "other", which the handler routes by hand.
 */
export function complaintCategories(
  lines: readonly { id: string; zh: string; en: string }[],
  policy: ComplaintPolicy,
): ComplaintCategory[] {
  return [
    ...lines.map((l) => ({ code: l.id, zh: l.zh, en: l.en, serviceLineId: l.id })),
    ...policy.extraCategories,
    { code: 'other', zh: '其他', en: 'Other', serviceLineId: null },
  ];
}

export function categoryMapping(categories: readonly ComplaintCategory[]): Record<string, string | null> {
  return Object.fromEntries(categories.map((c) => [c.code, c.serviceLineId]));
}
