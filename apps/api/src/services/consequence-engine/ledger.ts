import { NotFoundError, ValidationError } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, asc, desc, eq } from 'drizzle-orm';

const { depositLedger, contracts } = schema;

export type LedgerKind = 'received' | 'deduction' | 'reward' | 'refund' | 'reversal';

export interface LedgerEntryInput {
  contractId: string;
  kind: LedgerKind;
  amountFen: number;
  /** reversal only: +1 gives money back to the deposit (a deduction undone), 0 for a reward */
  reversalSign?: 1 | 0;
  consequenceId?: string | null;
  decisionId?: string | null;
  facts?: { type: string; id: string }[];
  note?: string;
  recordedBy: string | null;
  now: Date;
}

/**
 * R19: appends one entry under a row lock on the contract, so two writers never compute from the same
 * balance; the unique (contract, seq) and the CHECK (balance ≥ 0) hold even if that were bypassed. A
 * deduction takes at most what the deposit holds (the core caps it too); nothing at all → no entry.
 */
export async function postLedgerEntry(tx: Database, tenantId: string, input: LedgerEntryInput) {
  const [locked] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(tenantFilter(contracts.tenantId, tenantId), eq(contracts.id, input.contractId)))
    .for('update');
  if (!locked) throw new NotFoundError();
  const [last] = await tx
    .select({ seq: depositLedger.seq, balance: depositLedger.balanceAfterFen })
    .from(depositLedger)
    .where(
      and(tenantFilter(depositLedger.tenantId, tenantId), eq(depositLedger.contractId, input.contractId)),
    )
    .orderBy(desc(depositLedger.seq))
    .limit(1);
  const balance = last?.balance ?? 0;
  let amount = input.amountFen;
  let effect: number;
  let requestedFen: number | null = null;
  switch (input.kind) {
    case 'received':
      effect = amount;
      break;
    case 'reward':
      // Paid to the vendor from the reward fund; recorded beside the deposit, not taken from it.
      effect = 0;
      break;
    case 'refund':
      if (amount > balance) throw new ValidationError({ amountFen: ['deposit.exceeds_balance'] });
      effect = -amount;
      break;
    case 'deduction':
      if (amount > balance) {
        requestedFen = amount;
        amount = balance;
      }
      effect = -amount;
      break;
    case 'reversal':
      effect = input.reversalSign === 0 ? 0 : amount;
      break;
  }
  if (amount <= 0) return { entry: null, requestedFen: requestedFen ?? input.amountFen, balance };
  const [entry] = await tx
    .insert(depositLedger)
    .values({
      tenantId,
      contractId: input.contractId,
      seq: (last?.seq ?? 0) + 1,
      kind: input.kind,
      amountFen: amount,
      balanceEffectFen: effect,
      balanceAfterFen: balance + effect,
      requestedFen,
      consequenceId: input.consequenceId ?? null,
      decisionId: input.decisionId ?? null,
      facts: input.facts ?? [],
      note: input.note ?? '',
      recordedBy: input.recordedBy,
      recordedAt: input.now,
    })
    .returning();
  return { entry: entry!, requestedFen, balance: balance + effect };
}

export async function ledgerOf(tx: Database, tenantId: string, contractId: string) {
  const entries = await tx
    .select()
    .from(depositLedger)
    .where(and(tenantFilter(depositLedger.tenantId, tenantId), eq(depositLedger.contractId, contractId)))
    .orderBy(asc(depositLedger.seq));
  const sum = (kind: LedgerKind) =>
    entries.filter((e) => e.kind === kind).reduce((n, e) => n + e.amountFen, 0);
  return {
    balanceFen: entries.at(-1)?.balanceAfterFen ?? 0,
    receivedFen: sum('received'),
    deductedFen: sum('deduction'),
    rewardedFen: sum('reward'),
    refundedFen: sum('refund'),
    entries,
  };
}
