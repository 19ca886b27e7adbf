import { writeFileSync } from 'node:fs';
import { localDate } from '@steward/core';
import { openPostgres, schema } from '@steward/db';
import { migratePostgres } from '@steward/db/node';
import autocannon from 'autocannon';
import { asc, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createSession } from '../apps/api/src/auth/session-service.ts';
import { generate } from '../apps/api/src/generate/index.ts';
import { compareWithSql, endpoints, sequential } from './src/load.ts';
import { type CpuProfile, summariseProfile } from './src/profile-summary.ts';
import { formatTable } from './src/report.ts';
import { percentile, spawnTs, stop } from './src/util.ts';

// `node --import tsx bench/profile.ts [--n 300] [--load] [--cpu] [names…]`: the quick loop for working
// on one request's cost. A database kept between runs (steward_bench_profile, seeded once like section
// a's tenant), the bench's server process, each named endpoint called one request at a time (p50); with
// --load also requests/s at 50 connections beside the bare route; the heavy reads against their own SQL
// (section b); with --cpu the server's CPU profile of each endpoint's requests, by package and function.

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const n = flag('--n') ? Number(argv[argv.indexOf('--n') + 1]) : 300;
const names = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--n');
const adminUrl = process.env.STEWARD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = new URL(adminUrl);
url.pathname = '/steward_bench_profile';
const databaseUrl = url.toString();
const asOf = localDate(Date.now(), 'Asia/Shanghai');

const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
const [exists] = await admin`select 1 from pg_database where datname = 'steward_bench_profile'`;
if (!exists) await admin.unsafe('create database steward_bench_profile');
await admin.end();
await migratePostgres(databaseUrl);
const handle = openPostgres(databaseUrl, { max: 2 });
const { tenants, memberships, contracts } = schema;
if ((await handle.db.select({ id: tenants.id }).from(tenants).limit(1)).length === 0)
  await generate(handle.db, { seed: 8000, tenants: 1, sites: 2, contracts: 5, months: 12, asOf });
await handle.db.execute(sql`analyze`); // as the bench does before its reads (run.ts, analyzeForReads)
const [member] = await handle.db
  .select({ userId: memberships.userId, tenantId: memberships.tenantId })
  .from(memberships)
  .where(sql`${memberships.roles} @> array['supervisor']::text[]`)
  .limit(1);
const [contract] = await handle.db.select({ id: contracts.id }).from(contracts).orderBy(asc(contracts.code));
const { token } = await createSession(handle.db, {
  userId: member!.userId,
  activeTenantId: member!.tenantId,
  pendingMfa: false,
  userAgent: 'bench',
  ip: '127.0.0.1',
  now: new Date(),
});
await handle.close();

const cookie = `__Host-steward_session=${token}`;
const all = endpoints({ contractId: contract!.id, month: asOf.slice(0, 7) });
const list = names.length ? all.filter((e) => names.includes(e.name)) : all;
const { child, ready } = await spawnTs<{ barePort: number; appPort: number }>('bench/src/server.ts', {
  BENCH_DATABASE_URL: databaseUrl,
});
const control = (path: string) => fetch(`http://127.0.0.1:${ready.barePort}${path}`, { method: 'POST' });
try {
  for (const e of list) {
    const target = `http://127.0.0.1:${e.bare ? ready.barePort : ready.appPort}${e.path}`;
    const as = e.anonymous ? '' : cookie;
    await sequential(target, as, 50);
    const cpu = async () => {
      const u = (await (await fetch(`http://127.0.0.1:${ready.barePort}/cpu`)).json()) as NodeJS.CpuUsage;
      return u.user + u.system;
    };
    // With --load the profile covers the 50-connection run (what the target measures), else the sequential one.
    const profiling = flag('--cpu');
    if (profiling && !flag('--load')) await control('/profile/start');
    const before = await cpu();
    const times = await sequential(target, as, n);
    const used = (await cpu()) - before;
    let line = `${e.name.padEnd(24)} p50 ${percentile(times, 50).toFixed(2)} ms, server CPU ${Math.round(used / (n + 5))} µs/request`;
    if (flag('--load')) {
      if (profiling) await control('/profile/start');
      const start = await cpu();
      const r = await autocannon({
        url: target,
        connections: 50,
        duration: 5,
        headers: as ? { cookie: as } : {},
      });
      const perRequest = ((await cpu()) - start) / r.requests.total;
      line += `; ${Math.round(r.requests.average)} req/s at 50, server CPU ${Math.round(perRequest)} µs/request`;
    }
    const profile = profiling ? ((await (await control('/profile/stop')).json()) as CpuProfile) : null;
    console.log(line);
    if (profile) console.log(summariseProfile(profile), '\n');
    if (profile && process.env.PROFILE_OUT)
      writeFileSync(`${process.env.PROFILE_OUT}-${e.name}.cpuprofile`, JSON.stringify(profile));
  }
  if (list.some((e) => e.heavy)) {
    const withOverhead = list.some((e) => e.name === 'tenant.get') ? list : [...list, all[3]!];
    const b = await compareWithSql({
      column: 'postgres',
      ready,
      databaseUrl,
      cookie,
      list: withOverhead,
      times: n,
    });
    console.log(formatTable(b, []));
  }
} finally {
  await stop(child);
}
