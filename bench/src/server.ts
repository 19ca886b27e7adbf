import { mkdtempSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import type { Database } from '@steward/db';
import { openPostgres, schema } from '@steward/db';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { Hono } from 'hono';
import { createApp } from '../../apps/api/src/app.ts';
import { createFsBlobStore } from '../../apps/api/src/blob/fs-blob-store.ts';
import { defaultAppConfig, systemClock } from '../../apps/api/src/deps.ts';
import { createLogger } from '../../apps/api/src/logger.ts';

// The bench's server process: a bare Hono route on one port, Steward's app on another, both in this one
// Node process against BENCH_DATABASE_URL or the PGlite folder BENCH_PGLITE_DIR. The drizzle logger
// records the statements of one request on demand, so the bench can replay exactly that SQL directly.

const captured: { query: string; params: unknown[] }[] = [];
let capturing = false;
const logger = {
  logQuery: (query: string, params: unknown[]) => void (capturing && captured.push({ query, params })),
};
const options = { schema, casing: 'snake_case' as const, logger };

let db: Database;
let kind: 'postgres' | 'pglite';
if (process.env.BENCH_DATABASE_URL) {
  // Opened as the Node server opens it (openPostgres: pool, prepared statements), with the logger.
  db = openPostgres(process.env.BENCH_DATABASE_URL, { max: 10, logger }).db;
  kind = 'postgres';
} else {
  db = drizzlePglite(await PGlite.create({ dataDir: process.env.BENCH_PGLITE_DIR! }), options);
  kind = 'pglite';
}

const bare = new Hono();
bare.get('/bare', (c) => c.json({ ok: true }));
bare.post('/capture/start', (c) => {
  captured.length = 0;
  capturing = true;
  return c.json({ ok: true });
});
bare.post('/capture/stop', (c) => {
  capturing = false;
  return c.json(captured);
});
// The server's CPU time so far: per-request cost that a busy shared machine does not blur.
bare.get('/cpu', (c) => c.json(process.cpuUsage()));
// CPU profiles of just the requests between start and stop (bench/profile.ts), without start-up.
const inspector = new Session();
bare.post('/profile/start', async (c) => {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
  return c.json({ ok: true });
});
bare.post('/profile/stop', async (c) => {
  const { profile } = await inspector.post('Profiler.stop');
  inspector.disconnect();
  return c.json(profile);
});

const app = createApp({
  db,
  dbKind: kind,
  blobs: createFsBlobStore(mkdtempSync(join(tmpdir(), 'steward-bench-blobs-'))),
  clock: systemClock,
  config: defaultAppConfig({ version: 'bench', runtime: 'node' }),
  // Request logging costs what it costs in production; only the output is discarded.
  logger: createLogger({ level: 'info', write: () => {} }),
});

const listen = (fetch: (r: Request) => Response | Promise<Response>) =>
  new Promise<number>((resolve) => {
    serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
  });
const barePort = await listen(bare.fetch);
const appPort = await listen(app.fetch);
process.stdout.write(`${JSON.stringify({ ready: true, barePort, appPort })}\n`);
