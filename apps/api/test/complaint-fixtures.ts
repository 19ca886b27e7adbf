import { type Database, schema } from '@steward/db';
import type { DatabaseSuiteContext } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { trpcClient } from './client.ts';
import { cookieFor, seedTenant } from './fixtures.ts';
import { testApp } from './harness.ts';

/** A 1×1 PNG, as a phone would send it after downscaling (base64). */
export const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Calls the public procedures as an anonymous phone with its own address (rate limits are per IP). */
export function publicCaller(app: Hono<any>, ip: string, locale = 'zh-CN') {
  const headers = {
    'sec-fetch-site': 'same-origin',
    'content-type': 'application/json',
    'cf-connecting-ip': ip,
    'x-steward-locale': locale,
  };
  const read = async (res: Response) => ({ status: res.status, body: JSON.parse(await res.text()) as any });
  return {
    query: async (path: string, input: unknown) =>
      read(
        await app.request(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers }),
      ),
    mutation: async (path: string, input: unknown) =>
      read(await app.request(`/trpc/${path}`, { method: 'POST', headers, body: JSON.stringify(input) })),
  };
}

/**
 * An agency with two buildings, two vendors and three contracts: catering at A (vendor 1), security at A
 * and B (vendor 2), catering at B (vendor 2); one member per role that complaints touch.
 */
export async function complaintAgency(ctx: DatabaseSuiteContext, tag: string, clock?: { now(): Date }) {
  const e = (r: string) => `${r}-${tag}-${ctx.kind}@example.cn`;
  const { tenant, users } = await seedTenant(ctx.db, `投诉单位${tag}`, [
    { email: e('admin'), roles: ['admin'], displayName: '管理员甲' },
    { email: e('sup'), roles: ['supervisor'], displayName: '监管员王五' },
    { email: e('liaison'), roles: ['liaison'], displayName: '联络员李四' },
    { email: e('vendor'), roles: ['contractor'], displayName: '供应商赵六' },
    { email: e('leader'), roles: ['leader'], displayName: '局领导' },
  ]);
  const db: Database = ctx.db;
  const [a, b] = await db
    .insert(schema.sites)
    .values([
      { tenantId: tenant.id, code: 'A', name: '机关大楼' },
      { tenantId: tenant.id, code: 'B', name: '行政事业中心' },
    ])
    .returning();
  const [v1, v2] = await db
    .insert(schema.vendors)
    .values([
      { tenantId: tenant.id, legalName: '味美餐饮公司', creditCode: '91350100M000100Y43' },
      { tenantId: tenant.id, legalName: '平安保安公司', creditCode: '91350100M000100Y44' },
    ])
    .returning();
  const contract = (code: string, vendorId: string, line: string, siteIds: string[]) => ({
    tenantId: tenant.id,
    code,
    title: code,
    vendorId,
    serviceLineIds: [line],
    siteIds,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    priceFen: 100_000_00,
    depositKind: 'percent',
    depositBasisPoints: 500,
  });
  const [cateringA, securityAB, cateringB] = await db
    .insert(schema.contracts)
    .values([
      contract('HT-CAT-A', v1!.id, 'catering', [a!.id]),
      contract('HT-SEC', v2!.id, 'security', [a!.id, b!.id]),
      contract('HT-CAT-B', v2!.id, 'catering', [b!.id]),
    ])
    .returning();
  await db
    .update(schema.memberships)
    .set({ vendorId: v1!.id })
    .where(eq(schema.memberships.userId, users[e('vendor')]!.id));
  const { app } = testApp(ctx, clock ? { clock } : {});
  const client = async (role: string) =>
    trpcClient(app, { cookie: await cookieFor(ctx.db, users[e(role)]!.id, tenant.id) });
  return {
    tenant,
    app,
    users: Object.fromEntries(Object.entries(users).map(([k, v]) => [k.split('-')[0]!, v])),
    sites: { a: a!, b: b! },
    vendors: { v1: v1!, v2: v2! },
    contracts: { cateringA: cateringA!, securityAB: securityAB!, cateringB: cateringB! },
    admin: await client('admin'),
    supervisor: await client('sup'),
    liaison: await client('liaison'),
    vendor: await client('vendor'),
    leader: await client('leader'),
  };
}
