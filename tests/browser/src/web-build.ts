import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, webDir } from './paths.ts';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Builds apps/web when dist is missing or older than its sources, so the test never drives a stale build.
 * Returns whether it built.
 */
export function ensureWebBuild(): boolean {
  const index = join(webDir, 'dist', 'index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const sources = [join(webDir, 'src'), join(webDir, 'index.html'), join(webDir, 'public')];
    if (sources.every((source) => !existsSync(source) || newestMtime(source) <= built)) return false;
  }
  execFileSync('npm', ['run', 'build', '-w', '@steward/web'], { cwd: repoRoot, stdio: 'pipe' });
  return true;
}
