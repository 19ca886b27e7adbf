-- Tenant isolation, second wall: PostgreSQL row-level security (the first is the API's tenant filter).
-- The application works as `steward_app`: it owns nothing, is not a superuser and cannot bypass RLS.
-- Every transaction that touches tenant data runs `SET LOCAL ROLE steward_app` and sets the
-- transaction-local `app.tenant_id` / `app.user_id` (pooler-safe: set_config(..., true)).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'steward_app') THEN
    CREATE ROLE steward_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO steward_app;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'drizzle') THEN
    GRANT USAGE ON SCHEMA drizzle TO steward_app;
    GRANT SELECT ON drizzle.__drizzle_migrations TO steward_app;
  END IF;
END
$$;
--> statement-breakpoint
-- Identity tables (not tenant data): what sign-in and sessions need.
GRANT SELECT, INSERT, UPDATE ON users TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, login_failures TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON password_resets TO steward_app;
--> statement-breakpoint
-- The outbox is written by the app and read only by the delivery job, which runs as the owner.
GRANT INSERT ON outbox TO steward_app;
--> statement-breakpoint
-- Tenant tables. History is kept: nothing here is deleted by the application.
GRANT SELECT, INSERT, UPDATE ON tenants, memberships, invitations, sites, grants TO steward_app;
--> statement-breakpoint
-- The audit chain: append and read, never change.
GRANT SELECT, INSERT ON audit_log TO steward_app;
--> statement-breakpoint
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sites ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sites FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE grants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE grants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A tenant row is visible in its own context, to its members (for the tenant switcher), and to the
-- platform operator's provisioning transactions (app.platform = 'on'), which alone may create tenants.
CREATE POLICY tenants_read ON tenants FOR SELECT TO steward_app USING (
  id = nullif(current_setting('app.tenant_id', true), '')::uuid
  OR current_setting('app.platform', true) = 'on'
  OR EXISTS (
    SELECT 1 FROM memberships m
    WHERE m.tenant_id = tenants.id
      AND m.user_id = nullif(current_setting('app.user_id', true), '')::uuid
      AND m.disabled_at IS NULL
  )
);
--> statement-breakpoint
CREATE POLICY tenants_create ON tenants FOR INSERT TO steward_app
  WITH CHECK (current_setting('app.platform', true) = 'on');
--> statement-breakpoint
CREATE POLICY tenants_update ON tenants FOR UPDATE TO steward_app
  USING (id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- A user also sees their own memberships in other tenants (to choose where to work).
CREATE POLICY memberships_read ON memberships FOR SELECT TO steward_app USING (
  tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
  OR user_id = nullif(current_setting('app.user_id', true), '')::uuid
);
--> statement-breakpoint
CREATE POLICY memberships_write ON memberships FOR INSERT TO steward_app
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY tenant_isolation ON invitations FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY tenant_isolation ON sites FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY tenant_isolation ON grants FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY audit_read ON audit_log FOR SELECT TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY audit_append ON audit_log FOR INSERT TO steward_app
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
