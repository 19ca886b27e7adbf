import { type Database, schema } from '@steward/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';

const { outbox, consequences, consequenceAppeals } = schema;

/**
 * The messages of the demo's past decisions were delivered when they happened: a real agency's outbox
 * does not hold a year of them at first start, and the log would be flooded. Each message about a decided
 * consequence (the deciders' notice of proposals all since decided, the vendor's decision notice, the
 * appeal filed and resolved) is marked sent at the time of its event; notices of proposals still awaiting
 * a decision stay pending. Runs as the owner, like the delivery job: the application role may only add to
 * the outbox.
 */
export async function settleDemoOutbox(db: Database, tenantId: string) {
  await db.execute(sql`set local role none`);
  const rows = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.tenantRef, tenantId), isNull(outbox.sentAt)));
  const decided = new Map(
    (
      await db
        .select({ id: consequences.id, status: consequences.status, proposedAt: consequences.proposedAt })
        .from(consequences)
        .where(eq(consequences.tenantId, tenantId))
    ).map((c) => [c.id, c]),
  );
  const appeals = new Map(
    (await db.select().from(consequenceAppeals).where(eq(consequenceAppeals.tenantId, tenantId))).map((a) => [
      a.consequenceId,
      a,
    ]),
  );
  const decisionAt = new Map(
    (
      await db
        .select({ id: consequences.id, decidedAt: consequences.decidedAt })
        .from(consequences)
        .where(
          and(eq(consequences.tenantId, tenantId), inArray(consequences.status, ['approved', 'rejected'])),
        )
    ).map((c) => [c.id, c.decidedAt]),
  );
  let settled = 0;
  for (const row of rows) {
    const p = row.payload as { consequenceId?: string; consequences?: { id: string }[] };
    let at: Date | null | undefined = null;
    if (row.template === 'consequence_pending') {
      const items = (p.consequences ?? []).map((c) => decided.get(c.id));
      const allDecided = items.length > 0 && items.every((c) => c && c.status !== 'proposed');
      at = allDecided ? items[0]!.proposedAt : null;
    } else if (row.template === 'consequence_decided') {
      at = decisionAt.get(p.consequenceId ?? '');
    } else if (row.template === 'consequence_appeal_filed') {
      at = appeals.get(p.consequences?.[0]?.id ?? '')?.filedAt;
    } else if (row.template === 'consequence_appeal_resolved') {
      at = appeals.get(p.consequenceId ?? '')?.resolvedAt;
    }
    if (!at) continue;
    await db.update(outbox).set({ createdAt: at, sentAt: at, attempts: 1 }).where(eq(outbox.id, row.id));
    settled++;
  }
  return { settled, pending: rows.length - settled };
}
