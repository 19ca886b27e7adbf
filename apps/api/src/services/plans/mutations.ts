import { ROLE_PERMISSIONS, type Role } from '@steward/access';
import { localDate, NotFoundError, PreconditionError, ValidationError } from '@steward/core';
import { type AuditEvent, type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, eq, isNull } from 'drizzle-orm';
import { generatePlansForTenant } from './generate.ts';
import { markPlansDone, markPlansMissed } from './status.ts';
import { SPOT_ROLES } from './view.ts';

const { inspectionPlans, memberships } = schema;

interface Writer {
  tx: Database;
  tenantId: string;
  now: Date;
  timeZone: string;
  audit(event: AuditEvent): Promise<void>;
}

/** "Regenerate now": the scheduled job's work for this tenant, on demand. Idempotent. */
export async function regeneratePlans(w: Writer, registry: PluginRegistry) {
  const generated = await generatePlansForTenant(w.tx, w.tenantId, { now: w.now, registry });
  const done = await markPlansDone(w.tx, w.tenantId);
  const missed = await markPlansMissed(w.tx, w.tenantId, localDate(w.now.getTime(), w.timeZone));
  const result = {
    from: generated.from,
    to: generated.to,
    planned: generated.planned,
    inserted: generated.inserted,
    withdrawn: generated.withdrawn,
    done,
    missed,
    unavailableLines: generated.unavailableLines,
  };
  await w.audit({ action: 'plans.regenerate', entity: 'tenant', entityId: w.tenantId, after: result });
  return result;
}

async function openPlan(w: Writer, id: string) {
  const [plan] = await w.tx
    .select()
    .from(inspectionPlans)
    .where(and(tenantFilter(inspectionPlans.tenantId, w.tenantId), eq(inspectionPlans.id, id)));
  if (!plan) throw new NotFoundError();
  if (plan.status !== 'planned' && plan.status !== 'missed') throw new PreconditionError('plans.not_open');
  return plan;
}

const canInspect = (roles: readonly string[]) =>
  roles.some((r) => ROLE_PERMISSIONS[r as Role]?.includes('inspections.record'));

/** Hands a plan to another inspector (or to nobody); `check` is the object-level authorization. */
export async function reassignPlan(
  w: Writer,
  id: string,
  assigneeUserId: string | null,
  check: (plan: typeof inspectionPlans.$inferSelect) => Promise<void> | void,
) {
  const plan = await openPlan(w, id);
  await check(plan);
  if (assigneeUserId) {
    const [member] = await w.tx
      .select({ roles: memberships.roles })
      .from(memberships)
      .where(
        and(
          tenantFilter(memberships.tenantId, w.tenantId),
          eq(memberships.userId, assigneeUserId),
          isNull(memberships.disabledAt),
        ),
      );
    // An unannounced spot check stays with the agency's own people: a vendor's member never learns of it.
    const allowed =
      member &&
      canInspect(member.roles) &&
      (plan.kind !== 'spot' || member.roles.some((r) => SPOT_ROLES.has(r)));
    if (!allowed) throw new ValidationError({ assigneeUserId: ['plans.assignee_invalid'] });
  }
  await w.tx
    .update(inspectionPlans)
    .set({ assigneeUserId })
    .where(and(tenantFilter(inspectionPlans.tenantId, w.tenantId), eq(inspectionPlans.id, id)));
  await w.audit({
    action: 'plans.reassign',
    entity: 'inspection_plan',
    entityId: id,
    before: { assigneeUserId: plan.assigneeUserId },
    after: { assigneeUserId },
  });
  return { id, assigneeUserId };
}

/** Cancels a plan that will not be done (e.g. the site is closed), with the reason in the audit chain. */
export async function cancelPlan(
  w: Writer,
  id: string,
  reason: string,
  check: (plan: typeof inspectionPlans.$inferSelect) => Promise<void> | void,
) {
  const plan = await openPlan(w, id);
  await check(plan);
  await w.tx
    .update(inspectionPlans)
    .set({ status: 'cancelled' })
    .where(and(tenantFilter(inspectionPlans.tenantId, w.tenantId), eq(inspectionPlans.id, id)));
  await w.audit({
    action: 'plans.cancel',
    entity: 'inspection_plan',
    entityId: id,
    before: { status: plan.status },
    after: { status: 'cancelled', reason },
  });
  return { id, status: 'cancelled' as const };
}
