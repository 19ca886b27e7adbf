import { APP_ROLE, type Database, schema } from '@steward/db';
import { eq, sql } from 'drizzle-orm';

const { complaintForms, complaints } = schema;

/**
 * Runs `fn` as the application role with no tenant and only `app.public_key` set: the two public-key
 * policies let exactly the row carrying that key through (a form by its key, a complaint by its tracking
 * code), nothing else. Used only to learn which tenant a public request belongs to.
 */
async function withPublicKey<T>(db: Database, key: string, fn: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select
      set_config('app.tenant_id', '', true),
      set_config('app.user_id', '', true),
      set_config('app.public_key', ${key}, true)`);
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    return fn(tx as unknown as Database);
  });
}

/** The tenant whose enabled public form has this key, or null. */
export async function tenantOfFormKey(db: Database, key: string): Promise<string | null> {
  return withPublicKey(db, key, async (tx) => {
    const [row] = await tx
      .select({ tenantId: complaintForms.tenantId })
      .from(complaintForms)
      .where(eq(complaintForms.publicKey, key));
    return row?.tenantId ?? null;
  });
}

/** The complaint with this tracking code (tenant and id only), or null. */
export async function complaintOfTrackingCode(
  db: Database,
  code: string,
): Promise<{ tenantId: string; id: string } | null> {
  return withPublicKey(db, code, async (tx) => {
    const [row] = await tx
      .select({ tenantId: complaints.tenantId, id: complaints.id })
      .from(complaints)
      .where(eq(complaints.trackingCode, code));
    return row ?? null;
  });
}
