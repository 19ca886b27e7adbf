import type { Role } from '@steward/access';
import { setAppTenantFilterDisabledForTests } from '@steward/db';
import type { DatabaseSuiteContext } from '@steward/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { trpcClient } from '../../test/client.ts';
import { testApp } from '../../test/harness.ts';
import { listProcedures } from '../trpc/access.ts';
import { appRouter } from '../trpc/router.ts';
import { jsonSchemaOf, probeInputs } from './input-probe.ts';
import { changedParts, fingerprintQuery } from './isolation-fingerprint.ts';
import { type FieldCoverage, probesFor } from './isolation-probes.ts';
import { PROBE_NOW } from './isolation-tenant-a.ts';
import { type IsolationWorld, isolationWorld, leakedIn, ROLES_OF_B } from './isolation-world.ts';
import { withoutAppRole } from './missing-role.ts';

/**
 * Tenant isolation (D1, ASVS 8.4.1): every registered procedure is called as every role of tenant B
 * with tenant A's ids, over HTTP. A is richly seeded (the generator's history plus what it does not
 * write) and every id field gets real ids of A from the table its name points into. Nothing of A may come
 * back and nothing of A may change. The second pass switches the API's own tenant filter off: row-level
 * security alone must still hold. The third proves the suite would notice a transaction that forgot to
 * switch to the application role. New procedures join automatically.
 */
export function isolationSuite(ctx: DatabaseSuiteContext): void {
  let w: IsolationWorld;
  let fingerprint: () => Promise<string>;
  beforeAll(async () => {
    const started = performance.now();
    w = await isolationWorld(ctx);
    fingerprint = await fingerprintQuery(ctx.db, w.a.tenantId);
    const empty = w.ids.tables.filter((t) => !w.ids.byTable.has(t));
    console.log(
      `[${ctx.kind}] isolation: tenant A seeded in ${Math.round(performance.now() - started)} ms, ${w.ids.all.size} ids; tables without rows of A: ${empty.join(', ') || 'none'}`,
    );
  }, 300_000);
  afterAll(() => setAppTenantFilterDisabledForTests(false));

  type Procedure = ReturnType<typeof listProcedures>[number];
  async function runPass(label: string, app = w.app, only?: (p: Procedure) => boolean) {
    const procedures = listProcedures(appRouter).filter((p) => !only || only(p));
    const defs = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: z.ZodType[] } }>;
    let attempts = 0;
    const leaks: string[] = [];
    const coverage: FieldCoverage[] = [];
    let before = await fingerprint();
    for (const procedure of procedures) {
      const input = defs[procedure.path]!._def.inputs[0];
      const json = input ? jsonSchemaOf(input) : undefined;
      const probed = probesFor(procedure.path, json, w.ids, w.aSession);
      coverage.push(...probed.coverage);
      const inputs = probeInputs(json, probed.probes);
      for (const role of ROLES_OF_B) {
        // One session per role and procedure; auth.* procedures may end it, so they get a fresh one per call.
        let cookie = await w.sessionFor(role as Role | 'operator');
        // The operator provisions tenants: seeing a tenant's id and name in the platform list is the job.
        const allowed = new Set(
          role === 'operator' && procedure.access?.kind === 'platform' ? [w.a.tenantId, w.a.name] : [],
        );
        for (const sample of inputs) {
          if (procedure.path.startsWith('auth.')) cookie = await w.sessionFor(role as Role | 'operator');
          const client = trpcClient(app, { cookie });
          const result =
            procedure.type === 'mutation'
              ? await client.mutation(procedure.path, sample)
              : await client.query(procedure.path, sample);
          attempts++;
          for (const marker of leakedIn(JSON.stringify(result.body), w, allowed))
            leaks.push(`${label} ${procedure.path} as ${role}: response contains ${marker}`);
          expect(result.status, `${procedure.path} as ${role}`).toBeLessThan(500);
        }
      }
      const after = await fingerprint();
      if (after !== before)
        leaks.push(
          `${label} ${procedure.path}: tenant A's rows changed in ${changedParts(before, after).join(', ')}`,
        );
      before = after;
    }
    const count = (c: FieldCoverage['coverage']) => coverage.filter((f) => f.coverage === c);
    console.log(
      `[${ctx.kind}] isolation ${label}: ${procedures.length} procedures, ${attempts} procedure × role attempts, ${leaks.length} leaks; id fields: ${count('real').length} probed with real ids of their table, ${count('unseeded').length} unseeded, ${count('unknown').length} unknown`,
      ...[...count('unseeded'), ...count('unknown')].map(
        (f) => `\n  ${f.coverage}: ${f.field} → ${f.tables.join(', ') || '?'}`,
      ),
    );
    return { attempts, leaks, procedures: procedures.length, coverage };
  }

  it('D1: no procedure returns or changes another tenant’s data, for any role', async () => {
    const { attempts, leaks, coverage } = await runPass('with the application filter');
    expect(leaks).toEqual([]);
    expect(attempts).toBeGreaterThan(1000);
    // The seeding reaches every table the API's id fields point into (a new one may wait for its seed).
    expect(coverage.filter((f) => f.coverage === 'real').length).toBeGreaterThan(100);
  }, 900_000);

  it('D1: row-level security alone holds when the application filter is switched off', async () => {
    setAppTenantFilterDisabledForTests(true);
    try {
      const { attempts, leaks } = await runPass('with RLS alone');
      expect(leaks).toEqual([]);
      expect(attempts).toBeGreaterThan(1000);
    } finally {
      setAppTenantFilterDisabledForTests(false);
    }
  }, 900_000);

  it('the suite notices a transaction that forgot SET ROLE (filter off, RLS bypassed): A leaks', async () => {
    const { app } = testApp(ctx, { db: withoutAppRole(ctx.db), clock: { now: () => PROBE_NOW } });
    setAppTenantFilterDisabledForTests(true);
    try {
      const reads = new Set([
        'sites.get',
        'contracts.get',
        'complaints.get',
        'vendors.list',
        'rectifications.get',
      ]);
      const { leaks } = await runPass('with the role switch sabotaged', app, (p) => reads.has(p.path));
      for (const path of reads)
        expect(
          leaks.some((l) => l.includes(` ${path} as `)),
          path,
        ).toBe(true);
    } finally {
      setAppTenantFilterDisabledForTests(false);
    }
  }, 300_000);
}
