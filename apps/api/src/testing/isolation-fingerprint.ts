import { type Database, queryRows } from '@steward/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * A digest of everything a tenant owns, read as the database owner (RLS does not apply to it): every
 * tenant table's rows, the tenant row, its members' user rows and their sessions (no call of another
 * tenant's may end or alter them). One statement, so that checking after every procedure stays cheap.
 */
export async function fingerprintQuery(db: Database, tenantId: string): Promise<() => Promise<string>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
        order by 1`,
  );
  const members = sql`(select user_id from memberships where tenant_id = ${tenantId})`;
  const parts: SQL[] = tables.map(
    ({ name }) =>
      sql`select ${name} as name, count(*)::int as n,
            md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
          from ${sql.identifier(name)} t where t.tenant_id = ${tenantId}`,
  );
  parts.push(
    sql`select 'tenant', count(*)::int, md5(coalesce(string_agg(t::text, '|'), '')) from tenants t where id = ${tenantId}`,
    sql`select 'users', count(*)::int, md5(coalesce(string_agg(u::text, '|' order by u.id), ''))
        from users u where u.id in ${members}`,
    sql`select 'sessions', count(*)::int,
          md5(coalesce(string_agg(s.id || s.secret_hash || coalesce(s.active_tenant_id::text, ''), '|' order by s.id), ''))
        from sessions s where s.user_id in ${members}`,
  );
  const query = sql.join(parts, sql` union all `);
  return async () => {
    const rows = await queryRows<{ name: string; n: number; digest: string }>(db, query);
    return rows.map((r) => `${r.name}:${r.n}:${r.digest}`).join(';');
  };
}

/** The tables whose part of two fingerprints differs: what a leak report names. */
export function changedParts(before: string, after: string): string[] {
  const was = new Map(before.split(';').map((p) => [p.split(':')[0]!, p] as const));
  return after
    .split(';')
    .filter((p) => was.get(p.split(':')[0]!) !== p)
    .map((p) => p.split(':')[0]!);
}
