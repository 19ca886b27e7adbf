import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';
import { queryRows } from './rows.ts';
import { APP_ROLE } from './tenancy.ts';

/** SECURITY DEFINER functions the application role may execute. Empty: none is needed today. */
export const ALLOWED_SECURITY_DEFINER_FUNCTIONS: readonly string[] = [];

/**
 * Why the application role could escape row-level security, if it could. Start-up refuses to serve
 * when this is not empty; the catalog test asserts it is.
 */
export async function appRoleProblems(db: Database): Promise<string[]> {
  const problems: string[] = [];
  const [role] = await queryRows<{ rolsuper: boolean; rolbypassrls: boolean }>(
    db,
    sql`select rolsuper, rolbypassrls from pg_roles where rolname = ${APP_ROLE}`,
  );
  if (!role) return [`role ${APP_ROLE} does not exist: run the migrations`];
  if (role.rolsuper) problems.push(`${APP_ROLE} is a superuser`);
  if (role.rolbypassrls) problems.push(`${APP_ROLE} has BYPASSRLS`);
  const owned = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${APP_ROLE}`,
  );
  for (const { name } of owned) problems.push(`${APP_ROLE} owns ${name} (owners bypass RLS unless forced)`);
  const tables = await queryRows<{ name: string; enabled: boolean; forced: boolean; policies: number }>(
    db,
    sql`select c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
          (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
  );
  for (const t of tables) {
    if (!t.enabled) problems.push(`tenant table ${t.name} has row-level security disabled`);
    if (!t.forced) problems.push(`tenant table ${t.name} does not force row-level security`);
    if (t.policies === 0) problems.push(`tenant table ${t.name} has no policy`);
  }
  const views = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'v'
          and not coalesce(c.reloptions @> array['security_invoker=true'], false)`,
  );
  for (const { name } of views) problems.push(`view ${name} is not security_invoker`);
  const definers = await queryRows<{ name: string }>(
    db,
    sql`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema')
          and has_function_privilege(${APP_ROLE}, p.oid, 'EXECUTE')`,
  );
  for (const { name } of definers) {
    if (!ALLOWED_SECURITY_DEFINER_FUNCTIONS.includes(name)) {
      problems.push(`SECURITY DEFINER function ${name} is executable by ${APP_ROLE}`);
    }
  }
  return problems;
}
