import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { repoRoot, wranglerBin, wranglerConfig, wranglerEnv } from './paths.ts';

const workDir = mkdtempSync(join(tmpdir(), 'steward-wrk-bundle-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// Needs no database: it checks what `wrangler deploy` would upload.
it('[workerd] the Worker bundle carries no PGlite and no node:fs code', () => {
  const assetsDir = join(workDir, 'assets');
  const outDir = join(workDir, 'out');
  mkdirSync(assetsDir);
  writeFileSync(join(assetsDir, 'index.html'), '<!doctype html>');
  const run = spawnSync(
    wranglerBin,
    ['deploy', '--dry-run', '--outdir', outDir, '-c', wranglerConfig, '--assets', assetsDir],
    { cwd: repoRoot, env: wranglerEnv({ WRANGLER_LOG_PATH: join(workDir, 'logs') }), encoding: 'utf8' },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const bundle = readFileSync(join(outDir, 'entry-workers.js'), 'utf8');
  expect(bundle).not.toMatch(/@electric-sql|pglite\.(wasm|data)/);
  expect(bundle).not.toMatch(/["']node:fs(\/promises)?["']/);
  const gzip = gzipSync(bundle).length;
  console.info(
    `[workerd] Worker bundle: ${Math.round(bundle.length / 1024)} KiB, gzip ${Math.round(gzip / 1024)} KiB`,
  );
  // Workers Free allows 3 MiB gzipped; stay far below it.
  expect(gzip).toBeLessThan(1024 * 1024);
}, 120_000);
