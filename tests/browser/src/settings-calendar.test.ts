import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl, signedInPhone } from './sign-in.ts';

// An admin enters next year's official holidays: the rectifications and settings pages warn that 2027 has
// no holiday data, a reversed range is refused beside its field, and a 2027-01-04 day off shows in the list
// and the month; then the warning is gone.

const admin = { email: 'admin@settings.test', password: 'settings browser passphrase' };

async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '日历测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [user] = await db
      .insert(schema.users)
      .values({
        email: admin.email,
        displayName: '日历管理员',
        passwordHash: await hashPassword(admin.password),
      })
      .returning();
    await db.insert(schema.memberships).values({ tenantId: tenant!.id, userId: user!.id, roles: ['admin'] });
  });
}

const suite = browserSuite({ name: 'settings', seed: seedAgency });

browserIt(
  '[browser] an admin enters a 2027 day off; the missing-calendar warning goes and the month shows it',
  async () => {
    const page = await signedInPhone(suite.browser, suite.server.baseUrl, admin, '单位设置');
    const base = browserUrl(suite.server.baseUrl);
    // The official data ends with 2026; the year after today's has nothing yet.
    const year = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
    const next = year + 1;
    // Where deadlines are shown, the same warning, with the way to the settings.
    await page.goto(`${base}/rectifications`);
    const notice = page.getByTestId('calendar-coverage-notice');
    await expect.poll(() => notice.textContent()).toContain(String(next));
    await notice.getByRole('link', { name: '单位设置' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/settings');
    const warning = page.getByTestId('calendar-missing');
    if (next > 2026) await expect.poll(() => warning.textContent()).toContain(String(next));

    const form = page.getByTestId('calendar-add');
    await form.locator('select[name="kind"]').selectOption('holiday');
    await form.locator('input[name="from"]').fill(`${next}-01-04`);
    await form.locator('input[name="to"]').fill(`${next}-01-02`);
    await form.locator('input[name="name"]').fill('元旦补休');
    await form.getByRole('button', { name: '录入' }).click();
    await expect
      .poll(() => form.getByTestId('field-errors').first().textContent())
      .toBe('结束日期不能早于开始日期。');

    await form.locator('input[name="to"]').fill('');
    await form.getByRole('button', { name: '录入' }).click();
    const entries = page.getByTestId('calendar-entries');
    await expect.poll(() => entries.textContent()).toContain('元旦补休');
    expect(await entries.textContent()).toContain(`${next}-01-04`);
    // The month it lands in opens, with the day off marked and named.
    const day = page.locator(`[data-testid="calendar-month"] [data-date="${next}-01-04"]`);
    await expect.poll(() => day.getAttribute('data-working')).toBe('false');
    expect(await day.textContent()).toContain('元旦补休');
    expect(await page.locator(`[data-date="${next}-01-05"]`).getAttribute('data-working')).not.toBe('false');
    await expect.poll(() => warning.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('calendar-coverage').textContent())
      .toContain(`${next} 年：已录入 1 天`);
    await page.goto(`${base}/rectifications`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('calendar-coverage-notice').count()).toBe(0);
    await page.context().close();
  },
  120_000,
);
