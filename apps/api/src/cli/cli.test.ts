import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describeEachDatabase } from '@steward/db/testing';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const main = fileURLToPath(new URL('./main.ts', import.meta.url));

describeEachDatabase('the operator CLI', (ctx) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'steward-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // PostgreSQL: the suite's own database. PGlite: a fresh data folder, as `npm start` would use.
  const env = () => ({
    ...process.env,
    ...(ctx.kind === 'postgres'
      ? { DATABASE_URL: ctx.testDatabase.url! }
      : { DATABASE_URL: '', STEWARD_DATA_DIR: dataDir }),
    STEWARD_NEW_PASSWORD: 'a long enough secret phrase 42',
  });
  const steward = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', main, ...args, '--json'], {
      env: env(),
    });
    return JSON.parse(stdout);
  };

  it('provisions a tenant from nothing, lists it, adds and disables a user, and verifies the audit chain', async () => {
    const created = await steward(
      'tenants',
      'create',
      '--name',
      'CLI 测试局',
      '--admin-email',
      'Admin@Example.cn',
      '--admin-name',
      '管理员',
    );
    expect(created.adminInvitationLink).toMatch(new RegExp(`/accept-invitation#${created.tenantId}\\.`));
    const tenants = await steward('tenants', 'list');
    expect(tenants.map((t: { name: string }) => t.name)).toContain('CLI 测试局');
    const user = await steward(
      'users',
      'create',
      '--email',
      'sup@example.cn',
      '--name',
      '监管员',
      '--password-env',
      'STEWARD_NEW_PASSWORD',
      '--tenant',
      created.tenantId,
      '--roles',
      'supervisor',
    );
    expect(user).toMatchObject({ email: 'sup@example.cn', roles: ['supervisor'] });
    expect(await steward('users', 'disable', '--email', 'sup@example.cn')).toMatchObject({ disabled: true });
    const verified = await steward('audit', 'verify', '--tenant', created.tenantId);
    expect(verified).toMatchObject({ ok: true, entries: 2 });
  }, 120_000);

  it('refuses an unknown role with a usage message and exit code 2', async () => {
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', main, 'users', 'create', '--email', 'x@y.cn', '--name', 'X', '--roles', 'king'],
      {
        env: env(),
      },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('unknown role king');
  }, 60_000);
});
