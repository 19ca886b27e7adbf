import { type Database, schema } from '@steward/db';

/**
 * A decided consequence of tenant A with its decision step and the vendor's appeal against it, written as
 * the owner like the generator's rows: through the API it would take a whole two-person decision flow.
 */
export async function seedDecidedConsequence(
  db: Database,
  tenantId: string,
  contractId: string,
  userIds: Record<string, string>,
) {
  const [c] = await db
    .insert(schema.consequences)
    .values({
      tenantId,
      contractId,
      kind: 'deduction',
      key: `alpha:${contractId}:2026-02`,
      status: 'approved',
      facts: [{ type: 'contract', id: contractId, note: 'ALPHA-DECISION-NOTE' }],
      amountFen: 100_000,
      proposedAt: new Date('2026-02-10T02:00:00Z'),
      decidedAt: new Date('2026-02-11T02:00:00Z'),
      decidedBy: userIds.leader,
      decisionNote: 'ALPHA-DECISION-NOTE',
      appealUntil: '2026-03-31',
    })
    .returning();
  await db.insert(schema.consequenceDecisions).values({
    tenantId,
    consequenceId: c!.id,
    step: 'approve',
    decidedBy: userIds.leader!,
    decidedAt: new Date('2026-02-11T02:00:00Z'),
    note: 'ALPHA-DECISION-NOTE',
  });
  await db.insert(schema.consequenceAppeals).values({
    tenantId,
    consequenceId: c!.id,
    filedBy: userIds.contractor1!,
    filedAt: new Date('2026-02-12T02:00:00Z'),
    grounds: 'ALPHA-APPEAL-GROUNDS',
    evidence: [],
  });
}
