CREATE TABLE "bulletins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"month" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"measures" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"generated_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "consequence_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"consequence_id" uuid NOT NULL,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"grounds" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution" text
);
--> statement-breakpoint
CREATE TABLE "consequence_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"consequence_id" uuid NOT NULL,
	"step" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"note" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consequence_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"key" text NOT NULL,
	"rule" text NOT NULL,
	"current" integer NOT NULL,
	"threshold" integer NOT NULL,
	"message_key" text NOT NULL,
	"params" jsonb NOT NULL,
	"facts" jsonb NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"cleared_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contract_consequence_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"rules" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deposit_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"balance_effect_fen" bigint NOT NULL,
	"balance_after_fen" bigint NOT NULL,
	"requested_fen" bigint,
	"consequence_id" uuid,
	"decision_id" uuid,
	"facts" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deposit_ledger_amount_positive" CHECK ("deposit_ledger"."amount_fen" > 0),
	CONSTRAINT "deposit_ledger_balance_non_negative" CHECK ("deposit_ledger"."balance_after_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "rule" text;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "requirement" text;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "period" text;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "message_key" text;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "params" jsonb;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "requested_fen" integer;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "approvals_required" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "consequences" ADD COLUMN "appeal_until" date;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_appeals" ADD CONSTRAINT "consequence_appeals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_appeals" ADD CONSTRAINT "consequence_appeals_consequence_id_consequences_id_fk" FOREIGN KEY ("consequence_id") REFERENCES "public"."consequences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_appeals" ADD CONSTRAINT "consequence_appeals_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_appeals" ADD CONSTRAINT "consequence_appeals_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_decisions" ADD CONSTRAINT "consequence_decisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_decisions" ADD CONSTRAINT "consequence_decisions_consequence_id_consequences_id_fk" FOREIGN KEY ("consequence_id") REFERENCES "public"."consequences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_decisions" ADD CONSTRAINT "consequence_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_warnings" ADD CONSTRAINT "consequence_warnings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consequence_warnings" ADD CONSTRAINT "consequence_warnings_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_consequence_rules" ADD CONSTRAINT "contract_consequence_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_consequence_rules" ADD CONSTRAINT "contract_consequence_rules_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_consequence_rules" ADD CONSTRAINT "contract_consequence_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deposit_ledger" ADD CONSTRAINT "deposit_ledger_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deposit_ledger" ADD CONSTRAINT "deposit_ledger_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deposit_ledger" ADD CONSTRAINT "deposit_ledger_consequence_id_consequences_id_fk" FOREIGN KEY ("consequence_id") REFERENCES "public"."consequences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deposit_ledger" ADD CONSTRAINT "deposit_ledger_decision_id_consequence_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."consequence_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deposit_ledger" ADD CONSTRAINT "deposit_ledger_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bulletins_month_key" ON "bulletins" USING btree ("tenant_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "consequence_appeals_key" ON "consequence_appeals" USING btree ("tenant_id","consequence_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consequence_decisions_person_key" ON "consequence_decisions" USING btree ("tenant_id","consequence_id","decided_by");--> statement-breakpoint
CREATE UNIQUE INDEX "consequence_warnings_key" ON "consequence_warnings" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE INDEX "consequence_warnings_contract_idx" ON "consequence_warnings" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contract_consequence_rules_key" ON "contract_consequence_rules" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deposit_ledger_seq_key" ON "deposit_ledger" USING btree ("tenant_id","contract_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "deposit_ledger_consequence_key" ON "deposit_ledger" USING btree ("tenant_id","consequence_id","kind");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON contract_consequence_rules TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON consequence_decisions TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON consequence_appeals TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON consequence_warnings TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON deposit_ledger TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON bulletins TO steward_app;
--> statement-breakpoint
ALTER TABLE contract_consequence_rules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE contract_consequence_rules FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON contract_consequence_rules FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE consequence_decisions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE consequence_decisions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON consequence_decisions FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE consequence_appeals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE consequence_appeals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON consequence_appeals FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE consequence_warnings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE consequence_warnings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON consequence_warnings FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE deposit_ledger ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE deposit_ledger FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON deposit_ledger FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE bulletins ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE bulletins FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON bulletins FOR ALL TO steward_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
--> statement-breakpoint
-- R19: the ledger and the decision steps are a record; corrections are new entries, never edits. A tenant's
-- removal (cascade from tenants) is the one delete allowed.
CREATE FUNCTION steward_refuse_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM tenants WHERE id = OLD.tenant_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% entries cannot be changed or deleted', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER deposit_ledger_immutable BEFORE UPDATE OR DELETE ON deposit_ledger
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_record_change();
--> statement-breakpoint
CREATE TRIGGER consequence_decisions_immutable BEFORE UPDATE OR DELETE ON consequence_decisions
  FOR EACH ROW EXECUTE FUNCTION steward_refuse_record_change();
