import { addMonths, type IsoDate } from '@steward/core';
import { appendAudit, asPlatform, type Database, inTenant, schema } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { inArray } from 'drizzle-orm';
import type { BlobStore } from '../blob/blob-store.ts';
import { installedPlugins } from '../plugins.ts';
import { generatePlansForTenant } from '../services/plans/generate.ts';
import { CHUNK_ROWS, insertChunked } from './batch.ts';
import { contractMonth, type EvidenceBlob, emptyRows, type HistoryRows } from './history.ts';
import { solidPng } from './png.ts';
import { complaintsOfMonth, type PublicRows, surveysOf } from './public.ts';
import { rngFor } from './random.ts';
import { createTenantBase } from './tenant.ts';

export interface GenerateOptions {
  /** the same seed (and the same other options) always gives the same rows, ids included */
  seed: number;
  tenants: number;
  sites: number;
  contracts: number;
  /** months of history ending with the month of `asOf` */
  months: number;
  /** the generator's "today": history stops here, recent records are still open */
  asOf: IsoDate;
  /** patrols per site and contract in a full month (default 6) */
  patrolsPerSite?: number;
  /** where the evidence files go; without one the rows point at keys nothing stores */
  blobs?: BlobStore;
  registry?: PluginRegistry;
  /** history months written per flush (memory stays flat however long the history) */
  monthsPerFlush?: number;
}

export interface GenerateSummary {
  seed: number;
  asOf: IsoDate;
  tenants: { id: string; name: string; contractIds: string[]; userIds: Record<string, string> }[];
  rows: Record<string, number>;
  ms: number;
}

const TIME_ZONE = 'Asia/Shanghai';
const MINIMAL_PDF = new TextEncoder().encode(
  '%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export async function evidenceBlobs(tenantId: string, blobs: BlobStore | undefined): Promise<EvidenceBlob[]> {
  const { createHash } = await import('node:crypto');
  const files = [
    ...[
      [200, 60, 60],
      [60, 160, 60],
      [60, 90, 200],
      [220, 180, 40],
    ].map((rgb, i) => ({
      name: `photo-${i}`,
      ...solidPng(rgb as [number, number, number]),
      type: 'image/png',
    })),
    {
      name: 'record',
      bytes: MINIMAL_PDF,
      sha256: createHash('sha256').update(MINIMAL_PDF).digest('hex'),
      type: 'application/pdf',
    },
  ];
  const out: EvidenceBlob[] = [];
  for (const f of files) {
    const key = `tenants/${tenantId}/evidence/generated-${f.name}`;
    await blobs?.put(key, f.bytes, f.type);
    out.push({ key, sha256: f.sha256, size: f.bytes.length, contentType: f.type });
  }
  return out;
}

function count(rows: Record<string, number>, table: string, n: number) {
  rows[table] = (rows[table] ?? 0) + n;
}

/** Writes a slice of history: one multi-row INSERT per table and chunk, inspections submitted last. */
export async function flushHistory(
  tx: Database,
  h: HistoryRows,
  p: PublicRows,
  rows: Record<string, number>,
) {
  count(rows, 'inspections', await insertChunked(tx, schema.inspections, h.inspections));
  count(rows, 'inspection_results', await insertChunked(tx, schema.inspectionResults, h.results));
  count(rows, 'evidence', await insertChunked(tx, schema.evidence, h.evidence));
  for (let i = 0; i < h.submitted.length; i += CHUNK_ROWS)
    await tx
      .update(schema.inspections)
      .set({ status: 'submitted' })
      .where(inArray(schema.inspections.id, h.submitted.slice(i, i + CHUNK_ROWS)));
  // Round-2 notices point at round 1 only through previous_id (no foreign key), so one batch is fine.
  count(rows, 'rectifications', await insertChunked(tx, schema.rectifications, h.rectifications));
  count(rows, 'score_bonuses', await insertChunked(tx, schema.scoreBonuses, h.bonuses));
  count(rows, 'complaints', await insertChunked(tx, schema.complaints, p.complaints));
  count(rows, 'complaint_events', await insertChunked(tx, schema.complaintEvents, p.events));
}

/**
 * Writes `tenants` agencies, each with `sites` sites and `contracts` contracts across the five lines, and
 * `months` months of coherent history: submitted inspections with results (mostly conforming, findings
 * with deductions within the item's bounds and photos, N/A only where allowed), rectification notices in
 * every state, bonuses, complaints, quarterly survey rounds with responses, and the scheduler's plans
 * around today. Straight into the app's tables, one multi-row INSERT per table and chunk; each tenant in
 * its own transaction as the application role, so row-level security checks every row.
 */
export async function generate(db: Database, options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  const registry = options.registry ?? installedPlugins();
  const from = addMonths(`${options.asOf.slice(0, 7)}-01`, -(options.months - 1));
  const rows: Record<string, number> = {};
  const summary: GenerateSummary = { seed: options.seed, asOf: options.asOf, tenants: [], rows, ms: 0 };
  // Rows carry the history's own times, never the wall clock, so a rerun is identical.
  const createdAt = new Date(`${addMonths(from, -1)}T00:00:00+08:00`);
  for (let t = 0; t < options.tenants; t++) {
    const rng = rngFor(options.seed, `tenant:${t}`);
    const tenantId = rng.uuid();
    const name = `生成示范机关事务管理局 ${options.seed}-${t + 1}`;
    await asPlatform(db, null, (tx) =>
      tx.insert(schema.tenants).values({
        id: tenantId,
        name,
        region: '生成',
        timeZone: TIME_ZONE,
        settings: { mfaRequiredRoles: [] },
        createdAt,
      }),
    );
    count(rows, 'tenants', 1);
    await inTenant(db, { tenantId, userId: null }, async (tx) => {
      const base = await createTenantBase(tx, {
        tenantId,
        index: t,
        seed: options.seed,
        sites: options.sites,
        contracts: options.contracts,
        from,
        until: options.asOf,
        createdAt,
        registry,
        rng,
      });
      const blobs = await evidenceBlobs(tenantId, options.blobs);
      let h = emptyRows();
      let p: PublicRows = { complaints: [], events: [] };
      const perFlush = options.monthsPerFlush ?? 6;
      for (let i = 0; i < options.months; i++) {
        const month = addMonths(from, i).slice(0, 7);
        // One stream per month: a longer history only adds months, it never reshuffles the others.
        const monthRng = rngFor(options.seed, `tenant:${t}/month:${month}`);
        const ctx = {
          base,
          rng: monthRng,
          timeZone: TIME_ZONE,
          month,
          asOf: options.asOf,
          blobs,
          patrolsPerSite: options.patrolsPerSite ?? 6,
        };
        for (const contract of base.contracts) contractMonth(ctx, h, contract);
        complaintsOfMonth(base, monthRng, p, { month, asOf: options.asOf, timeZone: TIME_ZONE });
        if ((i + 1) % perFlush === 0 || i === options.months - 1) {
          await flushHistory(tx, h, p, rows);
          h = emptyRows();
          p = { complaints: [], events: [] };
        }
      }
      const surveys = surveysOf(base, rngFor(options.seed, `tenant:${t}/surveys`), registry, {
        from,
        asOf: options.asOf,
        createdAt,
      });
      count(
        rows,
        'survey_questionnaires',
        await insertChunked(tx, schema.surveyQuestionnaires, surveys.questionnaires),
      );
      count(rows, 'survey_rounds', await insertChunked(tx, schema.surveyRounds, surveys.rounds));
      count(
        rows,
        'survey_round_targets',
        await insertChunked(tx, schema.surveyRoundTargets, surveys.targets),
      );
      count(rows, 'survey_responses', await insertChunked(tx, schema.surveyResponses, surveys.responses));
      // The scheduler's own plans around today, through the app's service (deterministic keys).
      const now = new Date(`${options.asOf}T04:00:00Z`);
      const plans = await generatePlansForTenant(tx, tenantId, {
        now,
        registry,
        from: `${options.asOf.slice(0, 7)}-01`,
        to: addMonths(`${options.asOf.slice(0, 7)}-01`, 1),
      });
      count(rows, 'inspection_plans', plans.inserted);
      await appendAudit(tx, { tenantId, userId: null }, now, {
        action: 'generate',
        entity: 'tenant',
        entityId: tenantId,
        after: {
          seed: options.seed,
          months: options.months,
          sites: options.sites,
          contracts: options.contracts,
        },
        actorKind: 'system',
      });
      summary.tenants.push({
        id: tenantId,
        name,
        contractIds: base.contracts.map((c) => c.id),
        userIds: base.people,
      });
    });
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
