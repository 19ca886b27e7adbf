import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateServiceLine } from '../validation/validate.ts';
import { scaffoldPluginFiles } from './files.ts';

const sdkDir = resolve(import.meta.dirname, '../..');
const repoRoot = resolve(sdkDir, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'steward-scaffold-'));
// Lets the generated package resolve @steward/* and the toolchain exactly as inside the monorepo.
symlinkSync(join(repoRoot, 'node_modules'), join(tmp, 'node_modules'), 'dir');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string) => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  return execFileSync(cmd, args, {
    cwd,
    env: { ...env, NODE_ENV: 'test', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    stdio: 'pipe',
  });
};

describe('new-plugin scaffold', () => {
  it('refuses an id that is not kebab-case', () => {
    expect(() => scaffoldPluginFiles('Bad_Id')).toThrow(/not a kebab-case plugin id/);
  });

  it('writes a package whose plugin validates, typechecks and passes the test kit unchanged', {
    timeout: 120_000,
  }, async () => {
    const out = run(
      process.execPath,
      ['--import', 'tsx', 'scripts/new-plugin.ts', 'demo-line', '--dir', join(tmp, 'plugins')],
      sdkDir,
    );
    expect(out).toContain('@steward/plugin-demo-line');
    const pkgDir = join(tmp, 'plugins', 'demo-line');
    for (const f of ['package.json', 'tsconfig.json', 'src/index.ts', 'src/plugin.test.ts'])
      expect(existsSync(join(pkgDir, f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name).toBe(
      '@steward/plugin-demo-line',
    );

    const mod = (await import(join(pkgDir, 'src/index.ts'))) as { default: unknown };
    const r = validateServiceLine(mod.default, { coreVersion: '0.1.0' });
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([]);

    const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
    run(bin('tsc'), ['-p', '.'], pkgDir);
    const tests = run(bin('vitest'), ['run', '--reporter=dot'], pkgDir);
    expect(tests).toMatch(/Tests\s+\d+ passed/);

    // A second run must not overwrite the author's work.
    expect(() =>
      run(
        process.execPath,
        ['--import', 'tsx', 'scripts/new-plugin.ts', 'demo-line', '--dir', join(tmp, 'plugins')],
        sdkDir,
      ),
    ).toThrow(/already exists/);
  });
});
