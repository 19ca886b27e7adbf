import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { openFromNav } from './nav.ts';
import { seedOperator } from './seed.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';
import { totpCode } from './totp.ts';

// Issue 3's "Done when": an agency provisioned from nothing, used end to end in the browser.

const operator = { email: 'operator@steward.test', password: 'operator passphrase 2026' };
const admin = { email: 'admin@agency.test', name: '王管理', password: 'admin passphrase for steward' };
const evaluator = { email: 'eval@firm.test', name: '李评估', password: 'evaluator passphrase 2026' };

let base: string;
const contexts: BrowserContext[] = [];

const suite = browserSuite({ name: 'lifecycle', seed: (dir) => seedOperator(dir, operator) });
beforeAll(() => {
  if (!suite.ready) return;
  base = browserUrl(suite.server.baseUrl);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function newPage(kind: 'phone' | 'desktop'): Promise<Page> {
  const context = await suite.browser.newContext(
    kind === 'phone'
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' }
      : { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' },
  );
  contexts.push(context);
  return context.newPage();
}

/** The server was started on a port of its own choosing; links carry its configured origin. */
const onServer = (link: string) => link.replace(/^https?:\/\/[^/]+/, base);

/** A same-origin call from the page, as the app makes it (the browser adds Sec-Fetch-Site). */
async function callApi<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([p, body]) => {
      const response = await fetch(`/trpc/${p}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(JSON.stringify(json));
      return json.result.data;
    },
    [path, input] as const,
  ) as Promise<T>;
}

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto(`${base}/sign-in`);
  await signInWithPassword(page, who.email, who.password);
}

async function acceptInvitation(page: Page, link: string, who: { name: string; password: string }) {
  await page.goto(onServer(link));
  await page.getByLabel('姓名').fill(who.name);
  await page.locator('input[name="password"]').fill(who.password);
  await page.getByRole('button', { name: '接受邀请' }).click();
  await page.getByText('已加入').waitFor();
}

browserIt(
  '[browser] invite → accept → sign in with TOTP → sites → grant an evaluator one site → the evaluator sees only it',
  async () => {
    // 1. The platform operator provisions an agency and its first admin (the operator CLI does the same).
    const ops = await newPage('desktop');
    await signIn(ops, operator);
    await ops.getByTestId('system-version').waitFor();
    const { invitationLink } = await callApi<{ invitationLink: string }>(ops, 'platform.createTenant', {
      name: '测试市机关事务管理局',
      region: '测试市',
      adminEmail: admin.email,
      adminName: admin.name,
    });

    // 2. The admin accepts on a phone, signs in, and is sent to TOTP enrolment first (admins need 2FA).
    const phone = await newPage('phone');
    await acceptInvitation(phone, invitationLink, admin);
    await phone.getByRole('link', { name: '登录' }).click();
    await signInWithPassword(phone, admin.email, admin.password);
    await phone.getByTestId('mfa-required').waitFor();
    expect(new URL(phone.url()).pathname).toBe('/account');
    await phone.getByRole('button', { name: '开始绑定' }).click();
    await phone.getByTestId('totp-qr').waitFor();
    const secret = (await phone.getByTestId('totp-secret').getAttribute('data-secret'))!;
    await phone.getByLabel('验证器显示的 6 位验证码').fill(totpCode(secret));
    await phone.getByRole('button', { name: '确认绑定' }).click();
    await phone.getByTestId('recovery-codes').waitFor();
    expect(await phone.locator('.recovery-codes li').count()).toBeGreaterThanOrEqual(8);
    await phone.getByRole('button', { name: '我已保存' }).click();
    await phone.getByText('已启用').waitFor();

    // 3. Sign out, and in again: now with the second factor (the next step's code: each code works once).
    await phone.getByTestId('sign-out').click();
    await phone.locator('input[name="email"]').waitFor();
    await signInWithPassword(phone, admin.email, admin.password);
    await phone.getByLabel('验证码或恢复码').fill(totpCode(secret, 1));
    await phone.getByRole('button', { name: '验证' }).click();
    await phone.getByTestId('active-tenant').waitFor();
    expect(await phone.getByTestId('active-tenant').textContent()).toBe('测试市机关事务管理局');
    const nav = phone.getByRole('navigation', { name: '主导航' });
    for (const label of ['首页', '场所', '人员', '授权'])
      await nav.getByRole('link', { name: label, includeHidden: true }).waitFor({ state: 'attached' });

    // 4. Two sites.
    await openFromNav(phone, '场所');
    const siteForm = phone.getByTestId('site-create');
    for (const [code, name] of [
      ['A01', '机关大楼'],
      ['B02', '行政事业中心'],
    ]) {
      await siteForm.getByLabel('编号').fill(code!);
      await siteForm.getByLabel('名称').fill(name!);
      await siteForm.getByRole('button', { name: '创建场所' }).click();
      await phone.locator(`[data-testid="site-item"][data-code="${code}"]`).waitFor();
    }

    // 5. Invite an evaluator, who accepts in a browser of their own.
    await openFromNav(phone, '人员');
    const invite = phone.getByTestId('invite-form');
    await invite.getByLabel('邮箱').fill(evaluator.email);
    await invite.getByLabel('第三方评估机构').check();
    await invite.getByRole('button', { name: '发送邀请' }).click();
    const evaluatorLink = (await phone.getByTestId('invitation-link').textContent())!;
    const evalPage = await newPage('phone');
    await acceptInvitation(evalPage, evaluatorLink, evaluator);

    // 6. The admin grants the evaluator read access to one site.
    await openFromNav(phone, '授权');
    const grantForm = phone.getByTestId('grant-form');
    await grantForm.getByLabel('被授权人').selectOption({ label: `${evaluator.name} · ${evaluator.email}` });
    await grantForm.getByLabel('机关大楼 (A01)').check();
    await grantForm.getByLabel('授权理由').fill('2026 年上半年物业服务第三方评估');
    await grantForm.getByRole('button', { name: '创建授权' }).click();
    await phone.locator('[data-testid="grant-item"][data-state="active"]').waitFor();
    expect(await phone.getByTestId('grant-item').textContent()).toContain('机关大楼');

    // 7. Every change above is in the agency's audit chain, which verifies; settings save.
    await openFromNav(phone, '审计日志');
    await phone.getByTestId('audit-status').waitFor();
    expect(await phone.getByTestId('audit-status').getAttribute('data-ok')).toBe('true');
    expect(await phone.getByTestId('audit-status').textContent()).toMatch(/审计链完整，共 \d+ 条记录/);
    expect(await phone.getByTestId('audit-entry').first().textContent()).toContain('grant.create');
    await openFromNav(phone, '单位设置');
    await phone.getByTestId('settings-form').getByLabel('地区').fill('测试市东区');
    await phone.getByTestId('settings-form').getByRole('button', { name: '保存' }).click();
    await phone.getByText('已保存。').waitFor();

    // 8. The evaluator signs in and sees Home and Sites only, and only the granted site.
    await evalPage.getByRole('link', { name: '登录' }).click();
    await signInWithPassword(evalPage, evaluator.email, evaluator.password);
    const evalNav = evalPage.getByRole('navigation', { name: '主导航' });
    await openFromNav(evalPage, '场所');
    await evalPage.getByTestId('site-list').waitFor();
    const names = await evalPage.locator('[data-testid="site-item"] strong').allTextContents();
    expect(names.map((n) => n.replace(/\s+\S+$/, ''))).toEqual(['机关大楼']);
    // A minimal shell: Home and Sites (and screens open to grant holders), none of the admin screens.
    const evalLinks = await evalNav.getByRole('link', { includeHidden: true }).allTextContents();
    expect(evalLinks).toEqual(expect.arrayContaining(['首页', '场所']));
    for (const admin of ['人员', '授权', '审计日志', '单位设置']) expect(evalLinks).not.toContain(admin);
    for (const adminOnly of ['人员', '授权', '审计日志', '单位设置'])
      expect(evalLinks).not.toContain(adminOnly);
    expect(await evalPage.getByTestId('site-create').count()).toBe(0);
  },
  180_000,
);
