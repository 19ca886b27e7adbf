import {
  computeDeadline,
  fromLocal,
  PreconditionError,
  parseClock,
  toLocal,
  ValidationError,
} from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { tenantCalendar } from '../working-calendar.ts';
import type { ComplaintCtx } from './context.ts';
import { complaintPolicyOf, deductionFor } from './policy.ts';
import { isPaused } from './sla.ts';
import { type ComplaintRow, loadComplaint, requireStatus, resourceOf, transition } from './store.ts';
import type { ComplaintEvidence } from './types.ts';

const { contracts, vendors } = schema;

const OPEN = ['received', 'investigating', 'correcting', 'verifying', 'confirming'] as const;

async function forHandling(ctx: ComplaintCtx, id: string): Promise<ComplaintRow> {
  const row = await loadComplaint(ctx, id);
  ctx.authorize?.('complaints.handle', resourceOf(row));
  return row;
}

/** The correction clock of a round that starts now: the tenant's default working days, or a date. */
function correctionDue(ctx: ComplaintCtx, dueOn?: string): Date {
  const calendar = tenantCalendar(ctx.tenant);
  if (dueOn) {
    const at = fromLocal(dueOn, parseClock('17:30') * 60_000, ctx.tenant.timeZone);
    if (at <= ctx.now.getTime()) throw new ValidationError({ correctionDueOn: ['complaint.due_in_past'] });
    return new Date(at);
  }
  const days = complaintPolicyOf(ctx.tenant.settings).correctWorkingDays;
  return new Date(computeDeadline(ctx.now.getTime(), { workingDays: days }, calendar) ?? ctx.now.getTime());
}

/** A handler corrects the suggested routing (contract and service line), until responsibility is decided. */
export async function reroute(
  ctx: ComplaintCtx,
  input: { id: string; contractId: string | null; serviceLineId: string | null; note: string },
) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['received', 'investigating']);
  let vendorId: string | null = null;
  if (input.contractId) {
    const [c] = await ctx.tx
      .select({ vendorId: contracts.vendorId, serviceLineIds: contracts.serviceLineIds })
      .from(contracts)
      .where(and(tenantFilter(contracts.tenantId, ctx.tenantId), eq(contracts.id, input.contractId)));
    if (!c) throw new ValidationError({ contractId: ['complaint.contract_unknown'] });
    if (input.serviceLineId && !c.serviceLineIds.includes(input.serviceLineId)) {
      throw new ValidationError({ serviceLineId: ['complaint.line_not_in_contract'] });
    }
    vendorId = c.vendorId;
  }
  const next = { contractId: input.contractId, serviceLineId: input.serviceLineId, vendorId };
  ctx.authorize?.('complaints.handle', { ...resourceOf(row), ...next });
  return transition(
    ctx,
    row,
    { ...next, routedBy: ctx.userId, routedAt: ctx.now },
    {
      kind: 'rerouted',
      note: input.note,
      data: { from: { contractId: row.contractId, serviceLineId: row.serviceLineId } },
    },
  );
}

export async function accept(ctx: ComplaintCtx, input: { id: string; note: string }) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['received']);
  return transition(
    ctx,
    row,
    { status: 'investigating', acceptedAt: ctx.now },
    { kind: 'accepted', note: input.note },
  );
}

export async function reject(ctx: ComplaintCtx, input: { id: string; reason: string }) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['received']);
  return transition(
    ctx,
    row,
    { status: 'rejected', rejectReason: input.reason, closedAt: ctx.now, pauses: closePauses(row, ctx.now) },
    { kind: 'rejected', note: input.reason, publicNote: input.reason },
  );
}

function closePauses(row: ComplaintRow, now: Date) {
  return row.pauses.map((p) => (p.to === undefined ? { from: p.from, to: now.getTime() } : p));
}

/** Waiting on the reporter: the clocks stop until the reporter answers or the handler resumes. */
export async function pause(ctx: ComplaintCtx, input: { id: string; question: string }) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['received', 'investigating']);
  if (isPaused(row.pauses)) throw new PreconditionError('complaint.already_paused');
  return transition(
    ctx,
    row,
    { pauses: [...row.pauses, { from: ctx.now.getTime() }] },
    { kind: 'paused', note: input.question, publicNote: input.question },
  );
}

export async function resume(ctx: ComplaintCtx, input: { id: string; note: string }) {
  const row = await forHandling(ctx, input.id);
  if (!isPaused(row.pauses)) throw new PreconditionError('complaint.not_paused');
  return transition(ctx, row, { pauses: closePauses(row, ctx.now) }, { kind: 'resumed', note: input.note });
}

/** 调查取证: a note with photos on the timeline (internal). */
export async function addEvidence(
  ctx: ComplaintCtx,
  input: { id: string; note: string },
  evidence: ComplaintEvidence[],
) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, [...OPEN]);
  return transition(ctx, row, {}, { kind: 'evidence', note: input.note, evidence });
}

export interface DecideInput {
  id: string;
  substantiated: boolean;
  finding: string;
  publicNote?: string;
  severity: 'general' | 'major';
  /** centipoints; default from the tenant's policy by severity */
  deductionCenti?: number;
  responsibleVendorId?: string | null;
  responsiblePerson?: string;
  correctionDueOn?: string;
}

/**
 * 责任追究: a substantiated complaint names the responsible vendor (and person, where known), costs the
 * contract points in the month of the decision, and starts the correction clock; an unfounded one closes.
 */
export async function decide(ctx: ComplaintCtx, input: DecideInput) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['investigating']);
  if (isPaused(row.pauses)) throw new PreconditionError('complaint.paused');
  if (!input.substantiated) {
    return transition(
      ctx,
      row,
      { status: 'closed', substantiated: false, decidedAt: ctx.now, closedAt: ctx.now },
      {
        kind: 'decided',
        note: input.finding,
        publicNote: input.publicNote ?? null,
        data: { substantiated: false },
      },
    );
  }
  if (!row.contractId) throw new ValidationError({ contractId: ['complaint.needs_contract'] });
  const vendorId = input.responsibleVendorId ?? row.vendorId;
  if (vendorId) {
    const [v] = await ctx.tx
      .select({ id: vendors.id })
      .from(vendors)
      .where(and(tenantFilter(vendors.tenantId, ctx.tenantId), eq(vendors.id, vendorId)));
    if (!v) throw new ValidationError({ responsibleVendorId: ['complaint.vendor_unknown'] });
  }
  const policy = complaintPolicyOf(ctx.tenant.settings);
  const deduction = input.deductionCenti ?? deductionFor(input.severity, policy);
  const dueAt = correctionDue(ctx, input.correctionDueOn);
  return transition(
    ctx,
    row,
    {
      status: 'correcting',
      substantiated: true,
      decidedAt: ctx.now,
      responsibleVendorId: vendorId,
      responsiblePerson: input.responsiblePerson?.trim() || null,
      deductionCenti: deduction,
      scoreMonth: toLocal(ctx.now.getTime(), ctx.tenant.timeZone).date.slice(0, 7),
      correctionStartedAt: ctx.now,
      correctionDueAt: dueAt,
    },
    {
      kind: 'decided',
      note: input.finding,
      publicNote: input.publicNote ?? null,
      data: { substantiated: true, severity: input.severity, deductionCenti: deduction },
    },
  );
}

/** The vendor reports its correction, with evidence; verification follows. */
export async function respond(
  ctx: ComplaintCtx,
  input: { id: string; note: string },
  evidence: ComplaintEvidence[],
) {
  const row = await loadComplaint(ctx, input.id);
  ctx.authorize?.('complaints.respond', resourceOf(row));
  requireStatus(row, ['correcting']);
  return transition(
    ctx,
    row,
    { status: 'verifying', correctionReportedAt: ctx.now },
    { kind: 'correction_reported', actorKind: 'vendor', note: input.note, evidence },
  );
}

/** Fixed → ask the reporter; not fixed → a new correction round with a new deadline. */
export async function verify(
  ctx: ComplaintCtx,
  input: { id: string; fixed: boolean; note: string; correctionDueOn?: string },
  evidence: ComplaintEvidence[],
) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['correcting', 'verifying']);
  if (input.fixed) {
    return transition(
      ctx,
      row,
      { status: 'confirming', verifiedAt: ctx.now },
      { kind: 'verified_fixed', note: input.note, evidence },
    );
  }
  return transition(
    ctx,
    row,
    {
      status: 'correcting',
      correctionStartedAt: ctx.now,
      correctionDueAt: correctionDue(ctx, input.correctionDueOn),
      correctionReportedAt: null,
    },
    { kind: 'verified_not_fixed', note: input.note, evidence },
  );
}

/** Closes a verified complaint (the reporter confirmed, or did not answer). */
export async function close(ctx: ComplaintCtx, input: { id: string; note: string }) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['confirming']);
  return transition(ctx, row, { status: 'closed', closedAt: ctx.now }, { kind: 'closed', note: input.note });
}

/** Closed is not fixed when the problem is back: a new correction round (no second deduction). */
export async function reopen(ctx: ComplaintCtx, row: ComplaintRow, note: string, byReporter: boolean) {
  return transition(
    ctx,
    row,
    {
      status: 'correcting',
      closedAt: null,
      verifiedAt: null,
      correctionReportedAt: null,
      correctionStartedAt: ctx.now,
      correctionDueAt: correctionDue(ctx),
      reopenCount: row.reopenCount + 1,
      ...(byReporter ? { reporterFeedback: 'not_fixed' } : {}),
    },
    {
      kind: 'reopened',
      actorKind: byReporter ? 'reporter' : 'staff',
      note,
      publicNote: byReporter ? null : note,
    },
  );
}

export async function reopenByHandler(ctx: ComplaintCtx, input: { id: string; note: string }) {
  const row = await forHandling(ctx, input.id);
  requireStatus(row, ['closed', 'confirming']);
  if (row.substantiated !== true) throw new PreconditionError('complaint.not_substantiated');
  return reopen(ctx, row, input.note, false);
}
