import { appendAudit, asPlatform, type Database, inTenant, schema } from '@steward/db';
import type { BlobStore } from '../blob/blob-store.ts';
import type { Logger } from '../logger.ts';
import { seedDemoComplaints } from './complaints.ts';
import { seedDemoBulletins, seedDemoConsequences } from './consequences.ts';
import { seedDemoDecisions } from './decisions.ts';
import { seedDemoHistoryMonths } from './history-months.ts';
import { settleDemoOutbox } from './outbox-history.ts';
import {
  createDemoPeople,
  DEMO_OPERATOR,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_VENDOR_ACCOUNTS,
  demoPasswordHash,
} from './people.ts';
import { seedDemoPlans } from './plans.ts';
import { seedDemoSupervisionHistory } from './supervision-history.ts';
import { seedDemoSurveys } from './surveys.ts';
import { seedDemoVendors } from './vendors.ts';

/**
 * THE place where demo data is created: `npm start` calls this on an empty embedded database. Each
 * feature adds its part of the demo agency in its own file here, called in order below, so a newcomer's
 * first screen always has something meaningful on it. Everything is written in one transaction: a
 * half-seeded demo never survives a crash.
 */
export async function seedDemoIfEmpty(deps: {
  db: Database;
  logger: Logger;
  now: Date;
  /** where the evidence photos go (the server's store); without one the rows point at missing files */
  blobs?: BlobStore;
}): Promise<{ seeded: boolean }> {
  const existing = await deps.db.select({ id: schema.tenants.id }).from(schema.tenants).limit(1);
  if (existing.length > 0) return { seeded: false };
  const passwordHash = await demoPasswordHash();
  // Milliseconds per part, logged: the first start's cost is watched (docs/performance.md).
  const ms: Record<string, number> = {};
  const timed = async <T>(name: string, part: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await part();
    } finally {
      ms[name] = Math.round(performance.now() - started);
    }
  };
  await deps.db.transaction(async (db) => {
    const [tenant] = await asPlatform(db, null, (tx) =>
      tx
        .insert(schema.tenants)
        .values({
          name: '示范市机关事务管理局',
          region: '示范市',
          timeZone: 'Asia/Shanghai',
          // Two-factor sign-in is off in the demo so every role can be tried at once; admins turn it on in settings.
          settings: { mfaRequiredRoles: [] },
        })
        .returning(),
    );
    const tenantId = tenant!.id;
    // Nested scopes are savepoints whose settings last to the end of the outer transaction, so each
    // step below sets the scope it needs rather than relying on the one before.
    await inTenant(db, { tenantId, userId: null }, async (tx) => {
      const people = await createDemoPeople(tx, tenantId, passwordHash);
      const created = await tx
        .insert(schema.sites)
        .values([
          {
            tenantId,
            code: 'JG',
            name: '机关大楼',
            address: '示范市人民路1号',
            tags: ['office', 'high-rise', 'kitchen'],
          },
          {
            tenantId,
            code: 'XZ',
            name: '行政事业中心',
            address: '示范市建设路88号',
            tags: ['office', 'service-hall'],
          },
        ])
        .returning();
      const [main] = created;
      const now = deps.now;
      await timed('vendors', () =>
        seedDemoVendors(tx, { tenantId, people, sites: created, now, passwordHash }),
      );
      const history = await timed('history', () =>
        seedDemoHistoryMonths(tx, { tenantId, people, now, ...(deps.blobs ? { blobs: deps.blobs } : {}) }),
      );
      await timed('plans', () => seedDemoPlans(tx, { tenantId, now }));
      await timed('surveys', () => seedDemoSurveys(tx, { tenantId, now }));
      await timed('complaints', () => seedDemoComplaints(tx, { tenantId, people, sites: created, now }));
      await timed('supervision', () =>
        seedDemoSupervisionHistory(tx, { tenantId, people, now, blobs: history.blobs }),
      );
      const validFrom = new Date(deps.now.getTime() - 30 * 86_400_000);
      const validUntil = new Date(deps.now.getTime() + 335 * 86_400_000);
      for (const role of ['evaluator', 'external_inspector'] as const) {
        await tx.insert(schema.grants).values({
          tenantId,
          userId: people[role]!,
          actions: role === 'evaluator' ? ['read', 'assess'] : ['read', 'record_inspection'],
          siteIds: [main!.id],
          validFrom,
          validUntil,
          reason: role === 'evaluator' ? '年度第三方满意度测评' : '电梯定期检验',
          grantedBy: people.admin!,
        });
      }
      // Issue 7 last: it reads the history every part above wrote.
      await timed('consequences', () => seedDemoConsequences(tx, { tenantId, people, now }));
      await timed('decisions', () => seedDemoDecisions(tx, { tenantId, people, now }));
      await timed('bulletins', () => seedDemoBulletins(tx, { tenantId, people, now }));
      await appendAudit(tx, { tenantId, userId: null }, deps.now, {
        action: 'demo.seed',
        entity: 'tenant',
        entityId: tenantId,
        after: { sites: created.map((s) => s.name), people: DEMO_PEOPLE.length },
        actorKind: 'system',
      });
    });
    // After the tenant's scope: settling the past's messages needs the owner's rights (the outbox's reader).
    await timed('outbox', () => settleDemoOutbox(db, tenant!.id));
  });
  deps.logger.info('demo agency created', { ms });
  return { seeded: true };
}

/** The demo sign-ins, for the start-up banner. */
export function demoSignInsText(): string {
  const rows = [
    ...DEMO_PEOPLE.map((p) => [p.roles[0]!, p.email]),
    ...Object.values(DEMO_VENDOR_ACCOUNTS).map((email) => [`contractor (${email.split('@')[0]})`, email]),
    ['platform operator', DEMO_OPERATOR.email],
  ];
  return [
    `  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    ...rows.map(([role, email]) => `    ${role!.padEnd(22)} ${email}`),
  ].join('\n');
}
