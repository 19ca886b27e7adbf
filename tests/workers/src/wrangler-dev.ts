import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot, wranglerBin, wranglerConfig, wranglerEnv } from './paths.ts';

export interface WranglerDev {
  readonly baseUrl: string;
  /** Milliseconds from spawn to the first answer from /health. */
  readonly startMs: number;
  /** Everything wrangler and the Worker printed so far (the Worker's JSON log lines included). */
  output(): string;
  /** Stops wrangler and everything it started (workerd, esbuild): the whole process group. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/**
 * Starts `wrangler dev` on infra/wrangler.jsonc, in its own process group so that stopping it also
 * stops workerd. `assetsDir` replaces the config's assets directory, so the test does not depend on
 * (or race with) a build of the web app.
 */
export async function startWranglerDev(options: {
  databaseUrl: string;
  assetsDir: string;
  workDir: string;
  readyTimeoutMs?: number;
}): Promise<WranglerDev> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${port}`;
  const args = [
    'dev',
    ...['-c', wranglerConfig, '--port', String(port), '--ip', '127.0.0.1'],
    ...['--inspector-port', String(inspectorPort), '--persist-to', join(options.workDir, 'persist')],
    ...['--assets', options.assetsDir, '--show-interactive-dev-session=false'],
  ];
  const started = performance.now();
  const child = spawn(wranglerBin, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: wranglerEnv({
      CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: options.databaseUrl,
      WRANGLER_LOG_PATH: join(options.workDir, 'logs'),
    }),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  let exited = false;
  const exit = once(child, 'exit').then(() => {
    exited = true;
  });
  // Last resort if the test process dies without running its hooks.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    killGroup(child, 'SIGTERM');
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 5000))]);
    // wrangler may be gone while workerd lingers in the same group.
    killGroup(child, 'SIGKILL');
  };

  const deadline = started + (options.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`wrangler dev exited before it was ready (code ${child.exitCode}):\n${output}`);
    }
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer ${baseUrl}/health in time:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { baseUrl, startMs: Math.round(performance.now() - started), output: () => output, stop };
}
