import { NotFoundError, PreconditionError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { ComplaintCtx } from './context.ts';
import type { ClockFacts } from './sla.ts';
import type { ComplaintEvidence } from './types.ts';

const { complaints, complaintEvents } = schema;

export type ComplaintRow = typeof complaints.$inferSelect;

export async function loadComplaint(
  ctx: Pick<ComplaintCtx, 'tx' | 'tenantId'>,
  id: string,
): Promise<ComplaintRow> {
  const [row] = await ctx.tx
    .select()
    .from(complaints)
    .where(and(tenantFilter(complaints.tenantId, ctx.tenantId), eq(complaints.id, id)));
  if (!row) throw new NotFoundError();
  return row;
}

/** The resource an access decision looks at: the routed contract, its vendor, service line and site. */
export function resourceOf(row: ComplaintRow) {
  return {
    vendorId: row.vendorId,
    contractId: row.contractId,
    serviceLineId: row.serviceLineId,
    siteId: row.siteId,
  };
}

const ms = (d: Date | null) => (d ? d.getTime() : null);

export function factsOf(row: ComplaintRow): ClockFacts {
  return {
    status: row.status,
    receivedAt: row.receivedAt.getTime(),
    acceptedAt: ms(row.acceptedAt),
    decidedAt: ms(row.decidedAt),
    substantiated: row.substantiated,
    correctionStartedAt: ms(row.correctionStartedAt),
    correctionDueAt: ms(row.correctionDueAt),
    correctionReportedAt: ms(row.correctionReportedAt),
    verifiedAt: ms(row.verifiedAt),
    closedAt: ms(row.closedAt),
    pauses: row.pauses,
  };
}

export function requireStatus(row: ComplaintRow, allowed: readonly string[]): void {
  if (!allowed.includes(row.status)) {
    throw new PreconditionError('complaint.wrong_status', { status: row.status });
  }
}

export async function addEvent(
  ctx: Pick<ComplaintCtx, 'tx' | 'tenantId' | 'now' | 'userId'>,
  complaintId: string,
  kind: string,
  options: {
    actorKind?: 'reporter' | 'staff' | 'vendor' | 'system';
    note?: string;
    publicNote?: string | null;
    evidence?: ComplaintEvidence[];
    data?: Record<string, unknown>;
  } = {},
): Promise<void> {
  await ctx.tx.insert(complaintEvents).values({
    tenantId: ctx.tenantId,
    complaintId,
    kind,
    at: ctx.now,
    actorUserId: ctx.userId,
    actorKind: options.actorKind ?? (ctx.userId ? 'staff' : 'reporter'),
    note: options.note ?? '',
    publicNote: options.publicNote ?? null,
    evidence: options.evidence ?? [],
    data: options.data ?? {},
  });
}

/** Applies `changes` to the complaint, appends the event and the audit entry; returns the new row. */
export async function transition(
  ctx: ComplaintCtx,
  row: ComplaintRow,
  changes: Partial<ComplaintRow>,
  event: Parameters<typeof addEvent>[3] & { kind: string },
): Promise<ComplaintRow> {
  const [after] = await ctx.tx
    .update(complaints)
    .set({ ...changes, updatedAt: ctx.now })
    .where(and(tenantFilter(complaints.tenantId, ctx.tenantId), eq(complaints.id, row.id)))
    .returning();
  const { kind, ...options } = event;
  await addEvent(ctx, row.id, kind, options);
  const pick = (r: ComplaintRow) =>
    Object.fromEntries(Object.keys(changes).map((k) => [k, r[k as keyof ComplaintRow]]));
  await ctx.audit({
    action: `complaint.${kind}`,
    entity: 'complaint',
    entityId: row.id,
    before: pick(row),
    after: { ...pick(after!), ...(event.note ? { note: event.note } : {}) },
  });
  return after!;
}
