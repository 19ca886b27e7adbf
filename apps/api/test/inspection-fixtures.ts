import { type Database, schema } from '@steward/db';
import type { DatabaseSuiteContext } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { dataOf, trpcClient } from './client.ts';
import { cookieFor, seedTenant } from './fixtures.ts';
import { fixedClock, testApp } from './harness.ts';

/** A JPEG's first bytes and some filler: enough for the type check, tiny to store. */
export function jpegBytes(size = 2048, seed = 1): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  return bytes;
}

export const pdfBytes = () => new TextEncoder().encode('%PDF-1.4\n% test report\n%%EOF\n');

let agencies = 0;

/**
 * An agency with vendors, two contracts (security + elevator at two sites; catering elsewhere) and one
 * person per role; security, elevator, catering and vendor-compliance enabled through the API.
 */
export async function inspectionWorld(ctx: DatabaseSuiteContext) {
  const n = ++agencies;
  const email = (who: string) => `${who}${n}-${ctx.kind}@insp.example`;
  const people = [
    { email: email('admin'), roles: ['admin' as const] },
    { email: email('sup'), roles: ['supervisor' as const] },
    { email: email('sup2-'), roles: ['supervisor' as const] },
    { email: email('gc'), roles: ['general_contractor' as const] },
    { email: email('liaison'), roles: ['liaison' as const] },
    { email: email('vendor'), roles: ['contractor' as const] },
    { email: email('other-vendor'), roles: ['contractor' as const] },
    { email: email('ext'), roles: ['external_inspector' as const] },
    { email: email('eval'), roles: ['evaluator' as const] },
  ];
  const { tenant, users } = await seedTenant(ctx.db, `检查单位${n}`, people);
  const id = (who: string) => users[email(who)]!.id;
  const db: Database = ctx.db;
  const [siteA, siteB] = await db
    .insert(schema.sites)
    .values([
      { tenantId: tenant.id, code: 'S1', name: '机关大楼', tags: ['high-rise'] },
      { tenantId: tenant.id, code: 'S2', name: '行政事业中心', tags: [] },
    ])
    .returning();
  const [vendor, otherVendor] = await db
    .insert(schema.vendors)
    .values([
      { tenantId: tenant.id, legalName: '安保服务有限公司', creditCode: `91110000MA0000000${n % 10}` },
      { tenantId: tenant.id, legalName: '餐饮服务有限公司', creditCode: `91110000MA0000001${n % 10}` },
    ])
    .returning();
  const contract = (code: string, vendorId: string, lines: string[], siteIds: string[]) => ({
    tenantId: tenant.id,
    code,
    title: `${code} 服务合同`,
    vendorId,
    serviceLineIds: lines,
    siteIds,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    priceFen: 120_000_000,
    depositKind: 'amount',
    depositFen: 5_000_000,
  });
  const [main, other] = await db
    .insert(schema.contracts)
    .values([
      contract('HT-1', vendor!.id, ['security', 'elevator'], [siteA!.id, siteB!.id]),
      contract('HT-2', otherVendor!.id, ['catering', 'elevator'], [siteA!.id]),
    ])
    .returning();
  await db
    .update(schema.memberships)
    .set({ vendorId: vendor!.id })
    .where(eq(schema.memberships.userId, id('vendor')));
  await db
    .update(schema.memberships)
    .set({ vendorId: otherVendor!.id })
    .where(eq(schema.memberships.userId, id('other-vendor')));

  const clock = fixedClock('2026-03-02T01:00:00Z');
  const { app, deps } = testApp(ctx, { clock });
  const client = async (who: string, locale?: string) =>
    trpcClient(app, {
      cookie: await cookieFor(ctx.db, id(who), tenant.id, clock.now()),
      ...(locale ? { locale } : {}),
    });
  const admin = await client('admin');
  for (const pluginId of ['security', 'elevator', 'catering', 'vendor-compliance'])
    dataOf(await admin.mutation('catalogue.enable', { pluginId }));
  return {
    tenant,
    app,
    deps,
    clock,
    id,
    client,
    admin,
    sites: { a: siteA!, b: siteB! },
    vendor: vendor!,
    contracts: { main: main!, other: other! },
  };
}

/** Uploads over the real HTTP route with the headers the web app sends. */
export async function upload(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  cookie: string,
  opts: {
    inspectionId: string;
    itemCode?: string;
    type?: string;
    bytes?: Uint8Array;
    capturedAt?: string;
    name?: string;
    locale?: string;
  },
) {
  const headers: Record<string, string> = {
    cookie,
    'sec-fetch-site': 'same-origin',
    'content-type': opts.type ?? 'image/jpeg',
    'x-inspection-id': opts.inspectionId,
  };
  if (opts.itemCode) headers['x-item-code'] = encodeURIComponent(opts.itemCode);
  if (opts.capturedAt) headers['x-captured-at'] = opts.capturedAt;
  if (opts.name) headers['x-file-name'] = encodeURIComponent(opts.name);
  if (opts.locale) headers['x-steward-locale'] = opts.locale;
  const res = await app.request('/api/evidence', {
    method: 'POST',
    headers,
    body: (opts.bytes ?? jpegBytes()) as Uint8Array<ArrayBuffer>,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
