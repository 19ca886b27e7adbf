import type { Principal } from '@steward/access';
import type { schema } from '@steward/db';
import type { TenantTools } from '../../trpc/procedures.ts';

/** What the supervision services need from a tenant procedure's context. */
export type SupervisionCtx = TenantTools & {
  principal: Principal;
  tenant: typeof schema.tenants.$inferSelect;
};
