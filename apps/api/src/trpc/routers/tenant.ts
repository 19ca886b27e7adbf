import { ROLES } from '@steward/access';
import { schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { patchTenantSettings } from '../../services/tenant-settings.ts';
import { router } from '../init.ts';
import { tenantProcedure } from '../procedures.ts';

const { tenants } = schema;

const tenantOut = (t: typeof tenants.$inferSelect) => ({
  id: t.id,
  name: t.name,
  region: t.region,
  timeZone: t.timeZone,
  locale: t.locale,
  settings: t.settings,
});

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'validation.time_zone');

export const tenantRouter = router({
  get: tenantProcedure('tenant.read').query(({ ctx }) => tenantOut(ctx.tenant)),

  update: tenantProcedure('tenant.manage')
    .input(
      z.object({
        name: z.string().trim().min(1).max(100).optional(),
        region: z.string().trim().max(100).optional(),
        timeZone: timeZone.optional(),
        locale: z.enum(['zh-CN', 'en']).optional(),
        mfaRequiredRoles: z.array(z.enum(ROLES)).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { mfaRequiredRoles, ...fields } = input;
      if (mfaRequiredRoles) await patchTenantSettings(ctx.tx, ctx.scope.tenantId, { mfaRequiredRoles });
      if (Object.keys(fields).length > 0) {
        await ctx.tx.update(tenants).set(fields).where(eq(tenants.id, ctx.scope.tenantId));
      }
      const [after] = await ctx.tx.select().from(tenants).where(eq(tenants.id, ctx.scope.tenantId));
      await ctx.audit({
        action: 'tenant.update',
        entity: 'tenant',
        entityId: ctx.scope.tenantId,
        before: tenantOut(ctx.tenant),
        after: tenantOut(after!),
      });
      return tenantOut(after!);
    }),
});
