import type { Principal } from '@steward/access';
import type { schema } from '@steward/db';
import type { ComplaintCtx } from '../../services/complaints/context.ts';
import type { RequestContext } from '../context.ts';
import type { TenantTools } from '../procedures.ts';

export type ComplaintRequest = RequestContext &
  TenantTools & { tenant: typeof schema.tenants.$inferSelect; principal: Principal };

/** The complaint services' view of a signed-in request. */
export function complaintCtx(ctx: ComplaintRequest): ComplaintCtx {
  return {
    tx: ctx.tx,
    tenantId: ctx.scope.tenantId,
    tenant: ctx.tenant,
    now: ctx.now,
    userId: ctx.scope.userId,
    plugins: ctx.plugins,
    blobs: ctx.blobs,
    audit: ctx.audit,
    authorize: ctx.authorize,
  };
}
