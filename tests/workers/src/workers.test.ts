import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_BATCH_SIZE } from '@steward/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminUrlFromEnv,
  createWorkersTestDatabase,
  hyperdriveUrl,
  MISSING_DATABASE_MESSAGE,
  type WorkersTestDatabase,
} from './postgres.ts';
import { startWranglerDev, type WranglerDev } from './wrangler-dev.ts';

const adminUrl = adminUrlFromEnv();
const noStack = /at .*\.(ts|js):\d+|"stack"/;

if (!adminUrl) {
  if (process.env.CI) {
    it('[workerd] needs PostgreSQL', () => {
      throw new Error(MISSING_DATABASE_MESSAGE);
    });
  } else {
    console.warn(`\n⚠ Skipping the workerd suite: ${MISSING_DATABASE_MESSAGE}\n`);
  }
}

describe.skipIf(!adminUrl)('[workerd] the Workers build under wrangler dev, on PostgreSQL', () => {
  const marker = `steward-workers-test-${randomBytes(4).toString('hex')}`;
  let workDir = '';
  let database: WorkersTestDatabase | undefined;
  let dev: WranglerDev | undefined;
  const url = (path: string) => `${dev!.baseUrl}${path}`;

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'steward-wrk-'));
    const assetsDir = join(workDir, 'assets');
    mkdirSync(assetsDir);
    writeFileSync(join(assetsDir, 'index.html'), `<!doctype html><title>${marker}</title>`);
    // A file the API path must win over: run_worker_first sends /health to the Worker regardless.
    writeFileSync(join(assetsDir, 'health'), 'an asset, not the API');
    database = await createWorkersTestDatabase(adminUrl!);
    dev = await startWranglerDev({ databaseUrl: hyperdriveUrl(database.url), assetsDir, workDir });
    console.info(`[workerd] wrangler dev answered /health after ${dev.startMs} ms`);
  });

  afterAll(async () => {
    await dev?.stop();
    await database?.dispose();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('[workerd] GET /health reports the workers runtime, PostgreSQL and current migrations', async () => {
    const res = await fetch(url('/health'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body: any = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      runtime: 'workers',
      database: { kind: 'postgres', reachable: true },
    });
    expect(body.database.migrations.upToDate).toBe(true);
    expect(body.database.migrations.applied).toBeGreaterThan(0);
  });

  it('[workerd] GET /trpc/system.info answers from the database through Hyperdrive', async () => {
    const res = await fetch(url('/trpc/system.info'));
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.result.data).toMatchObject({
      name: 'Steward',
      runtime: 'workers',
      database: { kind: 'postgres', upToDate: true },
    });
    expect(Date.parse(body.result.data.serverTime)).not.toBeNaN();
  });

  it('[workerd] an unknown procedure is a localized 404 without a stack trace', async () => {
    const zh = await fetch(url('/trpc/nothing.here'));
    expect(zh.status).toBe(404);
    const zhText = await zh.text();
    expect(JSON.parse(zhText).error.message).toBe('未找到所请求的记录。');
    expect(zhText).not.toMatch(noStack);
    const en = await fetch(url('/trpc/nothing.here'), { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    const enText = await en.text();
    expect(JSON.parse(enText).error.message).toBe('The requested record was not found.');
    expect(enText).not.toMatch(noStack);
  });

  it('[workerd] a batch over the limit is refused with 400 and no stack trace', async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'system.info').join(',');
    const res = await fetch(url(`/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}`));
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(noStack);
  });

  it('[workerd] a client route gets index.html (single-page-application fallback)', async () => {
    const res = await fetch(url('/some/client/route'), { headers: { 'sec-fetch-mode': 'navigate' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain(marker);
  });

  it('[workerd] each request logs one structured JSON line carrying its request id', async () => {
    const res = await fetch(url('/health'));
    const id = res.headers.get('x-request-id');
    expect(id).toBeTruthy();
    await expect.poll(() => dev!.output().includes(`"requestId":"${id}"`), { timeout: 5000 }).toBe(true);
    const line = dev!
      .output()
      .split('\n')
      .find((l) => l.startsWith('{') && l.includes(`"requestId":"${id}"`));
    expect(JSON.parse(line!)).toMatchObject({
      msg: 'request',
      runtime: 'workers',
      path: '/health',
      status: 200,
    });
  });
});
