import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measurement } from './report.ts';
import { repoRoot } from './util.ts';

const gzipKb = (bytes: Uint8Array) => gzipSync(bytes).length / 1024;

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The scripts a browser fetches before the first screen: the entry and its modulepreloads. */
export function initialScripts(indexHtml: string): string[] {
  const srcs = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([...srcs, ...preloads])];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Section f: the web app's initial JavaScript after a production build (gzip of the entry and its
 * modulepreloads, as index.html names them) and the Worker as `wrangler deploy --dry-run` bundles it.
 */
export function bundlesSection(): Measurement[] {
  const out: Measurement[] = [];
  const add = (name: string, value: number, unit = 'KB') =>
    out.push({ section: 'f', name, column: '-', value, unit });
  run('npm', ['run', 'build', '-w', '@steward/web']);
  const dist = join(repoRoot, 'apps/web/dist');
  const scripts = initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  let initial = 0;
  for (const src of scripts) initial += gzipKb(readFileSync(join(dist, src.replace(/^\//, ''))));
  add('web initial JS gzip KB', initial);
  add('web initial JS files', scripts.length, '');
  const all = filesUnder(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  add(
    'web all JS gzip KB',
    all.reduce((sum, f) => sum + gzipKb(readFileSync(f)), 0),
  );
  const outdir = mkdtempSync(join(tmpdir(), 'steward-bench-worker-'));
  try {
    run('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir, '-c', 'infra/wrangler.jsonc']);
    const js = filesUnder(outdir).filter((f) => /\.(m?js|wasm)$/.test(f));
    add(
      'worker bundle gzip KB',
      js.reduce((sum, f) => sum + gzipKb(readFileSync(f)), 0),
    );
    add(
      'worker bundle raw KB',
      js.reduce((sum, f) => sum + statSync(f).size / 1024, 0),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
  return out;
}
