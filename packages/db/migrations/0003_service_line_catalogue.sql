CREATE TABLE "plugin_releases" (
	"plugin_id" text NOT NULL,
	"version" text NOT NULL,
	"source" text NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_releases_plugin_id_version_pk" PRIMARY KEY("plugin_id","version")
);
--> statement-breakpoint
CREATE TABLE "tenant_data_plugins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"version" text NOT NULL,
	"format" text NOT NULL,
	"source_text" text NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_service_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"source" text NOT NULL,
	"pinned_version" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"enabled_at" timestamp with time zone,
	"enabled_by" uuid,
	"overlay_operations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"overlay_based_on" text,
	"overlay_version" integer DEFAULT 0 NOT NULL,
	"overlay_updated_at" timestamp with time zone,
	"overlay_updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenant_data_plugins" ADD CONSTRAINT "tenant_data_plugins_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_data_plugins" ADD CONSTRAINT "tenant_data_plugins_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_service_lines" ADD CONSTRAINT "tenant_service_lines_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_service_lines" ADD CONSTRAINT "tenant_service_lines_enabled_by_users_id_fk" FOREIGN KEY ("enabled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_service_lines" ADD CONSTRAINT "tenant_service_lines_overlay_updated_by_users_id_fk" FOREIGN KEY ("overlay_updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_data_plugins_tenant_plugin_version_key" ON "tenant_data_plugins" USING btree ("tenant_id","plugin_id","version");--> statement-breakpoint
CREATE INDEX "tenant_data_plugins_tenant_idx" ON "tenant_data_plugins" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_service_lines_tenant_plugin_key" ON "tenant_service_lines" USING btree ("tenant_id","plugin_id");--> statement-breakpoint
GRANT SELECT, INSERT ON plugin_releases TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tenant_service_lines TO steward_app;
--> statement-breakpoint
ALTER TABLE tenant_service_lines ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant_service_lines FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenant_service_lines FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
GRANT SELECT, INSERT ON tenant_data_plugins TO steward_app;
--> statement-breakpoint
ALTER TABLE tenant_data_plugins ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant_data_plugins FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenant_data_plugins FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
