import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { auditLog } from '../schema/audit.ts';
import type { TenantScope } from '../tenancy.ts';
import { type AuditContent, type AuditEntry, entryHash, GENESIS_HASH } from './chain.ts';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  actorKind?: 'user' | 'system' | 'operator';
}

/**
 * Appends one event to the tenant's chain inside the caller's transaction (so the change and its audit
 * entry commit together or not at all). A transaction-scoped advisory lock per tenant serializes
 * appends; the unique (tenant_id, seq) index would reject a fork even without it.
 */
export async function appendAudit(
  tx: Database,
  scope: TenantScope,
  at: Date,
  event: AuditEvent,
): Promise<AuditEntry> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${scope.tenantId}`}, 0))`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.tenantId, scope.tenantId))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const content: AuditContent = {
    tenantId: scope.tenantId,
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorUserId: scope.userId,
    actorKind: event.actorKind ?? (scope.userId ? 'user' : 'system'),
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    before: normalize(event.before),
    after: normalize(event.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, content);
  await tx.insert(auditLog).values({ ...content, at, prevHash, hash });
  return { ...content, prevHash, hash };
}

/** Reads a tenant's chain in order, as stored, for verification or export. */
export async function readChain(tx: Database, tenantId: string): Promise<AuditEntry[]> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId)))
    .orderBy(auditLog.seq);
  return rows.map((r) => ({
    tenantId: r.tenantId,
    seq: r.seq,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorKind: r.actorKind,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    before: r.before ?? null,
    after: r.after ?? null,
    prevHash: r.prevHash,
    hash: r.hash,
  }));
}

/** JSON-safe copy (Dates to strings, undefined dropped), identical to what jsonb will give back. */
function normalize(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
