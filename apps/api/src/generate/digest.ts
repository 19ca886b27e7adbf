import { createHash } from 'node:crypto';
import { type Database, schema } from '@steward/db';
import { asc, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** Tables the generator fills, each with a column that orders its rows the same way everywhere. */
const TABLES: [string, PgTable & { tenantId: PgColumn }, (t: never) => PgColumn][] = [
  ['sites', schema.sites, (t: typeof schema.sites) => t.id],
  ['memberships', schema.memberships, (t: typeof schema.memberships) => t.id],
  ['vendors', schema.vendors, (t: typeof schema.vendors) => t.id],
  ['contracts', schema.contracts, (t: typeof schema.contracts) => t.id],
  ['tenant_service_lines', schema.tenantServiceLines, (t: typeof schema.tenantServiceLines) => t.id],
  ['template_snapshots', schema.templateSnapshots, (t: typeof schema.templateSnapshots) => t.hash],
  ['inspection_plans', schema.inspectionPlans, (t: typeof schema.inspectionPlans) => t.key],
  ['inspections', schema.inspections, (t: typeof schema.inspections) => t.id],
  ['inspection_results', schema.inspectionResults, (t: typeof schema.inspectionResults) => t.id],
  ['evidence', schema.evidence, (t: typeof schema.evidence) => t.id],
  ['rectifications', schema.rectifications, (t: typeof schema.rectifications) => t.id],
  ['score_bonuses', schema.scoreBonuses, (t: typeof schema.scoreBonuses) => t.id],
  ['complaints', schema.complaints, (t: typeof schema.complaints) => t.id],
  ['complaint_events', schema.complaintEvents, (t: typeof schema.complaintEvents) => t.id],
  ['survey_questionnaires', schema.surveyQuestionnaires, (t: typeof schema.surveyQuestionnaires) => t.id],
  ['survey_rounds', schema.surveyRounds, (t: typeof schema.surveyRounds) => t.id],
  ['survey_round_targets', schema.surveyRoundTargets, (t: typeof schema.surveyRoundTargets) => t.id],
  ['survey_responses', schema.surveyResponses, (t: typeof schema.surveyResponses) => t.id],
] as never;

/** Columns the database fills itself (random plan ids, insert times): not part of what a seed decides. */
const VOLATILE: Record<string, string[]> = { inspection_plans: ['id', 'createdAt', 'inspectionId'] };

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/**
 * SHA-256 over every generated row of the given tenants (and their users), table by table in a fixed
 * order: two runs with the same seed give the same digest, on PGlite as on PostgreSQL. Read as the
 * owner connection (tests, the CLI); per-table digests say where two runs differ.
 */
export async function digestTenants(db: Database, tenantIds: string[]) {
  const tables: Record<string, string> = {};
  const all = createHash('sha256');
  const userIds: string[] = [];
  for (const [name, table, order] of TABLES) {
    const rows = (await db
      .select()
      .from(table as PgTable)
      .where(inArray(table.tenantId, tenantIds))
      .orderBy(asc(table.tenantId), asc(order(table as never)))) as Record<string, unknown>[];
    if (name === 'memberships') userIds.push(...rows.map((r) => r.userId as string));
    const drop = VOLATILE[name] ?? [];
    const text = JSON.stringify(
      rows.map((r) => canonical(Object.fromEntries(Object.entries(r).filter(([k]) => !drop.includes(k))))),
    );
    tables[name] = createHash('sha256').update(text).digest('hex');
    all.update(`${name}:${tables[name]}\n`);
  }
  const users = userIds.length
    ? await db
        .select({ id: schema.users.id, email: schema.users.email, name: schema.users.displayName })
        .from(schema.users)
        .where(inArray(schema.users.id, userIds))
        .orderBy(asc(schema.users.id))
    : [];
  tables.users = createHash('sha256').update(JSON.stringify(users)).digest('hex');
  all.update(`users:${tables.users}\n`);
  return { digest: all.digest('hex'), tables };
}
