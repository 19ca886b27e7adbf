import {
  DEFAULT_EXPIRY_WARNING_DAYS,
  type IsoDate,
  localDate,
  OFFICIAL_HOLIDAY_YEARS,
  yearOf,
} from '@steward/core';
import { type Database, schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import type { TenantTools } from '../../trpc/procedures.ts';
import { complaintPolicyOf } from '../complaints/policy.ts';
import { appealWorkingDaysOf } from '../consequence-engine/rules.ts';
import { spotCheckSampleSize } from '../plans/calendar.ts';
import { rectificationPolicyOf } from '../rectifications/policy.ts';
import { patchTenantSettings } from '../tenant-settings.ts';
import {
  addOverrides,
  type CalendarOverride,
  coverageOf,
  groupOverrides,
  type OverrideKind,
  readOverrides,
  removeOverrides,
  storeOverrides,
} from './calendar-overrides.ts';
import { clockRulesOf, nextHistory } from './complaint-history.ts';
import type { RulesInput } from './schemas.ts';

const { tenants } = schema;

export type SettingsCtx = Pick<TenantTools, 'tx' | 'scope' | 'now' | 'audit'> & {
  tenant: { timeZone: string };
};

type Settings = Record<string, unknown>;

/** The rules in force, defaults filled in: what the screens show and what the deadlines use. */
export function rulesOf(settings: unknown) {
  const complaints = complaintPolicyOf(settings);
  const rectification = rectificationPolicyOf(settings as Settings);
  const expiry = (settings as { expiryWarningDays?: unknown } | null)?.expiryWarningDays;
  return {
    complaints: {
      acceptWorkingDays: complaints.acceptWorkingDays,
      investigateWorkingDays: complaints.investigateWorkingDays,
      correctWorkingDays: complaints.correctWorkingDays,
      verifyWorkingDays: complaints.verifyWorkingDays,
      deductionCenti: complaints.deductionCenti,
    },
    rectification,
    appealWorkingDays: appealWorkingDaysOf(settings),
    spotCheckSampleSize: spotCheckSampleSize(settings),
    expiryWarningDays: typeof expiry === 'number' ? expiry : DEFAULT_EXPIRY_WARNING_DAYS,
  };
}
export type TenantRules = ReturnType<typeof rulesOf>;

/**
 * The tenant's settings, locked for this transaction: two admins saving at once apply one after the other
 * instead of the second silently dropping the first's change.
 */
async function lockedSettings(tx: Database, tenantId: string): Promise<Settings> {
  const [row] = await tx
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .for('update');
  return (row?.settings ?? {}) as unknown as Settings;
}

/** Writes only the top-level keys it is given, so other screens' settings stay exactly as they were. */
const patchSettings = (tx: Database, tenantId: string, patch: Settings) =>
  patchTenantSettings(tx, tenantId, patch);

const obj = (v: unknown): Settings => (v && typeof v === 'object' ? (v as Settings) : {});

/** A partial update of the rules: omitted fields keep their value; applies to items created from now on. */
export async function updateRules(ctx: SettingsCtx, input: RulesInput) {
  const current = await lockedSettings(ctx.tx, ctx.scope.tenantId);
  const before = rulesOf(current);
  const c = input.complaints ?? {};
  const r = input.rectification ?? {};
  const complaints = {
    ...before.complaints,
    ...c,
    deductionCenti: { ...before.complaints.deductionCenti, ...c.deductionCenti },
  };
  const rectification = {
    deadlineWorkingDays: { ...before.rectification.deadlineWorkingDays, ...r.deadlineWorkingDays },
    failedDeductionCenti: { ...before.rectification.failedDeductionCenti, ...r.failedDeductionCenti },
  };
  const patch: Settings = {
    // Other complaint settings (extra categories) ride along untouched.
    complaints: { ...obj(current.complaints), ...complaints },
    complaintsHistory: nextHistory(
      current,
      clockRulesOf(before.complaints as never),
      clockRulesOf(complaints as never),
      ctx.now,
    ),
    rectification: { ...obj(current.rectification), ...rectification },
    appealWorkingDays: input.appealWorkingDays ?? before.appealWorkingDays,
    plans: {
      ...obj(current.plans),
      spotCheckSampleSize: input.spotCheckSampleSize ?? before.spotCheckSampleSize,
    },
    expiryWarningDays: input.expiryWarningDays ?? before.expiryWarningDays,
  };
  await patchSettings(ctx.tx, ctx.scope.tenantId, patch);
  const after = rulesOf({ ...current, ...patch });
  await ctx.audit({
    action: 'tenant.rules',
    entity: 'tenant',
    entityId: ctx.scope.tenantId,
    before,
    after,
  });
  return after;
}

/** Today's year and the next (the one an admin prepares in November), plus every year with an override. */
export function calendarView(ctx: { now: Date; tenant: { timeZone: string; settings: unknown } }) {
  const overrides = readOverrides(ctx.tenant.settings);
  const thisYear = yearOf(localDate(ctx.now.getTime(), ctx.tenant.timeZone));
  const years = [...new Set([thisYear, thisYear + 1, ...overrides.map((o) => yearOf(o.date))])].sort();
  return {
    groups: groupOverrides(overrides),
    coverage: coverageOf(overrides, years),
    thisYear,
    officialUntil: OFFICIAL_HOLIDAY_YEARS.last,
  };
}

async function changeOverrides(
  ctx: SettingsCtx,
  change: (existing: CalendarOverride[]) => CalendarOverride[],
  dates: readonly IsoDate[],
) {
  const current = await lockedSettings(ctx.tx, ctx.scope.tenantId);
  const existing = readOverrides(current);
  const next = change(existing);
  const touched = new Set(dates);
  const pick = (list: CalendarOverride[]) => list.filter((o) => touched.has(o.date));
  await patchSettings(ctx.tx, ctx.scope.tenantId, {
    calendar: { ...obj(current.calendar), ...storeOverrides(next) },
  });
  await ctx.audit({
    action: 'tenant.calendar',
    entity: 'tenant',
    entityId: ctx.scope.tenantId,
    before: { overrides: pick(existing) },
    after: { overrides: pick(next) },
  });
  return { ...current, calendar: storeOverrides(next) };
}

export function addCalendarOverride(
  ctx: SettingsCtx,
  input: { kind: OverrideKind; from: IsoDate; to: IsoDate; name: string },
  dates: readonly IsoDate[],
) {
  return changeOverrides(ctx, (existing) => addOverrides(existing, input), dates);
}

export function removeCalendarOverrides(ctx: SettingsCtx, dates: readonly IsoDate[]) {
  return changeOverrides(ctx, (existing) => removeOverrides(existing, dates), dates);
}
