import { ConflictError, type Locale, PreconditionError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { assertCanEdit, type InspectionCtx, type InspectionRow, loadInspection } from './access.ts';
import { editableDraft, writeResults } from './draft.ts';
import { certificateExpiry, checkRecord } from './external-rules.ts';
import { type ResultInput, submissionGaps } from './rules.ts';

const { inspections, inspectionResults, evidence, inspectionPlans, inspectionParticipants } = schema;

export interface SubmitInput {
  inspectionId: string;
  clientSubmissionId: string;
  deviceCapturedAt?: string | undefined;
  notes?: string | undefined;
  /** the whole checklist at once (an offline client); otherwise what was saved as the draft */
  results?: ResultInput[] | undefined;
}

async function resultsOf(ctx: InspectionCtx, inspectionId: string) {
  return ctx.tx
    .select()
    .from(inspectionResults)
    .where(
      and(
        tenantFilter(inspectionResults.tenantId, ctx.scope.tenantId),
        eq(inspectionResults.inspectionId, inspectionId),
      ),
    );
}

/** Whether a retried submission carries what was stored the first time. */
async function samePayload(ctx: InspectionCtx, row: InspectionRow, input: SubmitInput): Promise<boolean> {
  if (input.notes !== undefined && input.notes !== row.notes) return false;
  if (!input.results) return true;
  const stored = new Map((await resultsOf(ctx, row.id)).map((r) => [r.itemCode, r]));
  return input.results.every((r) => {
    const s = stored.get(r.itemCode);
    return (
      s !== undefined &&
      s.result === r.result &&
      (r.deductionCenti === undefined || s.deductionCenti === r.deductionCenti) &&
      (r.measurement ?? null) === s.measurement &&
      (r.note ?? '') === s.note
    );
  });
}

const nameOf = (text: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? text.en : text.zh);

/**
 * Submits a draft: every item answered, each nonconformity with the evidence its item requires, an
 * external record complete. Idempotent on `clientSubmissionId`: a retry returns the same inspection;
 * the same id with other content is refused. Afterwards the inspection never changes.
 */
export async function submitInspection(ctx: InspectionCtx, input: SubmitInput, locale: Locale) {
  const [earlier] = await ctx.tx
    .select()
    .from(inspections)
    .where(
      and(
        tenantFilter(inspections.tenantId, ctx.scope.tenantId),
        eq(inspections.clientSubmissionId, input.clientSubmissionId),
      ),
    );
  if (earlier) {
    if (earlier.id !== input.inspectionId || !(await samePayload(ctx, earlier, input)))
      throw new ConflictError('inspection.submission_reused');
    const { inspection, vendorId } = await loadInspection(ctx, earlier.id);
    if (inspection.inspectorUserId !== ctx.scope.userId) assertCanEdit(ctx, inspection, vendorId);
    return { id: earlier.id, replayed: true };
  }

  const draft = await editableDraft(ctx, input.inspectionId);
  const { inspection, snapshot, items } = draft;
  await writeResults(ctx, draft, input.results ?? []);

  const results = await resultsOf(ctx, inspection.id);
  const files = await ctx.tx
    .select({ itemCode: evidence.itemCode, kind: evidence.kind })
    .from(evidence)
    .where(
      and(tenantFilter(evidence.tenantId, ctx.scope.tenantId), eq(evidence.inspectionId, inspection.id)),
    );
  const kindsByItem = new Map<string, Set<string>>();
  for (const f of files)
    if (f.itemCode)
      (kindsByItem.get(f.itemCode) ?? kindsByItem.set(f.itemCode, new Set()).get(f.itemCode)!).add(f.kind);

  const gaps = submissionGaps(items, results, kindsByItem);
  const fields: Record<string, string[]> = {};
  for (const code of gaps.unanswered) fields[`items.${code}`] = ['inspection.item_unanswered'];
  const add = (code: string, key: string) => {
    fields[`items.${code}`] = [...(fields[`items.${code}`] ?? []), key];
  };
  for (const code of gaps.missingEvidence) add(code, 'inspection.item_needs_evidence');
  for (const code of gaps.missingMeasurement) add(code, 'inspection.item_needs_measurement');
  const names = (codes: string[]) =>
    codes.map((c) => nameOf(items.find((i) => i.code === c)!.text, locale)).join('；');

  let certificateValidUntil = inspection.certificateValidUntil;
  const record = inspection.externalRecord ?? {};
  if (snapshot.external) {
    const documents = new Set(
      files.flatMap((f) => (f.itemCode?.startsWith('record:') ? [f.itemCode.slice('record:'.length)] : [])),
    );
    Object.assign(fields, checkRecord(snapshot.external, record, documents));
    certificateValidUntil = certificateExpiry(
      snapshot.external,
      record,
      certificateValidUntil,
      inspection.inspectedOn,
    );
  }
  if (Object.keys(fields).length > 0) {
    if (gaps.missingEvidence.length > 0)
      throw new ValidationError(fields, 'inspection.evidence_missing', {
        items: names(gaps.missingEvidence),
      });
    if (gaps.unanswered.length > 0)
      throw new ValidationError(fields, 'inspection.incomplete', {
        count: gaps.unanswered.length,
        items: names(gaps.unanswered.slice(0, 5)),
      });
    if (gaps.missingMeasurement.length > 0)
      throw new ValidationError(fields, 'inspection.measurement_missing', {
        items: names(gaps.missingMeasurement),
      });
    throw new ValidationError(fields, 'inspection.record_invalid');
  }

  const [submitted] = await ctx.tx
    .update(inspections)
    .set({
      status: 'submitted',
      submittedAt: ctx.now,
      clientSubmissionId: input.clientSubmissionId,
      deviceCapturedAt: input.deviceCapturedAt ? new Date(input.deviceCapturedAt) : null,
      certificateValidUntil,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    })
    .where(
      and(
        tenantFilter(inspections.tenantId, ctx.scope.tenantId),
        eq(inspections.id, inspection.id),
        eq(inspections.status, 'draft'),
      ),
    )
    .returning();
  if (!submitted) throw new PreconditionError('inspection.not_draft');
  // The submitter signs a joint inspection by submitting it; the other parties sign afterwards.
  await ctx.tx
    .update(inspectionParticipants)
    .set({ signedAt: ctx.now })
    .where(
      and(
        tenantFilter(inspectionParticipants.tenantId, ctx.scope.tenantId),
        eq(inspectionParticipants.inspectionId, inspection.id),
        eq(inspectionParticipants.userId, ctx.scope.userId),
        isNull(inspectionParticipants.signedAt),
      ),
    );
  if (inspection.planId)
    await ctx.tx
      .update(inspectionPlans)
      .set({ status: 'done', inspectionId: inspection.id })
      .where(
        and(
          tenantFilter(inspectionPlans.tenantId, ctx.scope.tenantId),
          eq(inspectionPlans.id, inspection.planId),
          inArray(inspectionPlans.status, ['planned', 'missed']),
        ),
      );
  await ctx.audit({
    action: 'inspection.submit',
    entity: 'inspection',
    entityId: inspection.id,
    after: {
      clientSubmissionId: input.clientSubmissionId,
      results: results.length,
      nonconform: results.filter((r) => r.result === 'nonconform').length,
      certificateValidUntil,
    },
  });
  return { id: inspection.id, replayed: false };
}

/** A party to a joint inspection confirms the submitted record with their signature (once). */
export async function signInspection(ctx: InspectionCtx, inspectionId: string) {
  const { inspection } = await loadInspection(ctx, inspectionId);
  const where = and(
    tenantFilter(inspectionParticipants.tenantId, ctx.scope.tenantId),
    eq(inspectionParticipants.inspectionId, inspectionId),
    eq(inspectionParticipants.userId, ctx.scope.userId),
  );
  const [me] = await ctx.tx.select().from(inspectionParticipants).where(where);
  if (!me) throw new PreconditionError('inspection.not_participant');
  if (inspection.status !== 'submitted') throw new PreconditionError('inspection.sign_after_submit');
  if (me.signedAt) return { signedAt: me.signedAt };
  await ctx.tx
    .update(inspectionParticipants)
    .set({ signedAt: ctx.now })
    .where(and(where, isNull(inspectionParticipants.signedAt)));
  await ctx.audit({
    action: 'inspection.sign',
    entity: 'inspection',
    entityId: inspectionId,
    after: { party: me.party },
  });
  return { signedAt: ctx.now };
}
