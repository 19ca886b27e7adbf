import { migrationStatus } from '@steward/db';
import type { Context } from 'hono';
import type { AppDeps } from '../deps.ts';
import { errorFields } from '../logger.ts';

/**
 * GET /health: is the process up, can it reach its database, and is the schema current? 503 when the
 * database is unreachable or behind, so a load balancer stops sending traffic.
 */
export async function health(c: Context, deps: AppDeps): Promise<Response> {
  const base = {
    version: deps.config.version,
    runtime: deps.config.runtime,
    time: deps.clock.now().toISOString(),
  };
  try {
    const migrations = await migrationStatus(deps.db);
    const status = migrations.upToDate ? 'ok' : 'degraded';
    return c.json(
      { status, ...base, database: { kind: deps.dbKind, reachable: true, migrations } },
      migrations.upToDate ? 200 : 503,
    );
  } catch (error) {
    deps.logger.error('health check failed', errorFields(error));
    return c.json({ status: 'error', ...base, database: { kind: deps.dbKind, reachable: false } }, 503);
  }
}
