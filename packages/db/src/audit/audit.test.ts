import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { tenants } from '../schema/index.ts';
import { asPlatform, inTenant } from '../tenancy.ts';
import { describeEachDatabase } from '../testing/index.ts';
import { appendAudit, readChain } from './append.ts';
import { verifyChain } from './chain.ts';

describeEachDatabase('the audit hash chain', (ctx) => {
  async function tenantWithChain(name: string, length: number) {
    const [tenant] = await asPlatform(ctx.db, null, (tx) => tx.insert(tenants).values({ name }).returning());
    const scope = { tenantId: tenant!.id, userId: null };
    for (let i = 0; i < length; i++) {
      await inTenant(ctx.db, scope, (tx) =>
        appendAudit(tx, scope, new Date(Date.UTC(2026, 0, 1, 0, 0, i)), {
          action: 'site.update',
          entity: 'site',
          entityId: `s${i}`,
          before: { name: `旧${i}`, nested: { b: 1, a: 2 } },
          after: { name: `新${i}` },
        }),
      );
    }
    return { tenantId: tenant!.id, read: () => inTenant(ctx.db, scope, (tx) => readChain(tx, tenant!.id)) };
  }

  it('an untouched chain verifies, and its head can be exported as a checkpoint', async () => {
    const { tenantId, read } = await tenantWithChain('链-正常', 5);
    const result = verifyChain(tenantId, await read());
    expect(result).toMatchObject({ ok: true, entries: 5, head: { seq: 5 } });
  });

  it('concurrent appends never fork the chain', async () => {
    const [tenant] = await asPlatform(ctx.db, null, (tx) =>
      tx.insert(tenants).values({ name: '并发' }).returning(),
    );
    const scope = { tenantId: tenant!.id, userId: null };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        inTenant(ctx.db, scope, (tx) =>
          appendAudit(tx, scope, new Date(), { action: 'x', entity: 'e', entityId: String(i) }),
        ),
      ),
    );
    const chain = await inTenant(ctx.db, scope, (tx) => readChain(tx, tenant!.id));
    expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(verifyChain(tenant!.id, chain).ok).toBe(true);
  });

  it('the application role can append but not edit or delete entries', async () => {
    const { tenantId } = await tenantWithChain('链-只增', 1);
    const scope = { tenantId, userId: null };
    await expect(
      inTenant(ctx.db, scope, (tx) => tx.execute(sql`update audit_log set action = 'forged'`)),
    ).rejects.toThrow();
    await expect(inTenant(ctx.db, scope, (tx) => tx.execute(sql`delete from audit_log`))).rejects.toThrow();
  });

  // Tampering needs the database owner's rights; each case is caught and names the first broken entry.
  it('detects an edited payload', async () => {
    const { tenantId, read } = await tenantWithChain('链-篡改', 4);
    await ctx.db.execute(
      sql`update audit_log set after = '{"name":"伪造"}' where tenant_id = ${tenantId} and seq = 3`,
    );
    expect(verifyChain(tenantId, await read())).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('detects a deleted middle entry', async () => {
    const { tenantId, read } = await tenantWithChain('链-删除', 4);
    await ctx.db.execute(sql`delete from audit_log where tenant_id = ${tenantId} and seq = 2`);
    expect(verifyChain(tenantId, await read())).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('detects reordered entries', async () => {
    const { tenantId, read } = await tenantWithChain('链-乱序', 4);
    await ctx.db.execute(sql`update audit_log set seq = -1 where tenant_id = ${tenantId} and seq = 2`);
    await ctx.db.execute(sql`update audit_log set seq = 2 where tenant_id = ${tenantId} and seq = 3`);
    await ctx.db.execute(sql`update audit_log set seq = 3 where tenant_id = ${tenantId} and seq = -1`);
    expect(verifyChain(tenantId, await read())).toMatchObject({ ok: false, firstBrokenSeq: 2 });
  });

  it('detects a truncated tail against the exported checkpoint', async () => {
    const { tenantId, read } = await tenantWithChain('链-截断', 4);
    const before = verifyChain(tenantId, await read());
    if (!before.ok || !before.head) throw new Error('setup');
    await ctx.db.execute(sql`delete from audit_log where tenant_id = ${tenantId} and seq >= 3`);
    const after = await read();
    expect(verifyChain(tenantId, after).ok).toBe(true); // alone, a clean truncation looks fine…
    expect(verifyChain(tenantId, after, before.head)).toMatchObject({ ok: false, firstBrokenSeq: 3 }); // …the checkpoint catches it
  });
});
