import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { openFromNav } from './nav.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';

// Issue 6: someone in the building files a complaint anonymously on a phone from the agency's public
// form, keeps the tracking code, and follows it — status and every deadline, in both languages.
const FORM_KEY = 'k7m2q9x4w8r3t6y1';
const SUPERVISOR = { email: 'sup@complaint.test', password: 'complaint-test-password-7' };
const LIAISON = { email: 'liaison@complaint.test', password: 'complaint-test-password-8' };
let trackingCode = '';

function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** An agency with one building, a catering contract there and its public complaint form. */
async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '投诉测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const tenantId = tenant!.id;
    const [site] = await db
      .insert(schema.sites)
      .values({ tenantId, code: 'JG', name: '机关大楼' })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId, legalName: '内部餐饮公司名称', creditCode: '91310000MA1FL8XQ37' })
      .returning();
    await db.insert(schema.contracts).values({
      tenantId,
      code: 'HT-INTERNAL-01',
      title: '餐饮服务合同',
      vendorId: vendor!.id,
      serviceLineIds: ['catering'],
      siteIds: [site!.id],
      startsOn: shanghaiDate(-60),
      endsOn: shanghaiDate(700),
      priceFen: 100_000_000,
      depositKind: 'amount',
      depositFen: 1_000_000,
    });
    await db.insert(schema.complaintForms).values({ tenantId, publicKey: FORM_KEY });
    const [user] = await db
      .insert(schema.users)
      .values({
        email: SUPERVISOR.email,
        displayName: '王监管',
        passwordHash: await hashPassword(SUPERVISOR.password),
      })
      .returning();
    await db.insert(schema.memberships).values({ tenantId, userId: user!.id, roles: ['supervisor'] });
    const [liaison] = await db
      .insert(schema.users)
      .values({
        email: LIAISON.email,
        displayName: '吴联络',
        passwordHash: await hashPassword(LIAISON.password),
      })
      .returning();
    await db.insert(schema.memberships).values({ tenantId, userId: liaison!.id, roles: ['liaison'] });
  });
}

const suite = browserSuite({ name: 'complaint', seed: seedAgency });

async function phone(): Promise<Page> {
  const context = await suite.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

browserIt(
  '[browser] files a complaint anonymously on a phone and follows it with its tracking code',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const page = await phone();
    await page.goto(`${base}/t/${FORM_KEY}/complaint`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('投诉与建议');
    expect(await page.locator('.lead').first().textContent()).toContain('投诉测试局');
    // No navigation and no sign-in on the public page; it fits the phone's width.
    expect(await page.locator('nav').count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    await page.getByTestId('complaint-site').selectOption({ label: '机关大楼' });
    await page.getByTestId('complaint-location').fill('1楼职工食堂');
    await page.getByTestId('complaint-category').selectOption('catering');
    await page.getByTestId('complaint-description').fill('午餐的饭菜是凉的，已经好几次了');
    await page.getByTestId('complaint-submit').tap();

    const received = page.getByTestId('complaint-received');
    await received.waitFor();
    const code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    trackingCode = code;

    // Follow it: status, each stage's deadline, the public timeline — nothing internal.
    await page.getByTestId('track-link').tap();
    await expect.poll(() => page.getByTestId('track-status').getAttribute('data-status')).toBe('received');
    const clocks = page.locator('[data-testid="clocks"] li');
    expect(await clocks.count()).toBe(4);
    expect(await page.locator('[data-stage="acceptance"]').textContent()).toMatch(/剩余|期限/);
    const text = (await page.getByTestId('tracking').textContent()) ?? '';
    expect(text).toContain('午餐的饭菜是凉的');
    expect(text).not.toContain('内部餐饮公司名称');
    expect(text).not.toContain('HT-INTERNAL-01');

    // Later, from another phone with the code typed by hand (lower case, with a dash), in English.
    const later = await phone();
    await later.goto(`${base}/track`);
    await later.getByTestId('language-switch').selectOption('en');
    await later
      .locator('input')
      .first()
      .fill(`${code.slice(0, 6).toLowerCase()}-${code.slice(6)}`);
    await later.locator('form button[type="submit"]').tap();
    await expect.poll(() => later.getByTestId('track-status').textContent()).toContain('Awaiting acceptance');
    expect(await later.locator('[data-stage="investigation"]').textContent()).toContain('not started');
  },
  180_000,
);

browserIt(
  '[browser] R17: a supervisor accepts the complaint and holds the vendor to account; the reporter sees the correction deadline',
  async () => {
    expect(trackingCode).not.toBe('');
    const base = browserUrl(suite.server.baseUrl);
    const page = await phone();
    await page.goto(base);
    await page.locator('input[name="email"]').waitFor();
    await signInWithPassword(page, SUPERVISOR.email, SUPERVISOR.password);
    await openFromNav(page, '投诉');
    const row = page.locator(`[data-testid="complaint-row"][data-code="${trackingCode}"]`);
    expect(await row.textContent()).toContain('HT-INTERNAL-01');
    await row.locator('a').first().click();
    await expect.poll(() => page.getByTestId('detail-status').getAttribute('data-status')).toBe('received');
    expect(await page.getByTestId('detail-contract').textContent()).toContain('HT-INTERNAL-01');

    await page.getByTestId('action-accept').click();
    await expect
      .poll(() => page.getByTestId('detail-status').getAttribute('data-status'))
      .toBe('investigating');
    await page.getByTestId('decide-finding').fill('调取后厨记录，保温设备故障未报修');
    await page.getByTestId('decide-submit').click();
    await expect.poll(() => page.getByTestId('detail-status').getAttribute('data-status')).toBe('correcting');
    expect(await page.locator('[data-stage="correction"]').textContent()).toContain('剩余');
    expect(await page.getByTestId('timeline').textContent()).toContain('调取后厨记录');

    const reporter = await phone();
    await reporter.goto(`${base}/track/${trackingCode}`);
    await expect
      .poll(() => reporter.getByTestId('track-status').getAttribute('data-status'))
      .toBe('correcting');
    expect(await reporter.locator('[data-stage="correction"]').textContent()).toContain('期限');
    // The handler's internal finding stays internal.
    expect(await reporter.getByTestId('tracking').textContent()).not.toContain('调取后厨记录');
  },
  180_000,
);

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function signedIn(who: { email: string; password: string }): Promise<Page> {
  const page = await phone();
  await page.goto(browserUrl(suite.server.baseUrl));
  await page.locator('input[name="email"]').waitFor();
  await signInWithPassword(page, who.email, who.password);
  await page.locator('nav').first().waitFor();
  return page;
}

browserIt(
  '[browser] a liaison officer reports with a photo, the hotline records a call, and the joint meeting gets its agenda and an action',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const liaison = await signedIn(LIAISON);
    await liaison.goto(`${base}/report`);
    await liaison.getByTestId('complaint-site').selectOption({ label: '机关大楼' });
    await liaison.getByTestId('complaint-location').fill('2楼餐厅');
    await liaison.getByTestId('complaint-category').selectOption('catering');
    await liaison.getByTestId('complaint-description').fill('餐具消毒柜没有开启');
    await liaison
      .getByTestId('photo-input')
      .setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: PNG });
    await liaison.locator('.photo-thumbs img').first().waitFor();
    await liaison.getByTestId('intake-submit').tap();
    await expect.poll(() => liaison.getByTestId('tracking-code').textContent()).toMatch(/^[0-9A-Z]{12}$/);

    const sup = await signedIn(SUPERVISOR);
    await sup.goto(`${base}/hotline`);
    await sup.locator('input').first().fill('张先生');
    await sup.getByTestId('complaint-site').selectOption({ label: '机关大楼' });
    await sup.getByTestId('complaint-category').selectOption('catering');
    await sup.getByTestId('complaint-description').fill('来电反映食堂排队太久');
    await sup.getByTestId('intake-submit').click();
    await expect.poll(() => sup.getByTestId('tracking-code').textContent()).toMatch(/^[0-9A-Z]{12}$/);

    await sup.goto(`${base}/complaints`);
    const liaisonRow = sup.locator('[data-testid="complaint-row"]', { hasText: '餐具消毒柜没有开启' });
    await liaisonRow.locator('a').first().click();
    await sup
      .getByRole('button', { name: /查看照片/ })
      .first()
      .click();
    await sup.locator('.photo-thumbs img').first().waitFor();

    await sup.goto(`${base}/meetings`);
    await expect.poll(() => sup.getByTestId('agenda').textContent()).toContain('本期 3 件');
    await sup.locator('form input').first().fill('本月联席办公会');
    await sup.getByRole('button', { name: '创建会议' }).click();
    await sup.getByTestId('minutes').waitFor();
    await sup.getByTestId('minutes').fill('会议决定：餐饮公司一周内整改。');
    await sup.getByRole('button', { name: '保存' }).click();
    await sup.getByLabel('决定事项').fill('餐饮公司一周内提交整改方案');
    await sup.getByLabel('负责部门或人员（非系统用户时填写）').fill('后勤处');
    await sup.getByLabel('完成期限').fill('2030-01-31');
    await sup.getByRole('button', { name: '添加事项' }).last().click();
    await expect.poll(() => sup.getByTestId('actions').textContent()).toContain('餐饮公司一周内提交整改方案');
  },
  180_000,
);
