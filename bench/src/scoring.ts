import { type Database, inTenant, schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import { generate } from '../../apps/api/src/generate/index.ts';
import { assessMonth } from '../../apps/api/src/services/scores/assess.ts';
import type { Measurement } from './report.ts';
import { median, timeRuns } from './util.ts';

/**
 * Section c: the monthly score of one contract-month and of a whole tenant-month (every contract), for a
 * tenant with 1, 10 and 100 months of history. Tenants are generated one after the other and measured
 * right after their generation, so the tables grow with the history as they would in production; only
 * the scoring of the current month is timed.
 */
export async function scoringSection(input: {
  db: Database;
  column: string;
  asOf: string;
  sizes: number[];
  seed: number;
}): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const month = input.asOf.slice(0, 7);
  for (const months of input.sizes) {
    const summary = await generate(input.db, {
      seed: input.seed + months,
      tenants: 1,
      sites: 2,
      contracts: 5,
      months,
      asOf: input.asOf,
    });
    const tenantId = summary.tenants[0]!.id;
    out.push({
      section: 'c',
      name: `generate ${months}× history ms`,
      column: input.column,
      value: summary.ms,
      unit: 'ms',
    });
    const score = (all: boolean) =>
      inTenant(input.db, { tenantId, userId: null }, async (tx) => {
        const [tenant] = await tx.select().from(schema.tenants).where(eq(schema.tenants.id, tenantId));
        const contracts = await tx
          .select()
          .from(schema.contracts)
          .where(eq(schema.contracts.tenantId, tenantId));
        for (const contract of all ? contracts : contracts.slice(0, 1))
          await assessMonth(tx, tenant!, contract, month);
      });
    out.push({
      section: 'c',
      name: `contract-month ${months}× ms`,
      column: input.column,
      value: median(await timeRuns(() => score(false), 15, 3)),
      unit: 'ms',
    });
    out.push({
      section: 'c',
      name: `tenant-month ${months}× ms`,
      column: input.column,
      value: median(await timeRuns(() => score(true), 9, 2)),
      unit: 'ms',
    });
  }
  return out;
}
