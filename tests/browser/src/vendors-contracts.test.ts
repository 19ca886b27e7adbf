import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';

// Issue 5, items 1–2 on a phone: a vendor with a checked credit code and an expiring licence, a contract
// priced in yuan and stored in fen, and a contractor who then sees only its own vendor's contract.

const password = 'vendors contracts passphrase';
const admin = { email: 'admin@vendors.test', name: '合同管理员' };
const contractor = { email: 'guard@vendors.test', name: '保安队长' };
// 91310000MA1FL8XQ3 + its check character (GB 32100-2015) is "7".
const goodCode = '91310000MA1FL8XQ37';
const wrongCode = '91310000MA1FL8XQ3A';

async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '合同测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    await db.insert(schema.sites).values({ tenantId: tenant!.id, code: 'JG', name: '机关大楼' });
    const passwordHash = await hashPassword(password);
    for (const [person, roles] of [
      [admin, ['admin']],
      [contractor, ['contractor']],
    ] as const) {
      const [user] = await db
        .insert(schema.users)
        .values({ email: person.email, displayName: person.name, passwordHash })
        .returning();
      await db
        .insert(schema.memberships)
        .values({ tenantId: tenant!.id, userId: user!.id, roles: [...roles] });
    }
  });
}

/** Today plus `days` in the agency's calendar (Asia/Shanghai), as YYYY-MM-DD. */
function shanghaiDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

const suite = browserSuite({ name: 'vendors', seed: seedAgency });

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
  '[browser] an admin registers a vendor and a contract on a phone; the linked contractor sees only its own',
  async () => {
    const page = await signIn(admin.email);
    const base = browserUrl(suite.server.baseUrl);
    await page.goto(`${base}/catalogue`);
    const line = page.locator('[data-testid="catalogue-item"][data-plugin="security"]');
    await line.getByTestId('line-toggle').click();
    await expect.poll(() => line.getByTestId('line-state').textContent()).toBe('已启用');

    // A wrong check character is refused with the expected one named; the right code is accepted.
    await page.goto(`${base}/vendors`);
    const form = page.getByTestId('vendor-create');
    await form.locator('input[name="legalName"]').fill('示范市安达保安服务有限公司');
    await form.locator('input[name="creditCode"]').fill(wrongCode);
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.getByTestId('field-errors').textContent()).toContain('应为“7”');
    await form.locator('input[name="creditCode"]').fill(goodCode);
    await form.locator('button[type="submit"]').click();
    await page.getByTestId('vendor-item').getByRole('link', { name: '示范市安达保安服务有限公司' }).click();
    await expect.poll(() => page.getByTestId('vendor-name').textContent()).toBe('示范市安达保安服务有限公司');

    // A licence lapsing in ten days shows as expiring soon, on the vendor page and in the tenant-wide list.
    await page.getByRole('button', { name: '添加证照' }).click();
    const qual = page.getByTestId('qualification-form');
    await qual.locator('select[name="kind"]').selectOption('security_service_licence');
    await qual.locator('input[name="number"]').fill('京公保服字0123号');
    await qual.locator('input[name="validUntil"]').fill(shanghaiDate(10));
    await qual.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('qualification-item').textContent()).toContain('10 天后到期');

    // Link the contractor's sign-in to this vendor.
    await page
      .getByTestId('member-pick')
      .selectOption({ label: `${contractor.name} (${contractor.email}) · 承包单位` });
    await page.getByRole('button', { name: '关联', exact: true }).click();
    await expect.poll(() => page.getByTestId('member-list').textContent()).toContain(contractor.email);

    await page.goto(`${base}/vendors/expiring`);
    await expect.poll(() => page.getByTestId('expiring-list').textContent()).toContain('保安服务许可证');

    // A contract priced in yuan: stored in fen, the 5 % deposit computed to the fen.
    await page.goto(`${base}/contracts`);
    await page.getByRole('button', { name: '新增合同' }).click();
    const contract = page.getByTestId('contract-form');
    await contract.locator('input[name="code"]').fill('HT-2026-01');
    await contract.locator('input[name="title"]').fill('安保服务合同');
    await contract.locator('select[name="vendorId"]').selectOption({ label: '示范市安达保安服务有限公司' });
    await contract.getByLabel('安全保卫', { exact: false }).check();
    await contract.getByLabel('机关大楼').check();
    await contract.locator('input[name="startsOn"]').fill('2026-01-01');
    await contract.locator('input[name="endsOn"]').fill('2028-12-31');
    await contract.locator('input[name="priceFen"]').fill('1,234,567.89');
    await contract.locator('input[name="deposit"]').fill('5');
    await contract.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('contract-title').textContent()).toBe('HT-2026-01 安保服务合同');
    expect(await page.getByTestId('contract-price').textContent()).toBe('¥1,234,567.89');
    expect(await page.getByTestId('contract-deposit').textContent()).toBe('¥61,728.39（5%）');
    await page.context().close();

    const vendorSide = await signIn(contractor.email);
    await vendorSide.goto(`${base}/contracts`);
    await expect.poll(() => vendorSide.getByTestId('contract-item').count()).toBe(1);
    expect(await vendorSide.getByTestId('contract-item').getAttribute('data-code')).toBe('HT-2026-01');
    await vendorSide.context().close();
  },
  180_000,
);
