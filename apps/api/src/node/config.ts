import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The Node server's settings, all from the environment, each with a default that works on a fresh clone. */
export interface NodeServerConfig {
  port: number;
  host: string;
  /** PostgreSQL URL; unset means the embedded database. */
  databaseUrl: string | undefined;
  /** Embedded mode: where PGlite keeps its data and photos are stored. */
  dataDir: string;
  /** The built web app. */
  webDist: string;
  /** Apply migrations at start-up (always on for the embedded database). */
  migrateOnStart: boolean;
  /** Where users reach Steward (links in invitations and password resets). */
  publicOrigin: string;
  /** Only for plain-http deployments off localhost; see @steward/auth cookies.ts. */
  insecureHttpCookies: boolean;
  /**
   * Prepared statements on the PostgreSQL connections (default). Off only behind a pooler that cannot
   * keep them between transactions (pgbouncer in transaction mode before 1.21): STEWARD_DB_PREPARE=0.
   */
  preparedStatements: boolean;
}

export function readNodeServerConfig(env: NodeJS.ProcessEnv = process.env): NodeServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: resolve(repoRoot, env.STEWARD_DATA_DIR ?? '.data'),
    webDist: resolve(repoRoot, env.STEWARD_WEB_DIST ?? 'apps/web/dist'),
    migrateOnStart: databaseUrl === undefined || env.STEWARD_MIGRATE_ON_START === '1',
    publicOrigin: (env.STEWARD_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    insecureHttpCookies: env.STEWARD_INSECURE_HTTP_COOKIES === '1',
    preparedStatements: env.STEWARD_DB_PREPARE !== '0',
  };
}
