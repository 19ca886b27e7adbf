import type { Role } from '@steward/access';
import { type Database, schema } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { cookieFor, seedTenant } from './fixtures.ts';

/**
 * An agency with an admin, a supervisor, `recipients` service recipients and two contracts (security,
 * catering), written straight into the database: set-up for the survey tests.
 */
export async function surveyAgency(db: Database, label: string, recipients = 20, now = new Date()) {
  const people: { email: string; roles: Role[] }[] = [
    { email: `admin-${label}@example.cn`, roles: ['admin'] },
    { email: `sup-${label}@example.cn`, roles: ['supervisor'] },
    ...Array.from({ length: recipients }, (_, i) => ({
      email: `r${i}-${label}@example.cn`,
      roles: ['recipient'] as Role[],
    })),
  ];
  const { tenant, users } = await seedTenant(db, `机关${label}`, people);
  const [vendor] = await db
    .insert(schema.vendors)
    .values({
      tenantId: tenant.id,
      legalName: `服务公司${label}`,
      creditCode: `91110000MA0${label}`.slice(0, 18),
    })
    .returning();
  const contract = async (code: string, line: string, targetBp: number) => {
    const [row] = await db
      .insert(schema.contracts)
      .values({
        tenantId: tenant.id,
        code,
        title: `${code} 合同`,
        vendorId: vendor!.id,
        serviceLineIds: [line],
        siteIds: [],
        startsOn: '2025-01-01',
        endsOn: '2027-12-31',
        priceFen: 100_000_000,
        depositKind: 'amount',
        depositFen: 5_000_000,
        satisfactionTargetBp: targetBp,
      })
      .returning();
    return row!;
  };
  const security = await contract('SEC-1', 'security', 9500);
  const catering = await contract('CAT-1', 'catering', 9000);
  const cookie = (email: string) => cookieFor(db, users[email]!.id, tenant.id, now);
  return {
    tenant,
    users,
    security,
    catering,
    admin: () => cookie(`admin-${label}@example.cn`),
    supervisor: () => cookie(`sup-${label}@example.cn`),
    recipient: () => cookie(`r0-${label}@example.cn`),
  };
}

/** The survey tokens (the links' fragments) sent through the outbox with one template, by recipient. */
export async function sentTokens(db: Database, tenantId: string, template = 'survey_invitation') {
  const rows = await db
    .select({ recipient: schema.outbox.recipient, payload: schema.outbox.payload })
    .from(schema.outbox)
    .where(and(eq(schema.outbox.tenantRef, tenantId), eq(schema.outbox.template, template)));
  return new Map(rows.map((r) => [r.recipient, String((r.payload as { link: string }).link).split('#')[1]!]));
}
