import { join } from 'node:path';
import { localDate } from '@steward/core';
import type { Database } from '@steward/db';
import { createFsBlobStore } from '../../blob/fs-blob-store.ts';
import { digestTenants } from '../../generate/digest.ts';
import { generate } from '../../generate/index.ts';
import { readNodeServerConfig } from '../../node/config.ts';
import { type CliIo, UsageError } from '../io.ts';

export const generateHelp =
  'generate [--tenants 1] [--sites 2] [--contracts 5] [--months 12] [--seed 42] [--as-of YYYY-MM-DD] [--digest]';

function intOption(options: Map<string, string | true>, name: string, fallback: number, max: number) {
  const raw = options.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  return n;
}

/**
 * Scale data for demos, load tests and the benchmark: deterministic from --seed (and --as-of, which
 * defaults to today in Asia/Shanghai). Against DATABASE_URL or the embedded folder, like every command;
 * a seed can be generated once per database (its ids are fixed).
 */
export async function generateCommand(
  db: Database,
  _args: string[],
  options: Map<string, string | true>,
  io: CliIo,
) {
  const asOf = options.get('as-of');
  if (asOf !== undefined && (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)))
    throw new UsageError('--as-of must be a date (YYYY-MM-DD)');
  const config = readNodeServerConfig();
  const summary = await generate(db, {
    tenants: intOption(options, 'tenants', 1, 1000),
    sites: Math.max(1, intOption(options, 'sites', 2, 100)),
    contracts: Math.max(1, intOption(options, 'contracts', 5, 1000)),
    months: Math.max(1, intOption(options, 'months', 12, 1200)),
    seed: intOption(options, 'seed', 42, 2 ** 31),
    asOf: (asOf as string | undefined) ?? localDate(Date.now(), 'Asia/Shanghai'),
    // Photos go where the embedded server keeps its files; PostgreSQL deployments keep theirs elsewhere.
    ...(config.databaseUrl ? {} : { blobs: createFsBlobStore(join(config.dataDir, 'blobs')) }),
  });
  const digest =
    options.get('digest') === true
      ? (
          await digestTenants(
            db,
            summary.tenants.map((t) => t.id),
          )
        ).digest
      : undefined;
  io.result({ ...summary, ...(digest ? { digest } : {}) }, () => {
    io.out(`Generated ${summary.tenants.length} tenant(s) from seed ${summary.seed} in ${summary.ms} ms:`);
    for (const t of summary.tenants) io.out(`  ${t.id}  ${t.name}`);
    for (const [table, n] of Object.entries(summary.rows)) io.out(`  ${table.padEnd(24)} ${n}`);
    if (digest) io.out(`  digest ${digest}`);
  });
  return 0;
}
