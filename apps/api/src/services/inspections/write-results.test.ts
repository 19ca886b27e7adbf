import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { inspectionWorld } from '../../../test/inspection-fixtures.ts';

describeEachDatabase('inspections: the whole checklist in one submission', (ctx) => {
  it('checks every result first, then writes them in one upsert (a later entry for an item wins)', async () => {
    const w = await inspectionWorld(ctx);
    const sup = await w.client('sup');
    const { id } = dataOf(
      await sup.mutation('inspections.start', {
        contractId: w.contracts.main.id,
        serviceLineId: 'security',
        siteId: w.sites.a.id,
        kind: 'patrol',
      }),
    );
    const form = dataOf(await sup.query('inspections.get', { id }));
    const items = form.items;
    const conform = items.map((i: any) => ({ itemCode: i.code, result: 'conform' }));
    const strict = items.findIndex((i: any) => !i.allowNA);

    // One bad entry refuses the whole submission, named by its position; nothing is stored.
    const bad = conform.map((r: any, i: number) => (i === strict ? { ...r, result: 'na' } : r));
    const refused = await sup.mutation('inspections.submit', {
      inspectionId: id,
      clientSubmissionId: 'batch-0001',
      results: bad,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.data.fieldErrors).toEqual({ [`results.${strict}.result`]: expect.any(Array) });
    const none = await ctx.db
      .select()
      .from(schema.inspectionResults)
      .where(eq(schema.inspectionResults.inspectionId, id));
    expect(none).toHaveLength(0);

    // The first item twice: first a note, then plainly conforming; the later one is kept.
    const twice = [{ ...conform[0], note: 'first' }, ...conform];
    const done = dataOf(
      await sup.mutation('inspections.submit', {
        inspectionId: id,
        clientSubmissionId: 'batch-0002',
        results: twice,
      }),
    );
    expect(done).toEqual({ id, replayed: false });
    const stored = await ctx.db
      .select()
      .from(schema.inspectionResults)
      .where(eq(schema.inspectionResults.inspectionId, id));
    expect(stored).toHaveLength(items.length);
    expect(stored.find((r) => r.itemCode === conform[0].itemCode)?.note).toBe('');
    expect(new Set(stored.map((r) => r.result))).toEqual(new Set(['conform']));
  });
});
