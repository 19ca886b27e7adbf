import {
  ConflictError,
  ForbiddenError,
  localDate,
  NotFoundError,
  PreconditionError,
  ValidationError,
} from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { BlobStore } from '../../blob/blob-store.ts';
import { contentMatchesType } from '../inspections/evidence-rules.ts';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { loadConsequence } from './decide.ts';
import { postLedgerEntry } from './ledger.ts';
import { notifyDeciders, notifyVendor } from './notify.ts';

const { consequences, consequenceAppeals, depositLedger } = schema;

export interface AppealInput {
  consequenceId: string;
  grounds: string;
  evidence: { name: string; contentType: string; base64: string }[];
}

async function sha256Hex(data: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The vendor appeals a decided consequence with its grounds and evidence files, within the tenant's
 * period (working days from the decision). One appeal per consequence; the files' SHA-256 is recorded
 * and names the file (staff download it at /api/consequences/:id/appeal-evidence/:sha256).
 */
export async function fileAppeal(ctx: SupervisionCtx & { blobs: BlobStore }, input: AppealInput) {
  const { consequence, vendorId } = await loadConsequence(ctx, input.consequenceId);
  ctx.authorize('consequences.respond', { vendorId, contractId: consequence.contractId });
  if (ctx.principal.vendorId !== vendorId) throw new ForbiddenError('consequence.appeal_vendor_only');
  if (consequence.status !== 'approved') throw new PreconditionError('consequence.appeal_not_decided');
  const today = localDate(ctx.now.getTime(), ctx.tenant.timeZone);
  if (!consequence.appealUntil || today > consequence.appealUntil) {
    throw new PreconditionError('consequence.appeal_period_over');
  }
  const [existing] = await ctx.tx
    .select()
    .from(consequenceAppeals)
    .where(
      and(
        tenantFilter(consequenceAppeals.tenantId, ctx.scope.tenantId),
        eq(consequenceAppeals.consequenceId, consequence.id),
      ),
    );
  if (existing) {
    if (existing.filedBy === ctx.scope.userId && existing.grounds === input.grounds) return existing;
    throw new ConflictError('consequence.appeal_exists');
  }
  const evidence = [];
  for (const file of input.evidence) {
    const data = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    // The file is served back from our origin to the staff who decide: its bytes must be what it claims.
    if (!contentMatchesType(data, file.contentType)) {
      throw new ValidationError({ evidence: ['evidence.type_mismatch'] }, 'evidence.type_mismatch', {
        type: file.contentType,
      });
    }
    const sha256 = await sha256Hex(data);
    const key = `tenants/${ctx.scope.tenantId}/appeals/${consequence.id}/${sha256}`;
    await ctx.blobs.put(key, data, file.contentType);
    evidence.push({ key, name: file.name, contentType: file.contentType, size: data.byteLength, sha256 });
  }
  const [row] = await ctx.tx
    .insert(consequenceAppeals)
    .values({
      tenantId: ctx.scope.tenantId,
      consequenceId: consequence.id,
      filedBy: ctx.scope.userId,
      filedAt: ctx.now,
      grounds: input.grounds,
      evidence,
    })
    .returning();
  await ctx.audit({
    action: 'consequence.appeal',
    entity: 'consequence',
    entityId: consequence.id,
    after: { appealId: row!.id, grounds: input.grounds, evidence: evidence.map((e) => e.sha256) },
  });
  // A retried appeal returned above, so the deciders hear of it once.
  await notifyDeciders(ctx.tx, ctx.scope.tenantId, 'consequence_appeal_filed', [consequence]);
  return row!;
}

/**
 * Someone entitled to decide (not the appellant, not the proposer) resolves the appeal. Upheld: the
 * consequence is withdrawn and a deduction already taken goes back to the deposit as a reversal entry.
 */
export async function resolveAppeal(
  ctx: SupervisionCtx,
  input: { appealId: string; outcome: 'upheld' | 'dismissed'; note: string },
) {
  const [appeal] = await ctx.tx
    .select()
    .from(consequenceAppeals)
    .where(
      and(
        tenantFilter(consequenceAppeals.tenantId, ctx.scope.tenantId),
        eq(consequenceAppeals.id, input.appealId),
      ),
    );
  if (!appeal) throw new NotFoundError();
  const { consequence, vendorId } = await loadConsequence(ctx, appeal.consequenceId);
  ctx.authorize('consequences.decide', { vendorId, contractId: consequence.contractId });
  if (appeal.status === input.outcome && appeal.resolvedBy === ctx.scope.userId) return appeal;
  if (appeal.status !== 'open') throw new ConflictError('consequence.appeal_resolved');
  if (consequence.proposedBy === ctx.scope.userId) throw new ForbiddenError('consequence.self_decision');
  const [after] = await ctx.tx
    .update(consequenceAppeals)
    .set({ status: input.outcome, resolvedBy: ctx.scope.userId, resolvedAt: ctx.now, resolution: input.note })
    .where(eq(consequenceAppeals.id, appeal.id))
    .returning();
  let reversal = null;
  if (input.outcome === 'upheld') {
    await ctx.tx
      .update(consequences)
      .set({ status: 'withdrawn' })
      .where(
        and(tenantFilter(consequences.tenantId, ctx.scope.tenantId), eq(consequences.id, consequence.id)),
      );
    const [posted] = await ctx.tx
      .select()
      .from(depositLedger)
      .where(
        and(
          tenantFilter(depositLedger.tenantId, ctx.scope.tenantId),
          eq(depositLedger.consequenceId, consequence.id),
        ),
      );
    if (posted && (posted.kind === 'deduction' || posted.kind === 'reward')) {
      reversal = await postLedgerEntry(ctx.tx, ctx.scope.tenantId, {
        contractId: consequence.contractId,
        kind: 'reversal',
        amountFen: posted.amountFen,
        reversalSign: posted.kind === 'deduction' ? 1 : 0,
        consequenceId: consequence.id,
        facts: [{ type: 'appeal', id: appeal.id }],
        note: input.note,
        recordedBy: ctx.scope.userId,
        now: ctx.now,
      });
    }
  }
  await notifyVendor(ctx.tx, ctx.scope.tenantId, consequence.contractId, 'consequence_appeal_resolved', {
    consequenceId: consequence.id,
    outcome: input.outcome,
  });
  await ctx.audit({
    action: 'consequence.appeal_resolve',
    entity: 'consequence',
    entityId: consequence.id,
    before: { appealStatus: 'open', status: consequence.status },
    after: {
      appealStatus: input.outcome,
      status: input.outcome === 'upheld' ? 'withdrawn' : consequence.status,
      note: input.note,
      reversalEntryId: reversal?.entry?.id ?? null,
    },
  });
  return after!;
}
