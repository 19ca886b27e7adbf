import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { inspectionWorld } from '../../../test/inspection-fixtures.ts';

describeEachDatabase('inspections from plans of every kind', (ctx) => {
  async function plan(
    w: Awaited<ReturnType<typeof inspectionWorld>>,
    row: {
      key: string;
      contractId: string;
      serviceLineId: string;
      kind: string;
      templateCode: string;
      cadenceCode?: string;
    },
  ) {
    const [p] = await ctx.db
      .insert(schema.inspectionPlans)
      .values({
        tenantId: w.tenant.id,
        scope: 'line',
        pluginId: row.serviceLineId,
        periodStart: '2026-03-02',
        dueOn: '2026-03-02',
        siteId: w.sites.a.id,
        ...row,
      })
      .returning();
    return p!;
  }

  it('a vendor records its own self-inspection from its plan, apart from the supervisors', async () => {
    const w = await inspectionWorld(ctx);
    const self = await plan(w, {
      key: 'self-1',
      contractId: w.contracts.main.id,
      serviceLineId: 'elevator',
      kind: 'self',
      templateCode: 'elevator.half-monthly',
    });
    const vendor = await w.client('vendor');
    expect((await vendor.mutation('inspections.start', { planId: self.id })).status).toBe(403);
    const started = dataOf(await vendor.mutation('inspections.startSelf', { planId: self.id }));
    const form = dataOf(await vendor.query('inspections.get', { id: started.id }));
    expect(form.inspection).toMatchObject({
      source: 'self',
      kind: 'self',
      templateCode: 'elevator.half-monthly',
    });
    expect(form.mine).toBe(true);
    const other = await w.client('other-vendor');
    expect((await other.mutation('inspections.startSelf', { planId: self.id })).status).toBe(404);
    expect((await other.query('inspections.get', { id: started.id })).status).toBe(404);
  });

  it('a planned external inspection opens with the type that uses its checklist', async () => {
    const w = await inspectionWorld(ctx);
    const health = await plan(w, {
      key: 'ext-1',
      contractId: w.contracts.other.id,
      serviceLineId: 'catering',
      kind: 'external',
      templateCode: 'CAT-TPL-PATROL',
    });
    const sup = await w.client('sup');
    const started = dataOf(await sup.mutation('inspections.start', { planId: health.id }));
    const form = dataOf(await sup.query('inspections.get', { id: started.id }));
    expect(form.inspection).toMatchObject({
      source: 'external',
      kind: 'external',
      externalTypeCode: 'CAT-EXT-HEALTH',
    });
    expect(form.external.records.length).toBeGreaterThan(0);
    expect(form.items.length).toBeGreaterThan(0);
  });

  it('a cumulative cadence walks its own items and those of the templates it includes (TSG T5002)', async () => {
    const w = await inspectionWorld(ctx);
    const quarterly = await plan(w, {
      key: 'self-q',
      contractId: w.contracts.main.id,
      serviceLineId: 'elevator',
      kind: 'self',
      templateCode: 'elevator.quarterly',
      cadenceCode: 'elevator.cadence.quarterly',
    });
    const halfMonthly = await plan(w, {
      key: 'self-h',
      contractId: w.contracts.main.id,
      serviceLineId: 'elevator',
      kind: 'self',
      templateCode: 'elevator.half-monthly',
      cadenceCode: 'elevator.cadence.half-monthly',
    });
    const vendor = await w.client('vendor');
    const q = dataOf(
      await vendor.query('inspections.get', {
        id: dataOf(await vendor.mutation('inspections.startSelf', { planId: quarterly.id })).id,
      }),
    );
    const h = dataOf(
      await vendor.query('inspections.get', {
        id: dataOf(await vendor.mutation('inspections.startSelf', { planId: halfMonthly.id })).id,
      }),
    );
    const codes = new Set(q.items.map((i: any) => i.code));
    expect(h.items.every((i: any) => codes.has(i.code))).toBe(true);
    expect(q.items.length).toBeGreaterThan(h.items.length);
  });
});
