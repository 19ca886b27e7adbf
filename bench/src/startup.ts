import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migratePglite, openPglite } from '@steward/db/node';
import type { Measurement } from './report.ts';
import { repoRoot, waitFor200 } from './util.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Stops a process the bench started and everything it started (wrangler runs workerd). */
async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function timeToHealth(command: string, args: string[], env: NodeJS.ProcessEnv, port: number) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: 'ignore',
    detached: true,
  });
  try {
    return await waitFor200(`http://127.0.0.1:${port}/health`, started);
  } finally {
    await stopGroup(child);
  }
}

/**
 * Section e: the embedded database opened and migrated in-process (new and existing folder), the
 * embedded server from spawn to its first /health 200 (new folder: with the demo agency's seeding;
 * existing folder: a restart), and `wrangler dev` to its first /health 200 against PostgreSQL.
 */
export async function startupSection(input: { workerDatabaseUrl: string | null }): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const add = (name: string, column: string, value: number) =>
    out.push({ section: 'e', name, column, value, unit: 'ms' });
  const folder = mkdtempSync(join(tmpdir(), 'steward-bench-embedded-'));
  try {
    for (const label of ['new', 'existing']) {
      const t = performance.now();
      const handle = await openPglite({ dataDir: join(folder, 'direct') });
      await migratePglite(handle);
      add(`open + migrate, ${label} folder ms`, 'pglite', performance.now() - t);
      await handle.close();
    }
    for (const label of ['new', 'existing']) {
      const port = await freePort();
      const ms = await timeToHealth(
        process.execPath,
        ['--import', 'tsx', 'apps/api/src/entry-node.ts'],
        { DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', STEWARD_DATA_DIR: join(folder, 'server') },
        port,
      );
      add(`server start, ${label} folder ms`, 'pglite', ms);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  if (input.workerDatabaseUrl) {
    const port = await freePort();
    const ms = await timeToHealth(
      'npx',
      ['wrangler', 'dev', '-c', 'infra/wrangler.jsonc', '--port', String(port), '--ip', '127.0.0.1'],
      { CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: input.workerDatabaseUrl, CI: '1' },
      port,
    );
    add('wrangler dev to /health ms', 'postgres', ms);
  }
  return out;
}
