import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgres } from '@steward/db';
import { Hono } from 'hono';
import { createApp } from '../apps/api/src/app.ts';
import { createFsBlobStore } from '../apps/api/src/blob/fs-blob-store.ts';
import { defaultAppConfig, systemClock } from '../apps/api/src/deps.ts';
import { createLogger } from '../apps/api/src/logger.ts';

// In-process: app.fetch per request, CPU µs, without HTTP or the load generator.
const handle = openPostgres('postgres://postgres@127.0.0.1:5432/steward_bench_profile', { max: 2 });
const app = createApp({
  db: handle.db,
  dbKind: 'postgres',
  blobs: createFsBlobStore(mkdtempSync(join(tmpdir(), 'steward-micro-'))),
  clock: systemClock,
  config: defaultAppConfig({ version: 'bench', runtime: 'node' }),
  logger: createLogger({ level: 'info', write: () => {} }),
});
const bare = new Hono();
bare.get('/bare', (c) => c.json({ ok: true }));
async function run(name: string, f: () => Promise<Response>, n = 20000) {
  for (let i = 0; i < Math.min(2000, n); i++) await (await f()).text();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await (await f()).text();
  const c = process.cpuUsage(c0);
  console.log(
    name.padEnd(30),
    ((c.user + c.system) / n).toFixed(1),
    'µs cpu',
    (((performance.now() - t0) * 1000) / n).toFixed(1),
    'µs wall',
  );
}
const which = process.argv[2] ?? 'all';
if (which.startsWith('/')) {
  const { schema } = await import('@steward/db');
  const { sql } = await import('drizzle-orm');
  const { createSession } = await import('../apps/api/src/auth/session-service.ts');
  const [m] = await handle.db
    .select({ userId: schema.memberships.userId, tenantId: schema.memberships.tenantId })
    .from(schema.memberships)
    .where(sql`${schema.memberships.roles} @> array['supervisor']::text[]`)
    .limit(1);
  const [contract] = await handle.db
    .select({ id: schema.contracts.id })
    .from(schema.contracts)
    .orderBy(schema.contracts.code);
  const { token } = await createSession(handle.db, {
    userId: m!.userId,
    activeTenantId: m!.tenantId,
    pendingMfa: false,
    userAgent: 'micro',
    ip: '127.0.0.1',
    now: new Date(),
  });
  const path = which.replace('CONTRACT', contract!.id);
  const headers = { cookie: `__Host-steward_session=${token}` };
  const r = await app.fetch(new Request(`http://x${path}`, { headers }));
  console.log(r.status, (await r.text()).length, 'bytes');
  await run(
    path.slice(0, 40),
    async () => app.fetch(new Request(`http://x${path}`, { headers })),
    Number(process.argv[3] ?? 300),
  );
}
if (which === 'all' || which === 'bare')
  await run('bare', async () => bare.fetch(new Request('http://x/bare')));
if (which === 'all' || which === 'info')
  await run('system.info', async () => app.fetch(new Request('http://x/trpc/system.info')));
await handle.close();
