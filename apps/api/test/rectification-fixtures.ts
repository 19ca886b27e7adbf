import type { Role } from '@steward/access';
import { type Database, schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import { trpcClient } from './client.ts';
import { cookieFor, seedTenant } from './fixtures.ts';

let serial = 0;

/**
 * A tenant with a vendor, one contract and one person per supervision role, written straight into the
 * database: the rectification and score tests start from records the inspection flow would have made.
 */
export async function seedSupervision(db: Database, kind: string) {
  const n = ++serial;
  const people: { key: string; roles: Role[] }[] = [
    { key: 'admin', roles: ['admin'] },
    { key: 'supervisor', roles: ['supervisor'] },
    { key: 'supervisor2', roles: ['supervisor'] },
    { key: 'leader', roles: ['leader'] },
    { key: 'leader2', roles: ['leader'] },
    { key: 'contractor', roles: ['contractor'] },
    { key: 'other_contractor', roles: ['contractor'] },
    { key: 'gc', roles: ['general_contractor'] },
  ];
  const email = (key: string) => `${key}-${kind}-${n}@rect.example`;
  const { tenant, users } = await seedTenant(
    db,
    `整改单位 ${n}`,
    people.map((p) => ({ email: email(p.key), roles: p.roles, displayName: `${p.key}-name` })),
  );
  const id = (key: string) => users[email(key)]!.id;
  const [vendor, otherVendor, gcVendor] = await db
    .insert(schema.vendors)
    .values([
      { tenantId: tenant.id, legalName: '安保服务有限公司', creditCode: `91350100M0001${n}0A` },
      { tenantId: tenant.id, legalName: '保洁服务有限公司', creditCode: `91350100M0002${n}0B` },
      { tenantId: tenant.id, legalName: '物业总承包有限公司', creditCode: `91350100M0003${n}0C` },
    ])
    .returning();
  const setVendor = (key: string, vendorId: string) =>
    db
      .update(schema.memberships)
      .set({ vendorId })
      .where(eq(schema.memberships.userId, id(key)));
  await setVendor('contractor', vendor!.id);
  await setVendor('other_contractor', otherVendor!.id);
  await setVendor('gc', gcVendor!.id);
  const [site] = await db
    .insert(schema.sites)
    .values({ tenantId: tenant.id, code: 'HQ', name: '机关大楼' })
    .returning();
  const [contract] = await db
    .insert(schema.contracts)
    .values({
      tenantId: tenant.id,
      code: `SEC-${n}`,
      title: '机关大楼安保服务',
      vendorId: vendor!.id,
      generalContractorId: gcVendor!.id,
      serviceLineIds: ['security'],
      siteIds: [site!.id],
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      priceFen: 120_000_000,
      depositKind: 'percent',
      depositBasisPoints: 500,
    })
    .returning();
  const cookie = (key: string, now = new Date('2026-03-02T01:00:00Z')) =>
    cookieFor(db, id(key), tenant.id, now);
  return { tenant, vendor: vendor!, otherVendor: otherVendor!, site: site!, contract: contract!, id, cookie };
}

export type SupervisionWorld = Awaited<ReturnType<typeof seedSupervision>>;

export interface ItemSpec {
  code: string;
  result: 'conform' | 'nonconform' | 'na';
  severity?: 'general' | 'major';
  deductionCenti?: number;
  photo?: boolean;
}

/** A submitted inspection with its item results (and a photo per item that asks for one). */
export async function submitInspection(
  db: Database,
  w: SupervisionWorld,
  options: {
    kind?: string;
    inspectedOn: string;
    submittedAt?: Date;
    items: ItemSpec[];
    correctsInspectionId?: string;
    inspector?: string;
    contractId?: string;
  },
) {
  const at = options.submittedAt ?? new Date(`${options.inspectedOn}T02:00:00Z`);
  const kind = options.kind ?? 'patrol';
  const [inspection] = await db
    .insert(schema.inspections)
    .values({
      tenantId: w.tenant.id,
      contractId: options.contractId ?? w.contract.id,
      serviceLineId: 'security',
      siteId: w.site.id,
      kind,
      scope: 'line',
      source: kind === 'self' ? 'self' : 'internal',
      pluginId: 'security',
      pluginVersion: '1.0.0',
      templateCode: 'security.patrol',
      templateHash: 'a'.repeat(64),
      // Written as a draft, then submitted: a submitted inspection's results and photos cannot change.
      status: 'draft',
      inspectorUserId: w.id(options.inspector ?? 'supervisor'),
      startedAt: at,
      submittedAt: at,
      inspectedOn: options.inspectedOn,
      ...(options.correctsInspectionId ? { correctsInspectionId: options.correctsInspectionId } : {}),
    })
    .returning();
  const results = await db
    .insert(schema.inspectionResults)
    .values(
      options.items.map((item) => ({
        tenantId: w.tenant.id,
        inspectionId: inspection!.id,
        itemCode: item.code,
        result: item.result,
        severity: item.severity ?? 'general',
        deductionCenti: item.deductionCenti ?? 0,
      })),
    )
    .returning();
  const photos = [];
  for (const item of options.items.filter((i) => i.photo)) {
    const [photo] = await db
      .insert(schema.evidence)
      .values({
        tenantId: w.tenant.id,
        inspectionId: inspection!.id,
        itemCode: item.code,
        kind: 'photo',
        blobKey: `t/${w.tenant.id}/${item.code}.jpg`,
        contentType: 'image/jpeg',
        sizeBytes: 1234,
        sha256: `${item.code.length}`.padStart(64, 'f'),
        receivedAt: at,
        uploadedBy: w.id(options.inspector ?? 'supervisor'),
      })
      .returning();
    photos.push(photo!);
  }
  await db
    .update(schema.inspections)
    .set({ status: 'submitted' })
    .where(eq(schema.inspections.id, inspection!.id));
  const byCode = Object.fromEntries(results.map((r) => [r.itemCode, r]));
  return { inspection: { ...inspection!, status: 'submitted' }, results: byCode, photos };
}

/** An uploaded photo not yet attached to anything, as the evidence upload leaves it. */
/**
 * A patrol of 2 March 2026 with one major finding at the gate, and the fields every notice on that finding
 * shares (issued the same day, due the next); a test adds the round, status and verification it needs.
 */
export async function gateFinding(db: Database, w: SupervisionWorld) {
  const { inspection, results } = await submitInspection(db, w, {
    inspectedOn: '2026-03-02',
    items: [{ code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 100 }],
  });
  return {
    tenantId: w.tenant.id,
    contractId: w.contract.id,
    inspectionId: inspection.id,
    resultId: results['sec.gate']!.id,
    itemCode: 'sec.gate',
    severity: 'major',
    issuedBy: w.id('supervisor'),
    issuedAt: new Date('2026-03-02T03:00:00Z'),
    deadlineAt: new Date('2026-03-03T10:00:00Z'),
  };
}

export async function uploadedPhoto(db: Database, w: SupervisionWorld, by: string, at: Date) {
  const [photo] = await db
    .insert(schema.evidence)
    .values({
      tenantId: w.tenant.id,
      kind: 'photo',
      blobKey: `t/${w.tenant.id}/answer-${at.getTime()}.jpg`,
      contentType: 'image/jpeg',
      sizeBytes: 999,
      sha256: 'b'.repeat(64),
      receivedAt: at,
      uploadedBy: w.id(by),
    })
    .returning();
  return photo!;
}

/** A client for one of the world's people, signed in at the app clock's current time. */
export function signedIn(app: Parameters<typeof trpcClient>[0], w: SupervisionWorld, clock: { now(): Date }) {
  return async (key: string) => trpcClient(app, { cookie: await w.cookie(key, clock.now()) });
}
