import { DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_LEVEL_WEIGHTS_PPM, localDate } from '@steward/core';
import type { schema } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import type { TenantTools } from '../../trpc/procedures.ts';
import type { AccessCtx } from './visibility.ts';

/** A tenant procedure's context as the vendor, contract and assignment services use it. */
export type SupervisionCtx = TenantTools &
  AccessCtx & { tenant: typeof schema.tenants.$inferSelect; plugins: PluginRegistry };

/** Today's date in the tenant's time zone: what "expired" and "expiring soon" are measured against. */
export function tenantToday(ctx: Pick<SupervisionCtx, 'now' | 'tenant'>): string {
  return localDate(ctx.now.getTime(), ctx.tenant.timeZone);
}

export function expiryWarningDays(ctx: Pick<SupervisionCtx, 'tenant'>): number {
  return ctx.tenant.settings.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS;
}

/** The tenant's default level weights (R12), from its settings or the built-in default. */
export function tenantLevelWeights(ctx: Pick<SupervisionCtx, 'tenant'>): schema.LevelWeights {
  return ctx.tenant.settings.levelWeights ?? { ...DEFAULT_LEVEL_WEIGHTS_PPM };
}
