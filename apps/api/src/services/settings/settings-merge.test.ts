import { asPlatform, inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn } from '../../../test/rectification-fixtures.ts';
import { saveTiers } from '../surveys/tiers.ts';

describeEachDatabase('tenant settings: every screen writes only its own keys', (ctx) => {
  it('a save that read the settings before a calendar entry was made does not erase the entry', async () => {
    const clock = fixedClock('2026-11-27T02:00:00Z');
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, `settings-merge-${ctx.kind}`);
    const admin = await signedIn(app, w, clock)('admin');
    const read = async () => {
      const [row] = await asPlatform(ctx.db, null, (tx) =>
        tx.select().from(schema.tenants).where(eq(schema.tenants.id, w.tenant.id)),
      );
      return row!.settings;
    };
    // The survey screen's request read the settings first (as a request does at its start)…
    const stale = await read();
    // …meanwhile an admin enters next year's first day off…
    dataOf(
      await admin.mutation('settings.addCalendarOverride', {
        kind: 'holiday',
        from: '2027-01-01',
        name: '元旦',
      }),
    );
    // …then the survey tiers are saved from the earlier read.
    await inTenant(ctx.db, { tenantId: w.tenant.id, userId: null }, (tx) =>
      saveTiers(tx, w.tenant.id, stale, [
        { from: 0, name: '不满意', amountFen: 0 },
        { from: 90, name: '满意', amountFen: 100_000 },
      ]),
    );
    const calendar = dataOf(await admin.query('settings.calendar'));
    expect(JSON.stringify(calendar)).toContain('2027-01-01');
    // Other screens' saves through the API keep it too.
    dataOf(await admin.mutation('tenant.update', { mfaRequiredRoles: ['leader'] }));
    dataOf(await admin.mutation('tenant.update', { name: '示范局' }));
    const after = (await read()) as unknown as Record<string, unknown>;
    expect(after.mfaRequiredRoles).toEqual(['leader']);
    expect(JSON.stringify(after.calendar)).toContain('2027-01-01');
    expect((after.satisfactionTiers as unknown[]).length).toBe(2);
  });
});
