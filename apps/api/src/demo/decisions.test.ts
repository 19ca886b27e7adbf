import { readChain, schema, verifyChain } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { seedDemoIfEmpty } from './index.ts';
import { periodEndMonth } from './proposal-times.ts';

const { consequences, consequenceDecisions, consequenceAppeals, depositLedger, outbox, users } = schema;

/** The demo agency a year in: older proposals decided by two people, the last two months' still awaiting. */
describeEachDatabase('demo decisions (issue 7 a year in)', (ctx) => {
  it('decides the older months through the decision services, with ledger entries, an appeal and a quiet outbox', async () => {
    const now = new Date('2026-10-09T01:00:00Z');
    await seedDemoIfEmpty({ db: ctx.db, logger: createLogger({ write: () => {} }), now });
    const [tenant] = await ctx.db.select().from(schema.tenants);
    const emails = new Map((await ctx.db.select().from(users)).map((u) => [u.id, u.email]));
    const all = await ctx.db.select().from(consequences);
    const decisions = await ctx.db
      .select()
      .from(consequenceDecisions)
      .orderBy(asc(consequenceDecisions.decidedAt));

    // Awaiting: the last two months (August, September, Q3) and the curated exit warning for the leader.
    const awaiting = all.filter((c) => c.status === 'proposed');
    expect(awaiting.map((c) => c.period ?? c.kind).sort()).toEqual([
      '2026-08',
      '2026-09',
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
      '2026-Q3',
      'exit_warning',
    ]);
    const older = all.filter((c) => c.status !== 'proposed');
    expect(older.every((c) => periodEndMonth(c.period!) < '2026-08')).toBe(true);
    expect(older.length).toBeGreaterThan(30);

    // Money needs two people, neither the proposer (the scheduled engine): the leader, then the admin.
    const approved = older.filter((c) => c.status === 'approved');
    for (const c of approved) {
      const steps = decisions.filter((d) => d.consequenceId === c.id);
      expect(steps.map((d) => [d.step, emails.get(d.decidedBy)])).toEqual([
        ['approve', 'leader@demo.steward.cn'],
        ['countersign', 'admin@demo.steward.cn'],
      ]);
      expect(c.proposedBy).toBeNull();
      expect(c.proposedAt.getTime()).toBeLessThan(steps[0]!.decidedAt.getTime());
      expect(c.decidedAt!.getTime()).toBe(steps[1]!.decidedAt.getTime());
      expect(c.decidedAt!.getTime()).toBeLessThan(now.getTime());
    }
    const rejected = older.filter((c) => c.status === 'rejected');
    expect(rejected.map((c) => c.kind).sort()).toEqual(['deduction', 'reward']);
    expect(rejected.every((c) => (c.decisionNote ?? '').length > 10)).toBe(true);

    // The ledger: one entry per approved reward or deduction, linked to its consequence and final decision.
    const entries = (await ctx.db.select().from(depositLedger)).filter((e) => e.kind !== 'received');
    expect(entries).toHaveLength(approved.length);
    for (const e of entries) {
      const c = approved.find((x) => x.id === e.consequenceId)!;
      expect(e.kind).toBe(c.kind);
      expect(decisions.find((d) => d.id === e.decisionId)?.step).toBe('countersign');
    }
    expect(entries.some((e) => e.kind === 'deduction')).toBe(true);

    // One deduction appealed by the vendor's own account with grounds, dismissed by the leader.
    const [appeal, ...more] = await ctx.db.select().from(consequenceAppeals);
    expect(more).toHaveLength(0);
    expect(appeal).toMatchObject({ status: 'dismissed' });
    expect(emails.get(appeal!.filedBy)).toBe('elevator@demo.steward.cn');
    expect(emails.get(appeal!.resolvedBy!)).toBe('leader@demo.steward.cn');
    expect(appeal!.grounds.length).toBeGreaterThan(10);
    const appealed = all.find((c) => c.id === appeal!.consequenceId)!;
    expect(appealed).toMatchObject({ kind: 'deduction', status: 'approved' });
    expect(appeal!.filedAt.getTime()).toBeGreaterThan(appealed.decidedAt!.getTime());

    // The past's messages were delivered when they happened; notices of what still awaits stay pending.
    const messages = await ctx.db.select().from(outbox).where(eq(outbox.tenantRef, tenant!.id));
    const pending = messages.filter((m) => m.sentAt === null);
    expect(
      pending.some(
        (m) => m.template === 'consequence_decided' || m.template.startsWith('consequence_appeal'),
      ),
    ).toBe(false);
    const awaitingIds = new Set(awaiting.map((c) => c.id));
    const pendingNotices = pending.filter((m) => m.template === 'consequence_pending');
    expect(pendingNotices.length).toBeGreaterThan(0);
    for (const m of pendingNotices) {
      const ids = (m.payload as { consequences: { id: string }[] }).consequences.map((c) => c.id);
      expect(ids.every((id) => awaitingIds.has(id))).toBe(true);
    }
    const delivered = messages.filter((m) => m.sentAt !== null);
    expect(delivered.filter((m) => m.template === 'consequence_decided').length).toBeGreaterThanOrEqual(
      older.length,
    );
    expect(delivered.every((m) => m.sentAt!.getTime() === m.createdAt.getTime() && m.sentAt! < now)).toBe(
      true,
    );

    // Every step is in the tenant's audit chain, which still verifies.
    const audit = await readChain(ctx.db, tenant!.id);
    expect(verifyChain(tenant!.id, audit).ok).toBe(true);
    const countersigns = audit.filter((a) => a.action === 'consequence.countersign');
    expect(countersigns).toHaveLength(approved.length);
    expect(audit.filter((a) => a.action === 'consequence.appeal_resolve')).toHaveLength(1);
  }, 240_000);
});
