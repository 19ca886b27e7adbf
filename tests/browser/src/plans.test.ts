import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';

// Issue 5, item 3 on a phone: the server's scheduler plans the day at start; the supervisor finds today's
// work on the home screen and opens it; an admin regenerates (nothing new) and reassigns in the week
// view; the contractor sees its self-inspections and never a spot check.

const password = 'plans browser passphrase';
const admin = { email: 'admin@plans.test', name: '计划管理员' };
const supervisor = { email: 'sup@plans.test', name: '王监管' };
const supervisor2 = { email: 'sup2@plans.test', name: '李监管' };
const contractor = { email: 'vendor@plans.test', name: '周保安' };

function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** An agency with a security + catering contract over one site, its lines enabled and a supervisor assigned. */
async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '计划测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const tenantId = tenant!.id;
    const [site] = await db
      .insert(schema.sites)
      .values({ tenantId, code: 'JG', name: '机关大楼' })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId, legalName: '示范市安达保安服务有限公司', creditCode: '91310000MA1FL8XQ37' })
      .returning();
    const passwordHash = await hashPassword(password);
    const ids: Record<string, string> = {};
    for (const [person, roles] of [
      [admin, ['admin']],
      [supervisor, ['supervisor']],
      [supervisor2, ['supervisor']],
      [contractor, ['contractor']],
    ] as const) {
      const [user] = await db
        .insert(schema.users)
        .values({ email: person.email, displayName: person.name, passwordHash })
        .returning();
      ids[person.email] = user!.id;
      await db.insert(schema.memberships).values({
        tenantId,
        userId: user!.id,
        roles: [...roles],
        vendorId: person === contractor ? vendor!.id : null,
      });
    }
    await db.insert(schema.contracts).values({
      tenantId,
      code: 'HT-2026-01',
      title: '安保与餐饮服务合同',
      vendorId: vendor!.id,
      serviceLineIds: ['security', 'catering'],
      siteIds: [site!.id],
      startsOn: shanghaiDate(-60),
      endsOn: shanghaiDate(700),
      priceFen: 100_000_000,
      depositKind: 'amount',
      depositFen: 1_000_000,
    });
    for (const pluginId of ['security', 'catering', 'vendor-compliance'])
      await db
        .insert(schema.tenantServiceLines)
        .values({ tenantId, pluginId, source: 'code', pinnedVersion: '1.0.0' });
    for (const serviceLineId of ['security', 'catering'])
      await db
        .insert(schema.supervisorAssignments)
        .values({ tenantId, userId: ids[supervisor.email]!, serviceLineId, siteId: null });
  });
}

const suite = browserSuite({ name: 'plans', seed: seedAgency });

async function signIn(email: string): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(browserUrl(suite.server.baseUrl));
  await page.locator('input[name="email"]').waitFor();
  await signInWithPassword(page, email, password);
  await page.locator('nav').first().waitFor();
  return page;
}

browserIt(
  '[browser] the scheduler plans the day; a supervisor opens a planned inspection from the phone home; an admin reassigns; the vendor sees only its self-inspections',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const sup = await signIn(supervisor.email);
    // The scheduler ran at start: the open work (patrols on a working day) is the home screen's first card.
    const panel = sup.getByTestId('today-panel');
    await expect.poll(() => panel.getByTestId('plan-card').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await sup.goto(`${base}/today`);
    const card = sup.getByTestId('plan-card').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('HT-2026-01');
    expect(await card.textContent()).toContain('机关大楼');
    const href = await card.locator('a').getAttribute('href');
    expect(href).toMatch(/^\/inspections\/new\?plan=[0-9a-f-]{36}$/);
    await card.locator('a').click();
    // The form opens from the plan, then starts the inspection and moves on to its own address: either is right.
    const planId = href!.split('=')[1]!;
    await expect
      .poll(() => new URL(sup.url()).pathname + new URL(sup.url()).search)
      .toMatch(new RegExp(`^/inspections/(new\\?plan=${planId}|[0-9a-f-]{36})$`));

    // The admin's week view: regenerating adds nothing; a plan is handed to another supervisor.
    const adm = await signIn(admin.email);
    await adm.goto(`${base}/plans`);
    await adm.getByTestId('plan-card').first().waitFor();
    await adm.getByTestId('plan-regenerate').click();
    await expect
      .poll(() => adm.locator('.notice-ok, [role="status"]').first().textContent())
      .toContain('新增 0 项');
    // (Any open plan: the day of the week decides whether today has patrols.)
    const openPlanId = await adm
      .getByTestId('plan-card')
      .filter({ has: adm.getByRole('button', { name: '改派' }) })
      .first()
      .getAttribute('data-plan-id');
    const first = adm.locator(`[data-plan-id="${openPlanId}"]`);
    await first.getByRole('button', { name: '改派' }).click();
    await first.getByTestId('plan-assignee').selectOption({ label: supervisor2.name });
    // The list reloads (another regeneration) while the form is open: the form and its choice stay.
    await adm.getByTestId('plan-regenerate').click();
    await expect.poll(() => adm.getByTestId('plan-regenerate').isEnabled()).toBe(true);
    await expect
      .poll(() => adm.locator('.notice-ok, [role="status"]').first().textContent())
      .toContain('新增 0 项');
    expect(
      await first
        .getByTestId('plan-assignee')
        .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text),
    ).toBe(supervisor2.name);
    await first.getByRole('button', { name: '确认改派' }).click();
    await expect.poll(() => first.textContent()).toContain(supervisor2.name);

    // The vendor: its self-inspections, never the agency's plans or an unannounced spot check.
    const vendor = await signIn(contractor.email);
    await expect.poll(() => vendor.locator('nav').first().textContent()).toContain('本单位自查');
    expect(await vendor.locator('nav').first().textContent()).not.toContain('检查计划');
    await vendor.goto(`${base}/self-inspections`);
    await vendor.getByTestId('self-plan-list').waitFor();
    const kinds = await vendor
      .getByTestId('plan-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['self']));
  },
  120_000,
);
