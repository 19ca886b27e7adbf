import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { newFormKey } from './codes.ts';
import type { ComplaintCtx } from './context.ts';

const { complaintForms } = schema;

/** The tenant's public form, created on first use so that every tenant has one. */
export async function ensureForm(ctx: Pick<ComplaintCtx, 'tx' | 'tenantId' | 'now' | 'audit'>) {
  const where = tenantFilter(complaintForms.tenantId, ctx.tenantId);
  const [existing] = await ctx.tx.select().from(complaintForms).where(where);
  if (existing) return existing;
  const [row] = await ctx.tx
    .insert(complaintForms)
    .values({ tenantId: ctx.tenantId, publicKey: newFormKey(), createdAt: ctx.now })
    .onConflictDoNothing()
    .returning();
  if (!row) return (await ctx.tx.select().from(complaintForms).where(where))[0]!;
  await ctx.audit({ action: 'complaint_form.create', entity: 'complaint_form', entityId: row.id });
  return row;
}

/** A new key (the old link stops working, e.g. after abuse), and/or the form switched on or off. */
export async function updateForm(
  ctx: ComplaintCtx,
  input: { rotate: boolean; enabled?: boolean | undefined },
) {
  const before = await ensureForm(ctx);
  const [after] = await ctx.tx
    .update(complaintForms)
    .set({
      ...(input.rotate ? { publicKey: newFormKey(), rotatedAt: ctx.now } : {}),
      ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
    })
    .where(and(tenantFilter(complaintForms.tenantId, ctx.tenantId), eq(complaintForms.id, before.id)))
    .returning();
  await ctx.audit({
    action: 'complaint_form.update',
    entity: 'complaint_form',
    entityId: before.id,
    before: { enabled: before.enabled },
    after: { enabled: after!.enabled, rotated: input.rotate },
  });
  return after!;
}
