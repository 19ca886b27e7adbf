import { type Database, queryRows } from '@steward/db';
import { sql } from 'drizzle-orm';

/** Tenant A's ids by table (a few per table, one per status where rows have one), and every id it owns. */
export interface TenantIds {
  byTable: Map<string, string[]>;
  /** every id A owns, in every tenant table, plus its users and sessions: any of them in B's answer leaks */
  all: Set<string>;
  /** every tenant table, with rows of A or not (to tell an unseeded table from an unknown name) */
  tables: string[];
}

/** Id columns read beside `id`: values B might send that are A's (a complaint's idempotency key). */
const EXTRA_ID_COLUMNS: Record<string, string> = { 'complaints.submission_id': 'complaint_submissions' };

/**
 * Reads, as the database owner (row-level security does not apply to it), the ids of every tenant table
 * of `tenantId`: the probes' values and the leak markers. A table added later joins by itself.
 */
export async function tenantIds(db: Database, tenantId: string, perTable = 2): Promise<TenantIds> {
  const tables = await queryRows<{ name: string; status: boolean }>(
    db,
    sql`select c.relname as name,
          exists (select 1 from pg_attribute s where s.attrelid = c.oid and s.attname = 'status') as status
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'id'
                      and a.atttypid = 'uuid'::regtype)
        order by 1`,
  );
  const byTable = new Map<string, string[]>();
  const all = new Set<string>([tenantId]);
  for (const { name, status } of tables) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select id::text as id from ${sql.identifier(name)} where tenant_id = ${tenantId} order by id`,
    );
    for (const r of rows) all.add(r.id);
    // Rows in different states may take different paths through a procedure: probe one of each.
    const picked = status
      ? await queryRows<{ id: string }>(
          db,
          sql`select id from (select distinct on (status) id::text as id from ${sql.identifier(name)}
                where tenant_id = ${tenantId} order by status, id) s order by id limit ${perTable + 2}`,
        )
      : rows.slice(0, perTable);
    if (picked.length > 0)
      byTable.set(
        name,
        picked.map((r) => r.id),
      );
  }
  for (const [column, key] of Object.entries(EXTRA_ID_COLUMNS)) {
    const [table, col] = column.split('.') as [string, string];
    const rows = await queryRows<{ id: string }>(
      db,
      sql`select ${sql.identifier(col)}::text as id from ${sql.identifier(table)}
          where tenant_id = ${tenantId} order by 1 limit ${perTable}`,
    );
    for (const r of rows) all.add(r.id);
    if (rows.length > 0)
      byTable.set(
        key,
        rows.map((r) => r.id),
      );
  }
  const users = await queryRows<{ id: string }>(
    db,
    sql`select distinct user_id::text as id from memberships where tenant_id = ${tenantId} order by 1`,
  );
  const sessions = await queryRows<{ id: string }>(
    db,
    sql`select s.id::text as id from sessions s
        where s.user_id in (select user_id from memberships where tenant_id = ${tenantId}) order by 1`,
  );
  for (const r of [...users, ...sessions]) all.add(r.id);
  byTable.set(
    'users',
    users.slice(0, perTable).map((r) => r.id),
  );
  if (sessions.length > 0)
    byTable.set(
      'sessions',
      sessions.slice(0, perTable).map((r) => r.id),
    );
  byTable.set('tenants', [tenantId]);
  return { byTable, all, tables: [...tables.map((t) => t.name), ...Object.values(EXTRA_ID_COLUMNS)] };
}
