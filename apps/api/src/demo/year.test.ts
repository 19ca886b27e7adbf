import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../test/client.ts';
import { cookieFor } from '../../test/fixtures.ts';
import { fixedClock, testApp } from '../../test/harness.ts';
import { createLogger } from '../logger.ts';
import { seedDemoIfEmpty } from './index.ts';

/** What a leader sees of the demo's year through the API: every chart and list has twelve months. */
describeEachDatabase('demo year through the API', (ctx) => {
  it('fills the dashboard, bulletins, complaints and surveys with a year of history', async () => {
    const now = new Date('2026-10-09T01:00:00Z');
    await seedDemoIfEmpty({ db: ctx.db, logger: createLogger({ write: () => {} }), now });
    const [tenant] = await ctx.db.select().from(schema.tenants);
    const [leader] = await ctx.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, 'leader@demo.steward.cn'));
    const { app } = testApp(ctx, { clock: fixedClock(now.toISOString()) });
    const api = trpcClient(app, { cookie: await cookieFor(ctx.db, leader!.id, tenant!.id) });

    const started = performance.now();
    const d = dataOf(await api.query('dashboard.overview', { months: 12 }));
    console.log(`[${ctx.kind}] dashboard.overview, 12 months: ${Math.round(performance.now() - started)} ms`);
    expect(d.months).toHaveLength(12);
    expect(d.months[0]).toBe('2025-11');
    // Scores for every line and vendor in every month, varying from month to month.
    expect(d.scoreByLine).toHaveLength(5);
    for (const series of [...d.scoreByLine, ...d.scoreByVendor]) {
      expect(
        series.values.every((v: number | null) => v !== null),
        series.name,
      ).toBe(true);
      expect(new Set(series.values).size, series.name).toBeGreaterThan(3);
    }
    // Satisfaction for the three closed quarters shown (this quarter's round is still open), notices
    // issued and closed and complaints month by month.
    expect(d.quarters).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    for (const series of d.satisfactionByLine)
      expect(series.values, series.name).toEqual([
        expect.any(Number),
        expect.any(Number),
        expect.any(Number),
        null,
      ]);
    for (const m of d.closure.slice(0, 11)) {
      expect(m.issued, m.month).toBeGreaterThan(0);
      expect(m.closed, m.month).toBeGreaterThan(0);
    }
    const perMonth = d.months.map((_: string, i: number) =>
      d.complaintsByLine.reduce((n: number, s: { values: number[] }) => n + s.values[i]!, 0),
    );
    expect(perMonth.every((n: number) => n > 0)).toBe(true);
    expect(d.pendingCount).toBeGreaterThan(0);
    const rules = d.warnings.map((w: { rule: string }) => w.rule);
    expect(rules).toContain('satisfaction_quarters');
    expect(rules).toContain('contract_age');

    const bulletins = dataOf(await api.query('bulletins.list'));
    expect(bulletins.filter((b: { status: string }) => b.status === 'published')).toHaveLength(12);
    const complaints = dataOf(await api.query('complaints.list', {}));
    const months = new Set(
      complaints.map((c: { receivedAt: Date }) => new Date(c.receivedAt).toISOString().slice(0, 7)),
    );
    expect(months.size).toBeGreaterThanOrEqual(12);
    const rounds = dataOf(await api.query('surveys.rounds.list'));
    expect(rounds.filter((r: { status: string }) => r.status === 'closed')).toHaveLength(4);
  }, 120_000);
});
