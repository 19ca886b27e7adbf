import type { IsoDate } from '@steward/core';
import { type Database, queryRows, schema, tenantFilter } from '@steward/db';
import { and, eq, lt, sql } from 'drizzle-orm';

const { inspectionPlans } = schema;

/**
 * Plans whose inspection was submitted become 'done' (also when it came after the due date). Inspections
 * point at their plan; this keeps the plan in step whoever recorded it.
 */
export async function markPlansDone(tx: Database, tenantId: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update inspection_plans p
          set status = 'done', inspection_id = i.id
        from inspections i
        where p.tenant_id = ${tenantId} and i.tenant_id = ${tenantId}
          and i.plan_id = p.id and i.status = 'submitted'
          and p.status in ('planned', 'missed')
        returning p.id`,
  );
  return rows.length;
}

/** Plans still 'planned' after their due date (the tenant's calendar day) become 'missed'. */
export async function markPlansMissed(tx: Database, tenantId: string, today: IsoDate): Promise<number> {
  const rows = await tx
    .update(inspectionPlans)
    .set({ status: 'missed' })
    .where(
      and(
        tenantFilter(inspectionPlans.tenantId, tenantId),
        eq(inspectionPlans.status, 'planned'),
        lt(inspectionPlans.dueOn, today),
      ),
    )
    .returning({ id: inspectionPlans.id });
  return rows.length;
}

/**
 * For the inspections feature: links a submitted inspection to its plan and marks the plan done, in the
 * same transaction as the submission. Returns false when the plan is not open (cancelled, or done already).
 */
export async function completePlan(
  tx: Database,
  tenantId: string,
  planId: string,
  inspectionId: string,
): Promise<boolean> {
  const rows = await tx
    .update(inspectionPlans)
    .set({ status: 'done', inspectionId })
    .where(
      and(
        tenantFilter(inspectionPlans.tenantId, tenantId),
        eq(inspectionPlans.id, planId),
        sql`${inspectionPlans.status} in ('planned', 'missed')`,
      ),
    )
    .returning({ id: inspectionPlans.id });
  return rows.length > 0;
}
