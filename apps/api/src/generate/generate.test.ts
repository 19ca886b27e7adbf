import { type Database, inTenant, schema } from '@steward/db';
import { createTestDatabase, describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { installedPlugins } from '../plugins.ts';
import { assessMonth } from '../services/scores/assess.ts';
import { digestTenants } from './digest.ts';
import { generate } from './index.ts';

const OPTIONS = { tenants: 1, sites: 2, contracts: 5, months: 3, asOf: '2026-03-18' };

async function generateAndDigest(db: Database, seed: number) {
  const summary = await generate(db, { ...OPTIONS, seed });
  return {
    summary,
    ...(await digestTenants(
      db,
      summary.tenants.map((t) => t.id),
    )),
  };
}

describeEachDatabase('generator', (ctx) => {
  it('gives identical data for the same seed (digest) and other data for another seed', async () => {
    const first = await generateAndDigest(ctx.db, 42);
    expect(first.summary.rows.inspections).toBeGreaterThan(100);
    expect(first.summary.rows.inspection_results).toBeGreaterThan(1000);
    const other = await createTestDatabase(ctx.kind);
    try {
      const again = await generateAndDigest(other.handle.db, 42);
      expect(again.tables).toEqual(first.tables);
      expect(again.digest).toBe(first.digest);
      expect(again.summary.rows).toEqual(first.summary.rows);
    } finally {
      await other.dispose();
    }
    const different = await generateAndDigest(ctx.db, 43);
    expect(different.digest).not.toBe(first.digest);
  }, 120_000);

  it('writes coherent records: bounded deductions, N/A only where allowed, evidence, every notice state, scores', async () => {
    const { summary } = await generateAndDigest(ctx.db, 7);
    const tenantId = summary.tenants[0]!.id;
    const registry = installedPlugins();
    await inTenant(ctx.db, { tenantId, userId: null }, async (tx) => {
      const snapshots = await tx
        .select()
        .from(schema.templateSnapshots)
        .where(eq(schema.templateSnapshots.tenantId, tenantId));
      const items = new Map<string, { allowNA: boolean; deduction: { min: number; max: number } }>();
      for (const s of snapshots)
        for (const item of (
          s.content as {
            items: { code: string; allowNA: boolean; deduction: { min: number; max: number } }[];
          }
        ).items)
          items.set(item.code, item);
      const results = await tx
        .select()
        .from(schema.inspectionResults)
        .where(eq(schema.inspectionResults.tenantId, tenantId));
      for (const r of results) {
        const item = items.get(r.itemCode)!;
        if (r.result === 'na') expect(item.allowNA).toBe(true);
        if (r.result === 'nonconform') {
          expect(r.deductionCenti).toBeGreaterThanOrEqual(Math.round(item.deduction.min * 100));
          expect(r.deductionCenti).toBeLessThanOrEqual(Math.round(item.deduction.max * 100));
        } else expect(r.deductionCenti).toBe(0);
      }
      expect(new Set(results.map((r) => r.result))).toEqual(new Set(['conform', 'nonconform', 'na']));
      const notices = await tx
        .select()
        .from(schema.rectifications)
        .where(eq(schema.rectifications.tenantId, tenantId));
      expect(new Set(notices.map((n) => n.status))).toEqual(
        new Set(['open', 'answered', 'fixed', 'partly_fixed', 'not_fixed']),
      );
      const photos = await tx.select().from(schema.evidence).where(eq(schema.evidence.tenantId, tenantId));
      expect(photos.length).toBeGreaterThan(0);
      const [tenant] = await tx.select().from(schema.tenants).where(eq(schema.tenants.id, tenantId));
      const contracts = await tx
        .select()
        .from(schema.contracts)
        .where(eq(schema.contracts.tenantId, tenantId));
      expect(new Set(contracts.map((c) => c.serviceLineIds[0])).size).toBe(5);
      for (const contract of contracts) {
        const { assessment } = await assessMonth(tx, tenant!, contract, '2026-02');
        expect(assessment.composite.status).toBe('scored');
      }
    });
    expect(registry.ids().length).toBeGreaterThan(0);
    expect(summary.rows.complaints).toBeGreaterThan(0);
    expect(summary.rows.survey_responses).toBeGreaterThan(0);
  }, 120_000);
});
