import { type Database, schema } from '@steward/db';
import { inArray } from 'drizzle-orm';

/** Display names of the people a record cites (issuer, responder, verifier, inspector). */
export async function userNames(tx: Database, ids: readonly (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: schema.users.id, name: schema.users.displayName })
    .from(schema.users)
    .where(inArray(schema.users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
