import type { DeductionInput } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq, isNotNull } from 'drizzle-orm';

const { complaints } = schema;

/**
 * The complaint deductions of one contract's month, as computeMonthlyAssessment takes them (R20): every
 * substantiated complaint decided in that month (tenant time), once, however often it was reopened. The
 * id is the complaint's, so the score lineage leads back to its timeline.
 */
export async function complaintDeductionsFor(
  tx: Database,
  tenantId: string,
  contractId: string,
  month: string,
): Promise<DeductionInput[]> {
  const rows = await tx
    .select({
      id: complaints.id,
      deduction: complaints.deductionCenti,
      trackingCode: complaints.trackingCode,
      description: complaints.description,
    })
    .from(complaints)
    .where(
      and(
        tenantFilter(complaints.tenantId, tenantId),
        eq(complaints.contractId, contractId),
        eq(complaints.scoreMonth, month),
        eq(complaints.substantiated, true),
        isNotNull(complaints.deductionCenti),
      ),
    )
    .orderBy(complaints.id);
  return rows
    .filter((r) => (r.deduction ?? 0) > 0)
    .map((r) => ({
      id: r.id,
      deduction: r.deduction!,
      reason: `${r.trackingCode} ${r.description.slice(0, 60)}`,
    }));
}
