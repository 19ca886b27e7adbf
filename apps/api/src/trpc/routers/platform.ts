import { schema } from '@steward/db';
import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { createTenantWithAdmin } from '../../services/tenants.ts';
import { router } from '../init.ts';
import { platformProcedure } from '../procedures.ts';

const { tenants } = schema;

export const platformRouter = router({
  /** Tenants by name, for provisioning; no tenant data beyond the name and settings. */
  tenants: platformProcedure.query(({ ctx }) =>
    ctx.tx
      .select({ id: tenants.id, name: tenants.name, region: tenants.region, createdAt: tenants.createdAt })
      .from(tenants)
      .orderBy(asc(tenants.name)),
  ),

  createTenant: platformProcedure
    .input(
      z.object({
        name: z.string().trim().min(2).max(100),
        region: z.string().trim().max(100).default(''),
        adminEmail: z.email(),
        adminName: z.string().trim().min(1).max(100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { tenant, invitation } = await createTenantWithAdmin(ctx.tx, {
        ...input,
        operatorUserId: ctx.session.userId,
        now: ctx.now,
        publicOrigin: ctx.config.publicOrigin,
      });
      // Leave the platform transaction as it found it: the tenant context was only for provisioning.
      await ctx.tx.execute(sql`select set_config('app.tenant_id', '', true)`);
      return { tenantId: tenant.id, invitationLink: invitation.link };
    }),
});
