import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTotpCode } from '@steward/auth';
import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { trpcClient } from '../../test/client.ts';
import { seedTenant, TEST_PASSWORD } from '../../test/fixtures.ts';
import { fixedClock, testApp } from '../../test/harness.ts';

describeEachDatabase('signing in, sessions and second factors', (ctx) => {
  const clock = fixedClock('2026-03-02T01:00:00Z');
  let n = 0;
  async function person(
    roles: ('admin' | 'supervisor')[] = ['supervisor'],
    mfaRequiredRoles: ('admin' | 'leader')[] = [],
  ) {
    const email = `p${++n}-${ctx.kind}@example.cn`;
    const seeded = await seedTenant(ctx.db, `单位${n}`, [{ email, roles, password: true }], {
      mfaRequiredRoles,
    });
    return { email, tenant: seeded.tenant, user: seeded.users[email]! };
  }

  it('a right password signs in with a __Host- Secure HttpOnly SameSite cookie; the database keeps no raw token', async () => {
    clock.set('2026-03-02T01:00:00Z');
    const { app } = testApp(ctx, { clock });
    const { email, tenant } = await person();
    const res = await app.request('/trpc/auth.signIn', {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-steward_session=[a-z2-7]+\.[a-z2-7]+;/);
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const [id, secret] = token.split('.');
    const stored = await ctx.db.execute(sql`select * from sessions where id = ${id}`);
    const dump = JSON.stringify(stored);
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(token);
    const me = await trpcClient(app, { cookie: cookie.split(';')[0] }).query('auth.me');
    expect(me.body.result.data).toMatchObject({ email, activeTenantId: tenant.id, pendingMfa: false });
  });

  it('a wrong password is refused with a message in the user’s language', async () => {
    const { app } = testApp(ctx, { clock });
    const { email } = await person();
    const zh = await trpcClient(app).mutation('auth.signIn', { email, password: 'wrong password 123' });
    expect(zh.status).toBe(401);
    expect(zh.body.error.message).toBe('邮箱或密码不正确，或该账户已停用。');
    const en = await trpcClient(app, { locale: 'en' }).mutation('auth.signIn', {
      email,
      password: 'wrong password 123',
    });
    expect(en.body.error.message).toMatch(/email or password is not correct/);
  });

  it('after 5 free failures each further one delays the account, even for the right password, and the wait is stated', async () => {
    clock.set('2026-03-02T02:00:00Z');
    const { app } = testApp(ctx, { clock });
    const { email } = await person();
    for (let i = 0; i < 6; i++) {
      expect(
        (await trpcClient(app).mutation('auth.signIn', { email, password: `nope nope nope ${i}` })).status,
      ).toBe(401);
    }
    const refused = await trpcClient(app).mutation('auth.signIn', { email, password: TEST_PASSWORD });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/\d+秒后再试/);
    clock.set('2026-03-02T02:01:00Z'); // 30 s delay after the 6th failure has passed
    expect((await trpcClient(app).mutation('auth.signIn', { email, password: TEST_PASSWORD })).status).toBe(
      200,
    );
  });

  it('sessions end after 2 h without use, and after 12 h however active', async () => {
    clock.set('2026-03-03T00:00:00Z');
    const { app } = testApp(ctx, { clock });
    const { email } = await person();
    const client = trpcClient(app);
    await client.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    clock.set('2026-03-03T01:59:00Z');
    expect((await client.query('auth.me')).body.result.data).not.toBeNull();
    clock.set('2026-03-03T04:00:00Z'); // idle 2 h 1 min
    expect((await client.query('auth.me')).body.result.data).toBeNull();

    clock.set('2026-03-04T00:00:00Z');
    const busy = trpcClient(app);
    await busy.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    for (let hour = 1; hour < 12; hour++) {
      clock.set(`2026-03-04T${String(hour).padStart(2, '0')}:00:00Z`);
      expect((await busy.query('auth.me')).body.result.data).not.toBeNull();
    }
    clock.set('2026-03-04T12:00:00Z');
    expect((await busy.query('auth.me')).body.result.data).toBeNull();
  });

  it('signing out ends the session; disabling the account ends every session of the user', async () => {
    clock.set('2026-03-05T00:00:00Z');
    const { app } = testApp(ctx, { clock });
    const { email, user } = await person();
    const first = trpcClient(app);
    const second = trpcClient(app);
    await first.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    await second.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    const stale = first.cookie;
    await first.mutation('auth.signOut');
    expect((await trpcClient(app, { cookie: stale }).query('auth.me')).body.result.data).toBeNull();
    expect((await second.query('auth.me')).body.result.data).not.toBeNull();
    await ctx.db.update(schema.users).set({ disabledAt: clock.now() }).where(eq(schema.users.id, user.id));
    expect((await second.query('auth.me')).body.result.data).toBeNull();
    const left = await ctx.db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(left).toEqual([]);
  });

  it('TOTP: enrol, then sign-in asks for the code; a code works once', async () => {
    clock.set('2026-03-06T00:00:00Z');
    const { app } = testApp(ctx, { clock });
    const { email } = await person(['admin'], ['admin']);
    const client = trpcClient(app);
    await client.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    const blocked = await client.query('tenant.get');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.data.messageKey).toBe('auth.mfa_enrollment_required');
    const begun = (await client.mutation('auth.beginTotp')).body.result.data;
    const secret = decodeBase32IgnorePadding(begun.secret);
    const confirmed = await client.mutation('auth.confirmTotp', {
      secret: begun.secret,
      code: generateTotpCode(secret, clock.now().getTime()),
    });
    expect(confirmed.body.result.data.recoveryCodes).toHaveLength(10);
    expect((await client.query('tenant.get')).status).toBe(200);
    await client.mutation('auth.signOut');

    clock.set('2026-03-06T00:05:00Z');
    const next = trpcClient(app);
    expect((await next.mutation('auth.signIn', { email, password: TEST_PASSWORD })).body.result.data).toEqual(
      { pendingMfa: true },
    );
    expect((await next.query('tenant.get')).status).toBe(401);
    const code = generateTotpCode(secret, clock.now().getTime());
    expect((await next.mutation('auth.verifyTotp', { code })).status).toBe(200);
    expect((await next.query('tenant.get')).status).toBe(200);

    const again = trpcClient(app);
    await again.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    const reused = await again.mutation('auth.verifyTotp', { code });
    expect(reused.status).toBe(400);
    expect(reused.body.error.data.fieldErrors.code[0]).toMatch(/已使用/);
  });

  it('refuses a state-changing request from another site (CSRF)', async () => {
    const { app } = testApp(ctx, { clock });
    const res = await app.request('/trpc/auth.signOut', {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/json',
      },
      body: 'null',
    });
    expect(res.status).toBe(403);
  });
});
