import { type Database, schema } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import { type CallResult, dataOf, trpcClient } from '../../test/client.ts';
import { cookieFor } from '../../test/fixtures.ts';
import { generate } from '../generate/index.ts';
import { runTenantConsequences } from '../services/consequence-engine/run.ts';
import { seedDecidedConsequence } from './isolation-owner-rows.ts';

/** The isolation suite's clock: tenant A's history ends here, and every probe runs at this time. */
export const PROBE_NOW = new Date('2026-03-02T01:00:00Z');
const SEED = 9_017;

/** Distinctive texts written into tenant A beside the generator's: any of them in B's answer is a leak. */
export const ALPHA_TEXTS = [
  'ALPHA-GRANT-REASON',
  'alpha-invitee@a.example',
  'ALPHA-MEETING-TITLE',
  'ALPHA-ACTION-TITLE',
  'ALPHA-STAFF-NAME',
  'ALPHA-QUALIFICATION-NO',
  'ALPHA-CERTIFICATE-NO',
  'ALPHA-DEPOSIT-NOTE',
  'ALPHA-DECISION-NOTE',
  'ALPHA-APPEAL-GROUNDS',
];

type AnyHono = Parameters<typeof trpcClient>[0];

async function ok(label: string, call: Promise<CallResult>) {
  try {
    return dataOf(await call);
  } catch (error) {
    throw new Error(`seeding tenant A: ${label}: ${(error as Error).message}`);
  }
}

/**
 * Tenant A as the isolation suite probes it: the deterministic generator's agency (people, sites, vendors,
 * five contracts, months of inspections with results and evidence, notices in every state, bonuses,
 * complaints, survey rounds with answers, plans), the daily run's consequences, warnings and draft
 * bulletin, and through A's own API what neither writes (grants, invitations, meetings, vendor staff,
 * certificates and qualifications, contract rules, deposit entries, survey invitations, the complaint
 * form). What the API cannot reach without a long workflow (a decided and appealed consequence) is
 * written as the owner, like the generator.
 */
export async function seedTenantA(db: Database, app: AnyHono) {
  const summary = await generate(db, {
    seed: SEED,
    tenants: 1,
    sites: 2,
    contracts: 5,
    months: 3,
    asOf: '2026-03-01',
    patrolsPerSite: 2,
  });
  const a = summary.tenants[0]!;
  await runTenantConsequences(db, a.id, PROBE_NOW);
  const admin = trpcClient(app, { cookie: await cookieFor(db, a.userIds.admin!, a.id, PROBE_NOW) });
  const contractId = a.contractIds[0]!;
  const [site] = await db.select().from(schema.sites).where(eq(schema.sites.tenantId, a.id)).limit(1);
  await ok(
    'grants.create',
    admin.mutation('grants.create', {
      userId: a.userIds.evaluator,
      actions: ['read'],
      siteIds: [site!.id],
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-01-01T00:00:00Z',
      reason: 'ALPHA-GRANT-REASON',
    }),
  );
  await ok(
    'people.invite',
    admin.mutation('people.invite', { email: 'alpha-invitee@a.example', roles: ['supervisor'] }),
  );
  const meeting = await ok(
    'meetings.create',
    admin.mutation('complaints.meetings.create', {
      title: 'ALPHA-MEETING-TITLE',
      heldOn: '2026-02-27',
      periodFrom: '2026-02-01',
      periodTo: '2026-02-28',
    }),
  );
  const [complaint] = await db
    .select({ id: schema.complaints.id })
    .from(schema.complaints)
    .where(eq(schema.complaints.tenantId, a.id))
    .limit(1);
  await ok(
    'meetings.addAction',
    admin.mutation('complaints.meetings.addAction', {
      meetingId: meeting.id,
      title: 'ALPHA-ACTION-TITLE',
      ownerUserId: a.userIds.supervisor,
      dueOn: '2026-03-20',
      complaintId: complaint?.id ?? null,
    }),
  );
  await ok('complaints.updateForm', admin.mutation('complaints.updateForm', { enabled: true }));
  await seedVendorRecords(db, admin, a.id);
  await ok(
    'consequenceEngine.recordDeposit',
    admin.mutation('consequenceEngine.recordDeposit', {
      contractId,
      kind: 'received',
      amountFen: 5_000_000,
      note: 'ALPHA-DEPOSIT-NOTE',
    }),
  );
  await ok(
    'consequenceEngine.setContractRules',
    admin.mutation('consequenceEngine.setContractRules', {
      contractId,
      overrides: { terminationQuarters: 4 },
    }),
  );
  await seedSurveyInvitations(db, admin, a.id);
  await seedDecidedConsequence(db, a.id, contractId, a.userIds);
  // An open joint inspection with a party: the generator's inspections are all submitted, alone.
  const supervisor = trpcClient(app, { cookie: await cookieFor(db, a.userIds.supervisor!, a.id, PROBE_NOW) });
  await ok(
    'inspections.start',
    supervisor.mutation('inspections.start', {
      contractId,
      kind: 'joint',
      participants: [{ userId: a.userIds.liaison, party: 'department' }],
    }),
  );
  await seedTender(db, app, a.id, contractId, a.userIds.leader!);
  return { tenantId: a.id, name: a.name, userIds: a.userIds, contractIds: a.contractIds };
}

async function seedVendorRecords(db: Database, admin: ReturnType<typeof trpcClient>, tenantId: string) {
  const [vendor] = await db
    .select()
    .from(schema.vendors)
    .where(eq(schema.vendors.tenantId, tenantId))
    .limit(1);
  await ok(
    'vendors.addQualification',
    admin.mutation('vendors.addQualification', {
      vendorId: vendor!.id,
      kind: 'license',
      number: 'ALPHA-QUALIFICATION-NO',
      issuer: 'ALPHA issuer',
      validFrom: '2025-01-01',
      validUntil: '2027-01-01',
    }),
  );
  const staff = await ok(
    'vendors.addStaff',
    admin.mutation('vendors.addStaff', { vendorId: vendor!.id, name: 'ALPHA-STAFF-NAME', job: 'guard' }),
  );
  await ok(
    'vendors.addCertificate',
    admin.mutation('vendors.addCertificate', {
      staffId: staff.id,
      kind: 'security_guard',
      number: 'ALPHA-CERTIFICATE-NO',
      validUntil: '2027-01-01',
    }),
  );
}

/** Invitations (and their reminder) of an open round: the generator writes rounds and answers only. */
async function seedSurveyInvitations(db: Database, admin: ReturnType<typeof trpcClient>, tenantId: string) {
  const [open] = await db
    .select({ id: schema.surveyRounds.id })
    .from(schema.surveyRounds)
    .where(and(eq(schema.surveyRounds.tenantId, tenantId), eq(schema.surveyRounds.status, 'open')))
    .limit(1);
  if (!open) throw new Error('seeding tenant A: the generator wrote no open survey round');
  await ok('surveys.invite', admin.mutation('surveys.invite', { roundId: open.id, audience: 'all' }));
  await ok('surveys.remind', admin.mutation('surveys.remind', { roundId: open.id }));
  await ok('surveys.enablePoster', admin.mutation('surveys.enablePoster', { roundId: open.id, limit: 50 }));
}

/** A re-tender of one contract with one bid (tenders.manage is the leader's and the supervisor's). */
async function seedTender(db: Database, app: AnyHono, tenantId: string, contractId: string, leader: string) {
  const client = trpcClient(app, { cookie: await cookieFor(db, leader, tenantId, PROBE_NOW) });
  const tender = await ok(
    'tenders.open',
    client.mutation('tenders.open', { contractId, dueOn: '2026-06-30', title: 'ALPHA-TENDER-TITLE' }),
  );
  const vendors = await db.select().from(schema.vendors).where(eq(schema.vendors.tenantId, tenantId));
  await ok(
    'tenders.recordBid',
    client.mutation('tenders.recordBid', {
      tenderId: tender.id,
      vendorId: vendors[1]!.id,
      note: 'ALPHA-BID-NOTE',
    }),
  );
}
