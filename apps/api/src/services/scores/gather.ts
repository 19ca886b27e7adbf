import type { InspectionKind, MonthlyAssessmentInput } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq, gte, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import { complaintDeductionsFor } from '../complaints/deductions.ts';
import { inspectionHeadColumns } from '../inspections/columns.ts';
import { userNames } from '../rectifications/people.ts';
import { failedDeduction, type RectificationPolicy } from '../rectifications/policy.ts';
import { itemTexts } from './item-texts.ts';
import { monthBounds } from './month.ts';

const { inspections, inspectionParticipants, inspectionResults, evidence, rectifications, scoreBonuses } =
  schema;

export interface GatherScope {
  tenantId: string;
  timeZone: string;
  contractId: string;
  month: string;
  policy: RectificationPolicy;
  /** also fetch what the lineage shows (item texts, people's names) in the second wave */
  lineage?: boolean;
}

/**
 * The columns scoring and the lineage read, not whole rows: every gathered row is mapped column by
 * column on every score read (drizzle's row mapping was the read's largest CPU cost; docs/performance.md).
 */
const inspectionColumns = {
  ...inspectionHeadColumns,
  correctsInspectionId: inspections.correctsInspectionId,
  serviceLineId: inspections.serviceLineId,
  templateHash: inspections.templateHash,
};
const resultColumns = {
  id: inspectionResults.id,
  inspectionId: inspectionResults.inspectionId,
  itemCode: inspectionResults.itemCode,
  result: inspectionResults.result,
  severity: inspectionResults.severity,
  deductionCenti: inspectionResults.deductionCenti,
  note: inspectionResults.note,
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Everything one contract's month rests on (R20): submitted inspections of the month (a corrected one
 * replaced by its latest correction), their item results and photos, rectifications verified as failed
 * in the month, and bonuses approved by someone other than who entered them. Sorted by id, so the same
 * records always give the same input.
 */
export async function gatherMonth(tx: Database, scope: GatherScope) {
  const { tenantId, contractId, month } = scope;
  const bounds = monthBounds(month, scope.timeZone);
  const submitted = and(
    tenantFilter(inspections.tenantId, tenantId),
    eq(inspections.contractId, contractId),
    eq(inspections.status, 'submitted'),
  );
  // Two waves of queries instead of nine in a row: each wave's statements are independent and go out
  // together (postgres.js pipelines them on the transaction's connection; PGlite runs them in turn).
  const [ofMonth, failed, bonuses, complaints] = await Promise.all([
    tx
      .select(inspectionColumns)
      .from(inspections)
      .where(
        and(submitted, gte(inspections.inspectedOn, bounds.first), lt(inspections.inspectedOn, bounds.next)),
      ),
    tx
      .select()
      .from(rectifications)
      .where(
        and(
          tenantFilter(rectifications.tenantId, tenantId),
          eq(rectifications.contractId, contractId),
          inArray(rectifications.status, ['not_fixed', 'partly_fixed']),
          gte(rectifications.verifiedAt, bounds.start),
          lt(rectifications.verifiedAt, bounds.end),
        ),
      ),
    tx
      .select()
      .from(scoreBonuses)
      .where(
        and(
          tenantFilter(scoreBonuses.tenantId, tenantId),
          eq(scoreBonuses.contractId, contractId),
          eq(scoreBonuses.month, month),
          isNotNull(scoreBonuses.approvedBy),
        ),
      ),
    // Substantiated complaints decided in the month (R17, R20), each once, with the complaint as its source.
    complaintDeductionsFor(tx, tenantId, contractId, month),
  ]);
  const monthIds = ofMonth.map((i) => i.id);
  // The month's corrections, unsigned joint inspections, results and photos; results and photos of every
  // inspection of the month (a superseded or unsigned one is rare) so they need not wait for the others.
  const [corrections, unsignedRows, monthResults, monthPhotos, lookups] = monthIds.length
    ? await Promise.all([
        // Only corrections of this month's inspections: history-independent (inspections_corrects_idx).
        tx
          .select({ corrects: inspections.correctsInspectionId })
          .from(inspections)
          .where(and(submitted, inArray(inspections.correctsInspectionId, monthIds))),
        // A joint inspection counts once every party has signed it.
        tx
          .select({ inspectionId: inspectionParticipants.inspectionId })
          .from(inspectionParticipants)
          .where(
            and(
              tenantFilter(inspectionParticipants.tenantId, tenantId),
              inArray(inspectionParticipants.inspectionId, monthIds),
              isNull(inspectionParticipants.signedAt),
            ),
          ),
        tx
          .select(resultColumns)
          .from(inspectionResults)
          .where(
            and(
              tenantFilter(inspectionResults.tenantId, tenantId),
              inArray(inspectionResults.inspectionId, monthIds),
            ),
          ),
        tx
          .select({
            id: evidence.id,
            inspectionId: evidence.inspectionId,
            itemCode: evidence.itemCode,
            kind: evidence.kind,
            sha256: evidence.sha256,
            contentType: evidence.contentType,
            capturedAt: evidence.capturedAt,
          })
          .from(evidence)
          .where(and(tenantFilter(evidence.tenantId, tenantId), inArray(evidence.inspectionId, monthIds))),
        scope.lineage ? lineageLookups(tx, tenantId, ofMonth, failed, bonuses) : undefined,
      ])
    : [[], [], [], [], undefined];
  const replaced = new Set(corrections.map((c) => c.corrects));
  const unsigned = new Set(unsignedRows.map((r) => r.inspectionId));
  const counted = ofMonth.filter((i) => !replaced.has(i.id) && !unsigned.has(i.id)).sort(byId);
  const superseded = ofMonth.filter((i) => replaced.has(i.id)).sort(byId);
  const awaitingSignatures = ofMonth.filter((i) => !replaced.has(i.id) && unsigned.has(i.id)).sort(byId);
  const countedIds = new Set(counted.map((i) => i.id));
  const results = monthResults.filter((r) => countedIds.has(r.inspectionId));
  const photos = monthPhotos.filter((p) => p.inspectionId !== null && countedIds.has(p.inspectionId));
  // ASVS 2.3.5: a bonus counts only when approved by another person than who entered it.
  const approved = bonuses.filter((b) => b.approvedBy && b.approvedBy !== b.enteredBy).sort(byId);
  failed.sort(byId);

  // Grouped once: filtering all results per inspection was quadratic in the month's size.
  const resultsOf = new Map<string, typeof results>();
  for (const r of results) {
    const list = resultsOf.get(r.inspectionId);
    if (list) list.push(r);
    else resultsOf.set(r.inspectionId, [r]);
  }
  const input: MonthlyAssessmentInput = {
    contractId,
    month,
    inspections: counted.map((i) => ({
      id: i.id,
      kind: i.kind as InspectionKind,
      items: (resultsOf.get(i.id) ?? []).sort(byId).map((r) => ({
        id: r.id,
        itemId: r.itemCode,
        label: r.itemCode,
        result: r.result as 'conform' | 'nonconform' | 'na',
        deduction: r.result === 'nonconform' ? r.deductionCenti : 0,
        severity: r.severity === 'major' ? ('major' as const) : ('general' as const),
      })),
    })),
    failedRectifications: failed.map((r) => ({
      id: r.id,
      deduction: failedDeduction(r.status as 'not_fixed' | 'partly_fixed', scope.policy),
      reason: `${r.itemCode} #${r.round} ${r.status}`,
    })),
    complaints,
    bonuses: approved.map((b) => ({
      id: b.id,
      points: b.pointsCenti,
      reason: b.reason,
      approverId: b.approvedBy!,
      level: b.level as 'daily' | 'monthly' | 'semiannual',
    })),
  };
  return {
    input,
    records: { counted, superseded, awaitingSignatures, results, photos, failed, bonuses: approved },
    lookups,
  };
}

/** The lineage's texts and names, for every inspection, notice and bonus of the month (a superset). */
async function lineageLookups(
  tx: Database,
  tenantId: string,
  ofMonth: { templateHash: string; inspectorUserId: string }[],
  failed: { verifiedBy: string | null }[],
  bonuses: { enteredBy: string; approvedBy: string | null }[],
) {
  const [texts, names] = await Promise.all([
    itemTexts(tx, tenantId, [...new Set(ofMonth.map((i) => i.templateHash))]),
    userNames(tx, [
      ...ofMonth.map((i) => i.inspectorUserId),
      ...failed.map((r) => r.verifiedBy),
      ...bonuses.flatMap((b) => [b.enteredBy, b.approvedBy]),
    ]),
  ]);
  return { texts, names };
}

export type GatheredMonth = Awaited<ReturnType<typeof gatherMonth>>;
