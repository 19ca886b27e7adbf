import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { canonicalJson } from './canonical-json.ts';

/** The hash the first entry of every tenant's chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's hash covers (everything but the hash itself). */
export interface AuditContent {
  tenantId: string;
  seq: number;
  at: string;
  actorUserId: string | null;
  actorKind: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEntry extends AuditContent {
  prevHash: string;
  hash: string;
}

export function entryHash(prevHash: string, content: AuditContent): string {
  const bytes = new TextEncoder().encode(`${prevHash}\n${canonicalJson(content)}`);
  return encodeHexLowerCase(sha256(bytes));
}

/** A point of the chain kept outside the database, so a rebuilt or truncated chain is caught. */
export interface ChainCheckpoint {
  tenantId: string;
  seq: number;
  hash: string;
}

export type ChainVerification =
  | { ok: true; entries: number; head: ChainCheckpoint | null }
  | { ok: false; entries: number; firstBrokenSeq: number; reason: string };

/**
 * Walks the chain in `seq` order and reports the first entry that does not follow from the one before:
 * an edited entry (its hash no longer matches), a deleted one (a gap), reordered ones (a broken link),
 * or, given a checkpoint, a truncated tail or a rebuilt chain.
 */
export function verifyChain(
  tenantId: string,
  entries: readonly AuditEntry[],
  checkpoint?: ChainCheckpoint,
): ChainVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    const fail = (reason: string): ChainVerification => ({
      ok: false,
      entries: entries.length,
      firstBrokenSeq: entry.seq,
      reason,
    });
    if (entry.seq !== expectedSeq)
      return fail(`expected entry ${expectedSeq}, found ${entry.seq}: entries are missing`);
    if (entry.prevHash !== prevHash)
      return fail('does not link to the entry before it: entries were removed or reordered');
    const { hash, prevHash: _prev, ...content } = entry;
    if (entryHash(prevHash, { ...content, tenantId }) !== hash)
      return fail('its content was changed after it was written');
    prevHash = hash;
    expectedSeq++;
  }
  const last = entries.at(-1);
  if (checkpoint) {
    if (!last || last.seq < checkpoint.seq) {
      return {
        ok: false,
        entries: entries.length,
        firstBrokenSeq: (last?.seq ?? 0) + 1,
        reason: `the chain ends at entry ${last?.seq ?? 0} but the checkpoint records entry ${checkpoint.seq}: it was truncated`,
      };
    }
    const atCheckpoint = entries[checkpoint.seq - 1];
    if (atCheckpoint?.hash !== checkpoint.hash) {
      return {
        ok: false,
        entries: entries.length,
        firstBrokenSeq: checkpoint.seq,
        reason: 'differs from the exported checkpoint: the chain was rebuilt',
      };
    }
  }
  return {
    ok: true,
    entries: entries.length,
    head: last ? { tenantId, seq: last.seq, hash: last.hash } : null,
  };
}
