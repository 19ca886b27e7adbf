import autocannon from 'autocannon';
import postgres from 'postgres';
import type { Measurement } from './report.ts';
import { percentile } from './util.ts';

export interface Endpoint {
  name: string;
  /** path on the Steward port, or on the bare port for the bare route */
  path: string;
  bare?: boolean;
  /** called without the session cookie (a visitor: the sign-in page asks system.info) */
  anonymous?: boolean;
  /** compared with its own SQL replayed directly (section b) */
  heavy?: boolean;
}

const trpcGet = (proc: string, input?: unknown) =>
  `/trpc/${proc}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

export function endpoints(ids: { contractId: string; month: string }): Endpoint[] {
  return [
    { name: 'bare hono', path: '/bare', bare: true },
    { name: 'system.info anonymous', path: trpcGet('system.info'), anonymous: true },
    { name: 'system.info', path: trpcGet('system.info') },
    { name: 'tenant.get', path: trpcGet('tenant.get') },
    { name: 'contracts.get', path: trpcGet('contracts.get', { id: ids.contractId }), heavy: true },
    { name: 'inspections.list', path: trpcGet('inspections.list', { month: ids.month }), heavy: true },
    {
      name: 'scores.month',
      path: trpcGet('scores.month', { contractId: ids.contractId, month: ids.month }),
      heavy: true,
    },
  ];
}

async function cannon(url: string, cookie: string, connections: number, seconds: number) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx and ${result.errors} errors under load`);
  return result;
}

/** Sequential requests over one keep-alive connection, timed one by one (sub-millisecond precise). */
export async function sequential(url: string, cookie: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const t = performance.now();
    const res = await fetch(url, { headers: cookie ? { cookie } : {} });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    if (i >= 5) out.push(performance.now() - t);
  }
  return out;
}

/** The data statements of a request: what it ran minus what the lightest tenant procedure runs. */
function dataStatements(all: { query: string; params: unknown[] }[], overhead: { query: string }[]) {
  const left = [...overhead.map((s) => s.query)];
  return all.filter((s) => {
    const i = left.indexOf(s.query);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * Sections a and b: under autocannon at 1 and 50 connections (p50/p99 latency, requests/s) the bare
 * route, the lightest procedures and the heavy reads; then each heavy read's own SQL replayed straight
 * through postgres.js against the same database, compared at p50 with the API called one request at a
 * time.
 */
export async function loadSection(input: {
  column: 'postgres' | 'pglite';
  ready: { barePort: number; appPort: number };
  databaseUrl: string | null;
  cookie: string;
  list: Endpoint[];
  seconds: number;
}): Promise<Measurement[]> {
  const { column, cookie } = input;
  const out: Measurement[] = [];
  const add = (section: string, name: string, value: number, unit: string) =>
    out.push({ section, name, column, value, unit });
  const { ready } = input;
  {
    const base = (e: Endpoint) => `http://127.0.0.1:${e.bare ? ready.barePort : ready.appPort}${e.path}`;
    for (const e of input.list) {
      const as = e.anonymous ? '' : cookie;
      await sequential(base(e), as, 20); // warm up (JIT, plans, caches)
      for (const c of [1, 50]) {
        const r = await cannon(base(e), as, c, input.seconds);
        add('a', `${e.name} p50 c${c}`, r.latency.p50, 'ms');
        add('a', `${e.name} p99 c${c}`, r.latency.p99, 'ms');
        add('a', `${e.name} rps c${c}`, r.requests.average, 'req/s');
      }
    }
    const rps = (name: string) => out.find((m) => m.name === `${name} rps c50`)!.value;
    for (const e of input.list.filter((x) => !x.bare))
      add('a', `${e.name} / bare rps c50`, (rps(e.name) / rps('bare hono')) * 100, '%');

    if (!input.databaseUrl) return out;
    // Let the last load run's queued requests drain, or their statements would land in the capture.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    out.push(...(await compareWithSql({ ...input, databaseUrl: input.databaseUrl })));
    return out;
  }
}

/**
 * Section b: capture what one request of each heavy read runs, subtract the lightest tenant procedure's
 * statements (session, tenant transaction, principal), replay the rest straight through postgres.js
 * (one connection, prepared) and compare its p50 with the API called one request at a time.
 */
export async function compareWithSql(input: {
  column: 'postgres' | 'pglite';
  ready: { barePort: number; appPort: number };
  databaseUrl: string;
  cookie: string;
  list: Endpoint[];
  times?: number;
}): Promise<Measurement[]> {
  const { column, cookie, ready } = input;
  const times = input.times ?? 200;
  const out: Measurement[] = [];
  const add = (section: string, name: string, value: number, unit: string) =>
    out.push({ section, name, column, value, unit });
  const base = (e: Endpoint) => `http://127.0.0.1:${e.bare ? ready.barePort : ready.appPort}${e.path}`;
  const capture = async (e: Endpoint) => {
    await fetch(`http://127.0.0.1:${ready.barePort}/capture/start`, { method: 'POST' });
    await (await fetch(base(e), { headers: { cookie } })).arrayBuffer();
    const res = await fetch(`http://127.0.0.1:${ready.barePort}/capture/stop`, { method: 'POST' });
    return (await res.json()) as { query: string; params: unknown[] }[];
  };
  const overhead = await capture(input.list.find((e) => e.name === 'tenant.get')!);
  const sql = postgres(input.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    for (const e of input.list.filter((x) => x.heavy)) {
      const statements = dataStatements(await capture(e), overhead);
      const replay = async () => {
        for (const s of statements) await sql.unsafe(s.query, s.params as never[], { prepare: true });
      };
      for (let i = 0; i < 10; i++) await replay();
      const direct: number[] = [];
      for (let i = 0; i < times; i++) {
        const t = performance.now();
        await replay();
        direct.push(performance.now() - t);
      }
      const api = await sequential(base(e), cookie, times);
      add('b', `${e.name} statements`, statements.length, '');
      add('b', `${e.name} sql p50`, percentile(direct, 50), 'ms');
      add('b', `${e.name} api p50`, percentile(api, 50), 'ms');
      add('b', `${e.name} api/sql p50`, percentile(api, 50) / percentile(direct, 50), '×');
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
  return out;
}
