import { type Database, schema, tenantFilter } from '@steward/db';
import { and, inArray } from 'drizzle-orm';

const { templateSnapshots } = schema;

type Texts = Map<string, { zh: string; en: string }>;

/**
 * Item texts of template snapshots, by `${hash}:${code}`. A snapshot is addressed by the hash of its
 * content, so it never changes: kept in memory per tenant and hash (the tenant in the key, so one
 * tenant's snapshot is never served to another) instead of reading whole snapshots for every lineage.
 */
const cache = new Map<string, Texts>();
const MAX_SNAPSHOTS = 500;

export async function itemTexts(tx: Database, tenantId: string, hashes: readonly string[]): Promise<Texts> {
  const out: Texts = new Map();
  const missing = hashes.filter((h) => !cache.has(`${tenantId}:${h}`));
  if (missing.length > 0) {
    const rows = await tx
      .select({ hash: templateSnapshots.hash, content: templateSnapshots.content })
      .from(templateSnapshots)
      .where(
        and(tenantFilter(templateSnapshots.tenantId, tenantId), inArray(templateSnapshots.hash, missing)),
      );
    for (const row of rows) {
      const items =
        (row.content as { items?: { code: string; text: { zh: string; en: string } }[] }).items ?? [];
      const texts: Texts = new Map(items.map((item) => [item.code, item.text]));
      // Oldest first out: a Map iterates in insertion order.
      if (cache.size >= MAX_SNAPSHOTS) cache.delete(cache.keys().next().value!);
      cache.set(`${tenantId}:${row.hash}`, texts);
    }
  }
  for (const hash of hashes) {
    const texts = cache.get(`${tenantId}:${hash}`);
    if (texts) for (const [code, text] of texts) out.set(`${hash}:${code}`, text);
  }
  return out;
}
