import { NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, sql } from 'drizzle-orm';
import { assertCanEdit, type InspectionCtx, type InspectionRow, loadInspection } from './access.ts';
import { checkResult, itemsOf, measurementOutOfBounds, type ResultInput } from './rules.ts';
import { type InspectionSnapshot, loadSnapshot } from './snapshot.ts';

const { inspectionPlans, inspectionResults, evidence, inspections } = schema;

/** The sampled items of a spot check come from its plan; other inspections walk the whole checklist. */
export async function sampledCodes(ctx: InspectionCtx, row: InspectionRow): Promise<string[] | null> {
  if (!row.planId) return null;
  const [plan] = await ctx.tx
    .select({ sampled: inspectionPlans.sampledItemCodes })
    .from(inspectionPlans)
    .where(
      and(tenantFilter(inspectionPlans.tenantId, ctx.scope.tenantId), eq(inspectionPlans.id, row.planId)),
    );
  return plan?.sampled ?? null;
}

export async function editableDraft(ctx: InspectionCtx, inspectionId: string) {
  const { inspection, vendorId } = await loadInspection(ctx, inspectionId);
  assertCanEdit(ctx, inspection, vendorId);
  const snapshot = await loadSnapshot(ctx, inspection.templateHash);
  const items = itemsOf(snapshot, await sampledCodes(ctx, inspection));
  return { inspection, vendorId, snapshot, items };
}

/** Problems of one result as field errors keyed by the result's field (prefixed for a list). */
function fail(problems: ReturnType<typeof checkResult>['problems'], prefix = ''): never {
  const fields: Record<string, string[]> = {};
  for (const p of problems) fields[`${prefix}${p.field}`] = [...(fields[`${prefix}${p.field}`] ?? []), p.key];
  const first = problems[0]!;
  throw new ValidationError(fields, first.key, first.params ?? {});
}

/** Stores one item's result in a draft (insert or replace): conform / nonconform with deduction / N/A. */
export async function writeResult(
  ctx: InspectionCtx,
  draft: { inspection: InspectionRow; snapshot: InspectionSnapshot; items: ReturnType<typeof itemsOf> },
  input: ResultInput,
  prefix = '',
) {
  const item = draft.items.find((i) => i.code === input.itemCode);
  const { problems, deductionCenti } = checkResult(item, input);
  if (problems.length > 0) fail(problems, prefix);
  const values = {
    result: input.result,
    severity: item!.severity,
    deductionCenti,
    measurement: input.measurement ?? null,
    note: input.note ?? '',
  };
  const [row] = await ctx.tx
    .insert(inspectionResults)
    .values({
      tenantId: ctx.scope.tenantId,
      inspectionId: draft.inspection.id,
      itemCode: input.itemCode,
      ...values,
    })
    .onConflictDoUpdate({
      target: [inspectionResults.tenantId, inspectionResults.inspectionId, inspectionResults.itemCode],
      set: values,
    })
    .returning();
  return {
    ...row!,
    measurementOutOfBounds:
      input.measurement != null ? measurementOutOfBounds(item!, input.measurement) : false,
  };
}

/**
 * Stores many results of a draft at once — an offline client's whole checklist — checked first, then
 * written with one multi-row upsert instead of a statement per item. A later entry for the same item
 * wins, as it would have saving them one by one.
 */
export async function writeResults(
  ctx: InspectionCtx,
  draft: { inspection: InspectionRow; items: ReturnType<typeof itemsOf> },
  inputs: readonly ResultInput[],
  prefix = 'results.',
) {
  if (inputs.length === 0) return;
  const byCode = new Map(draft.items.map((i) => [i.code, i]));
  const rows = new Map<string, typeof inspectionResults.$inferInsert>();
  for (const [i, input] of inputs.entries()) {
    const item = byCode.get(input.itemCode);
    const { problems, deductionCenti } = checkResult(item, input);
    if (problems.length > 0) fail(problems, `${prefix}${i}.`);
    rows.set(input.itemCode, {
      tenantId: ctx.scope.tenantId,
      inspectionId: draft.inspection.id,
      itemCode: input.itemCode,
      result: input.result,
      severity: item!.severity,
      deductionCenti,
      measurement: input.measurement ?? null,
      note: input.note ?? '',
    });
  }
  await ctx.tx
    .insert(inspectionResults)
    .values([...rows.values()])
    .onConflictDoUpdate({
      target: [inspectionResults.tenantId, inspectionResults.inspectionId, inspectionResults.itemCode],
      set: {
        result: sql`excluded.result`,
        severity: sql`excluded.severity`,
        deductionCenti: sql`excluded.deduction_centi`,
        measurement: sql`excluded.measurement`,
        note: sql`excluded.note`,
      },
    });
}

export async function saveResult(ctx: InspectionCtx, input: ResultInput & { inspectionId: string }) {
  const draft = await editableDraft(ctx, input.inspectionId);
  const saved = await writeResult(ctx, draft, input);
  await ctx.audit({
    action: 'inspection.result.save',
    entity: 'inspection',
    entityId: input.inspectionId,
    after: { itemCode: saved.itemCode, result: saved.result, deductionCenti: saved.deductionCenti },
  });
  return saved;
}

/** Drops a result again (the inspector changed their mind before submitting). */
export async function clearResult(ctx: InspectionCtx, input: { inspectionId: string; itemCode: string }) {
  await editableDraft(ctx, input.inspectionId);
  // No DELETE grant on results (scores rest on them): a draft's result is cleared by marking it
  // unanswered instead, which submission treats as missing.
  await ctx.tx
    .update(inspectionResults)
    .set({ result: 'unanswered', deductionCenti: 0 })
    .where(
      and(
        tenantFilter(inspectionResults.tenantId, ctx.scope.tenantId),
        eq(inspectionResults.inspectionId, input.inspectionId),
        eq(inspectionResults.itemCode, input.itemCode),
      ),
    );
  await ctx.audit({
    action: 'inspection.result.clear',
    entity: 'inspection',
    entityId: input.inspectionId,
    after: input,
  });
  return { ok: true };
}

export interface DetailsInput {
  inspectionId: string;
  notes?: string | undefined;
  externalRecord?: Record<string, string | number | boolean | null> | undefined;
  certificateValidUntil?: string | null | undefined;
}

/** The inspection's own fields in a draft: notes, and an external inspection's record. */
export async function saveDetails(ctx: InspectionCtx, input: DetailsInput) {
  const { inspection } = await editableDraft(ctx, input.inspectionId);
  const changes: Partial<InspectionRow> = {};
  if (input.notes !== undefined) changes.notes = input.notes;
  if (input.externalRecord !== undefined) {
    if (inspection.source !== 'external') throw new ValidationError({ externalRecord: ['error.validation'] });
    changes.externalRecord = { ...(inspection.externalRecord ?? {}), ...input.externalRecord };
  }
  if (input.certificateValidUntil !== undefined) changes.certificateValidUntil = input.certificateValidUntil;
  if (Object.keys(changes).length === 0) return { id: inspection.id };
  await ctx.tx
    .update(inspections)
    .set(changes)
    .where(
      and(
        tenantFilter(inspections.tenantId, ctx.scope.tenantId),
        eq(inspections.id, inspection.id),
        eq(inspections.status, 'draft'),
      ),
    );
  await ctx.audit({
    action: 'inspection.details.save',
    entity: 'inspection',
    entityId: inspection.id,
    after: changes,
  });
  return { id: inspection.id };
}

/** Takes a photo or document off a draft (the file stays, unlinked; nothing evidence-related is deleted). */
export async function detachEvidence(
  ctx: InspectionCtx,
  input: { inspectionId: string; evidenceId: string },
) {
  await editableDraft(ctx, input.inspectionId);
  const [row] = await ctx.tx
    .update(evidence)
    .set({ inspectionId: null, itemCode: sql`'detached:' || coalesce(${evidence.itemCode}, '')` })
    .where(
      and(
        tenantFilter(evidence.tenantId, ctx.scope.tenantId),
        eq(evidence.id, input.evidenceId),
        eq(evidence.inspectionId, input.inspectionId),
      ),
    )
    .returning({ id: evidence.id });
  if (!row) throw new NotFoundError();
  await ctx.audit({ action: 'evidence.detach', entity: 'evidence', entityId: row.id, after: input });
  return { ok: true };
}
