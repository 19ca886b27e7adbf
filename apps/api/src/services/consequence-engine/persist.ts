import {
  type ConsequenceProposal,
  type ConsequenceRules,
  type ContractFacts,
  type EarlyWarning,
  earlyWarnings,
  evaluateConsequences,
} from '@steward/core';
import type { AuditEvent } from '@steward/db';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { exitWarningKey } from './exit-warning.ts';
import { notifyDeciders, notifyVendor } from './notify.ts';

const { consequences, consequenceWarnings } = schema;

export interface Actor {
  tenantId: string;
  /** null: the scheduled job */
  userId: string | null;
  now: Date;
  audit(event: AuditEvent): Promise<void>;
}

/** Money, terminations and exits need two approvers (ASVS 2.3.5); warnings and re-tender flags one. */
export function approvalsFor(kind: string): number {
  return ['reward', 'deduction', 'termination', 'exit'].includes(kind) ? 2 : 1;
}

/**
 * One key per consequence whoever proposes it: the exit warning after a second failed rectification uses
 * the rectification service's key (per finding), so the engine and the verifier never propose it twice.
 */
export function storedKey(p: ConsequenceProposal): string {
  if (p.kind === 'exit_warning' && p.rule === 'rectification_failed') {
    const chainId = p.key.split(':').at(-1)!;
    return exitWarningKey(chainId);
  }
  return p.key;
}

const storedKind = (p: ConsequenceProposal) => (p.kind === 'deposit_deduction' ? 'deduction' : p.kind);

/**
 * Writes the proposals that are not stored yet (consequences.key is unique per tenant): retries add nothing,
 * and only what was added is announced to the people who can decide it.
 */
export async function storeProposals(tx: Database, actor: Actor, proposals: ConsequenceProposal[]) {
  const inserted = [];
  for (const p of proposals) {
    const kind = storedKind(p);
    const [row] = await tx
      .insert(consequences)
      .values({
        tenantId: actor.tenantId,
        contractId: p.contractId,
        kind,
        key: storedKey(p),
        status: 'proposed',
        facts: p.facts,
        amountFen: p.amountFen ?? null,
        requestedFen: p.requestedFen ?? null,
        rule: p.rule,
        requirement: p.requirement,
        period: p.period ?? null,
        messageKey: p.messageKey,
        params: p.params as Record<string, string | number>,
        approvalsRequired: approvalsFor(kind),
        proposedAt: actor.now,
        proposedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) continue;
    inserted.push(row);
    await actor.audit({
      action: 'consequence.propose',
      entity: 'consequence',
      entityId: row.id,
      after: { kind, key: row.key, rule: p.rule, amountFen: p.amountFen ?? null, facts: p.facts },
      actorKind: actor.userId ? 'user' : 'system',
    });
  }
  await notifyDeciders(tx, actor.tenantId, 'consequence_pending', inserted);
  return inserted;
}

/**
 * Early warnings as they stand now: new ones are stored (and the vendor told), present ones refreshed,
 * ones no longer called for cleared. Scoped to the contracts evaluated.
 */
export async function storeWarnings(
  tx: Database,
  actor: Actor,
  contractIds: string[],
  warnings: EarlyWarning[],
) {
  if (contractIds.length === 0) return { added: 0, cleared: 0 };
  const current = await tx
    .select()
    .from(consequenceWarnings)
    .where(
      and(
        tenantFilter(consequenceWarnings.tenantId, actor.tenantId),
        inArray(consequenceWarnings.contractId, contractIds),
        isNull(consequenceWarnings.clearedAt),
      ),
    );
  const live = new Set(warnings.map((w) => w.key));
  let added = 0;
  for (const w of warnings) {
    const values = {
      rule: w.rule,
      current: w.current,
      threshold: w.threshold,
      messageKey: w.messageKey,
      params: w.params as Record<string, string | number>,
      facts: w.facts,
      lastSeenAt: actor.now,
      clearedAt: null,
    };
    const existing = current.find((c) => c.key === w.key);
    if (existing) {
      await tx.update(consequenceWarnings).set(values).where(eq(consequenceWarnings.id, existing.id));
      continue;
    }
    const [row] = await tx
      .insert(consequenceWarnings)
      .values({
        ...values,
        tenantId: actor.tenantId,
        contractId: w.contractId,
        key: w.key,
        firstSeenAt: actor.now,
      })
      .onConflictDoUpdate({ target: [consequenceWarnings.tenantId, consequenceWarnings.key], set: values })
      .returning();
    added++;
    await actor.audit({
      action: 'consequence.warning',
      entity: 'consequence_warning',
      entityId: row!.id,
      after: { key: w.key, rule: w.rule, current: w.current, threshold: w.threshold, facts: w.facts },
      actorKind: actor.userId ? 'user' : 'system',
    });
    await notifyVendor(tx, actor.tenantId, w.contractId, 'consequence_warning', {
      warningId: row!.id,
      messageKey: w.messageKey,
      params: w.params,
    });
  }
  const gone = current.filter((c) => !live.has(c.key));
  for (const c of gone) {
    await tx
      .update(consequenceWarnings)
      .set({ clearedAt: actor.now })
      .where(eq(consequenceWarnings.id, c.id));
  }
  return { added, cleared: gone.length };
}

/** The engine over one contract's facts (pure core), with the contract's rules. */
export function evaluate(facts: ContractFacts, rules: ConsequenceRules) {
  return { proposals: evaluateConsequences(facts, rules), warnings: earlyWarnings(facts, rules) };
}
