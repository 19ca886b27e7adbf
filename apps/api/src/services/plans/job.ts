import { localDate } from '@steward/core';
import { appendAudit, asPlatform, type Database, inTenant, schema } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { eq } from 'drizzle-orm';
import { errorFields, type Logger } from '../../logger.ts';
import { installedPlugins } from '../../plugins.ts';
import { runConsequencesIfDue } from '../consequence-engine/run.ts';
import { generatePlansForTenant } from './generate.ts';
import { markPlansDone, markPlansMissed } from './status.ts';

export interface TenantRunResult {
  tenantId: string;
  inserted: number;
  withdrawn: number;
  done: number;
  missed: number;
  ms: number;
}

export interface JobRunResult {
  tenants: number;
  failed: number;
  inserted: number;
  withdrawn: number;
  done: number;
  missed: number;
  ms: number;
  perTenant: TenantRunResult[];
}

/** One tenant's share of the job, in its own transaction as the app role: plans, then done, then missed. */
export async function runTenantPlanning(
  db: Database,
  tenantId: string,
  now: Date,
  registry: PluginRegistry,
): Promise<TenantRunResult> {
  const started = Date.now();
  return inTenant(db, { tenantId, userId: null }, async (tx) => {
    const [tenant] = await tx
      .select({ timeZone: schema.tenants.timeZone })
      .from(schema.tenants)
      .where(eq(schema.tenants.id, tenantId));
    const today = localDate(now.getTime(), tenant?.timeZone);
    const generated = await generatePlansForTenant(tx, tenantId, { now, registry });
    const done = await markPlansDone(tx, tenantId);
    const missed = await markPlansMissed(tx, tenantId, today);
    if (generated.inserted + generated.withdrawn + done + missed > 0) {
      // Nothing is written when nothing changed: a quiet run every 15 minutes leaves no trace in the chain.
      await appendAudit(tx, { tenantId, userId: null }, now, {
        action: 'plans.schedule',
        entity: 'tenant',
        entityId: tenantId,
        after: {
          from: generated.from,
          to: generated.to,
          inserted: generated.inserted,
          withdrawn: generated.withdrawn,
          done,
          missed,
        },
        actorKind: 'system',
      });
    }
    return {
      tenantId,
      inserted: generated.inserted,
      withdrawn: generated.withdrawn,
      done,
      missed,
      ms: Date.now() - started,
    };
  });
}

/**
 * The scheduled job (a timer in the Node server, the Cron Trigger on Workers): for every tenant, generate
 * the inspection plans of the horizon and mark what was done or missed. Safe to run any number of times;
 * one tenant's failure is logged and does not stop the others.
 */
export async function runScheduledJobs(
  db: Database,
  now: Date,
  logger: Logger,
  registry: PluginRegistry = installedPlugins(),
): Promise<JobRunResult> {
  const started = Date.now();
  const tenantIds = await asPlatform(db, null, (tx) =>
    tx.select({ id: schema.tenants.id }).from(schema.tenants).orderBy(schema.tenants.id),
  );
  const perTenant: TenantRunResult[] = [];
  let failed = 0;
  for (const { id } of tenantIds) {
    try {
      const result = await runTenantPlanning(db, id, now, registry);
      perTenant.push(result);
      logger.debug('plans scheduled for tenant', { ...result });
      // Issue 7: once a day, consequences proposed and early warnings refreshed (never stops the plans).
      await runConsequencesIfDue(db, id, now, logger);
    } catch (error) {
      failed++;
      logger.error('plan scheduling failed for tenant', { tenantId: id, ...errorFields(error) });
    }
  }
  const sum = (k: 'inserted' | 'withdrawn' | 'done' | 'missed') => perTenant.reduce((n, r) => n + r[k], 0);
  const result = {
    tenants: tenantIds.length,
    failed,
    inserted: sum('inserted'),
    withdrawn: sum('withdrawn'),
    done: sum('done'),
    missed: sum('missed'),
    ms: Date.now() - started,
    perTenant,
  };
  const { perTenant: _, ...counts } = result;
  logger.info('scheduled job ran', { job: 'plans', ...counts });
  return result;
}
