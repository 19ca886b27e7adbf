import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '@steward/core';
import { type Database, openPostgres } from '@steward/db';
import { migratePglite, migratePostgres, openPglite } from '@steward/db/node';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createSession } from '../apps/api/src/auth/session-service.ts';
import { generate } from '../apps/api/src/generate/index.ts';
import { bundlesSection } from './src/bundles.ts';
import { endpoints, loadSection } from './src/load.ts';
import { type BenchReport, evaluateTargets, formatTable, type Measurement } from './src/report.ts';
import { scoringSection } from './src/scoring.ts';
import { startupSection } from './src/startup.ts';
import { draftWithItems, submitOnce } from './src/sync.ts';
import { median, repoRoot, spawnTs, stop } from './src/util.ts';

// `npm run bench`: every comparison of issue 8 in one run, against PostgreSQL (a database created for
// the run and dropped after it) and PGlite side by side; a table on stdout, JSON in bench/results/.
// Options: --quick (shorter load and history, for trying the harness), --skip a,b,c,d,e,f, --no-pglite.

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const skip = new Set(
  (argv[argv.indexOf('--skip') + 1] ?? '').split(',').filter(() => argv.includes('--skip')),
);
const withPglite = !argv.includes('--no-pglite');
const seconds = quick ? 2 : 5;
const sizes = quick ? [1, 3, 10] : [1, 10, 100];
const asOf = localDate(Date.now(), 'Asia/Shanghai');
const month = asOf.slice(0, 7);
const adminUrl =
  process.env.STEWARD_TEST_DATABASE_URL ??
  process.env.BENCH_ADMIN_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

const started = performance.now();
const measurements: Measurement[] = [];
const log = (text: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${text}\n`);

/** The load-test tenant: a year of history, a supervisor's session straight in the database. */
async function seedForLoad(db: Database) {
  const summary = await generate(db, { seed: 8000, tenants: 1, sites: 2, contracts: 5, months: 12, asOf });
  const tenant = summary.tenants[0]!;
  const userId = tenant.userIds.supervisor!;
  const { token } = await createSession(db, {
    userId,
    activeTenantId: tenant.id,
    pendingMfa: false,
    userAgent: 'bench',
    ip: '127.0.0.1',
    now: new Date(),
  });
  return { tenant, userId, cookie: `__Host-steward_session=${token}`, contractId: tenant.contractIds[0]! };
}

/**
 * Planner statistics before the reads are measured, as autovacuum gathers them soon after data arrives in
 * production: without them the month's inspection list was planned for empty tables (15 ms of SQL instead
 * of 3). Taken after section c's generations: a bulk load into tables analysed while small ran 9× slower
 * (the 100-month history: 98 s instead of 11 s).
 */
async function analyzeForReads(db: Database) {
  await db.execute(sql`analyze`);
}

/** Sections a, b and d against one running server process. */
async function serverSections(
  db: Database,
  column: 'postgres' | 'pglite',
  env: NodeJS.ProcessEnv,
  seeded: Awaited<ReturnType<typeof seedForLoad>>,
  databaseUrl: string | null,
  beforeSpawn: () => Promise<void>,
) {
  // d's drafts are written before the server starts (PGlite is a single-process store).
  const drafts = skip.has('d')
    ? []
    : await Promise.all(
        [0, 1, 2, 3].map(() =>
          draftWithItems(db, {
            tenantId: seeded.tenant.id,
            contractId: seeded.contractId,
            inspectorUserId: seeded.userId,
            items: 1000,
            day: asOf,
          }),
        ),
      );
  await beforeSpawn();
  const { child, ready } = await spawnTs<{ barePort: number; appPort: number }>('bench/src/server.ts', env);
  try {
    if (!skip.has('a')) {
      log(`a/b: load on ${column}`);
      measurements.push(
        ...(await loadSection({
          column,
          ready,
          databaseUrl: skip.has('b') ? null : databaseUrl,
          cookie: seeded.cookie,
          list: endpoints({ contractId: seeded.contractId, month }),
          seconds,
        })),
      );
    }
    if (drafts.length > 0) {
      log(`d: 1,000-result submissions on ${column}`);
      const url = `http://127.0.0.1:${ready.appPort}`;
      await submitOnce(url, seeded.cookie, drafts[0]!); // warm-up
      const runs: number[] = [];
      for (const d of drafts.slice(1)) runs.push(await submitOnce(url, seeded.cookie, d));
      measurements.push({
        section: 'd',
        name: 'submit 1,000 results ms',
        column,
        value: median(runs),
        unit: 'ms',
      });
    }
  } finally {
    await stop(child);
  }
}

async function postgresColumn() {
  const name = `steward_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    await migratePostgres(databaseUrl);
    const handle = openPostgres(databaseUrl, { max: 4 });
    try {
      log('postgres: generating the load-test tenant');
      const seeded = await seedForLoad(handle.db);
      if (!skip.has('c')) {
        log('c: scoring with growing history on postgres');
        measurements.push(
          ...(await scoringSection({ db: handle.db, column: 'postgres', asOf, sizes, seed: 9000 })),
        );
      }
      await analyzeForReads(handle.db);
      await serverSections(
        handle.db,
        'postgres',
        { BENCH_DATABASE_URL: databaseUrl },
        seeded,
        databaseUrl,
        async () => {},
      );
    } finally {
      await handle.close();
    }
    if (!skip.has('e')) {
      log('e: cold starts');
      const worker = new URL(databaseUrl);
      if (!worker.password) worker.password = 'bench'; // miniflare wants one; trust auth ignores it
      measurements.push(...(await startupSection({ workerDatabaseUrl: worker.toString() })));
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

async function pgliteColumn() {
  const folder = mkdtempSync(join(tmpdir(), 'steward-bench-pglite-'));
  try {
    const handle = await openPglite({ dataDir: folder });
    await migratePglite(handle);
    log('pglite: generating the load-test tenant');
    const seeded = await seedForLoad(handle.db);
    if (!skip.has('c')) {
      log('c: scoring with growing history on pglite');
      measurements.push(
        ...(await scoringSection({ db: handle.db, column: 'pglite', asOf, sizes, seed: 9000 })),
      );
    }
    await analyzeForReads(handle.db);
    await serverSections(handle.db, 'pglite', { BENCH_PGLITE_DIR: folder }, seeded, null, () =>
      handle.close(),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (!skip.has('f')) {
  log('f: building the web app and the Worker bundle');
  measurements.push(...bundlesSection());
}
await postgresColumn();
if (withPglite) await pgliteColumn();

const report: BenchReport = {
  startedAt: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, platform: process.platform },
  seconds: Math.round((performance.now() - started) / 1000),
  measurements,
  targets: evaluateTargets(measurements),
};
const dir = join(repoRoot, 'bench/results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `${report.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatTable(measurements, report.targets));
console.log(
  `\n${report.seconds} s on ${report.machine.cpus} CPUs, Node ${report.machine.node}; JSON: ${file}`,
);
