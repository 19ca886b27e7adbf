import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { addPeople, seedDatabase } from './seed.ts';
import { browserUrl, signedInPhone } from './sign-in.ts';

// R22: a contract past its 3-year mark is flagged for re-tender; the supervisor opens the re-tender from
// the flag, records two bidders and the award to the newcomer, and the incumbent's exit proposal appears
// on the outcomes board for the leaders.

const password = 'retender browser passphrase';
const people = {
  supervisor: { email: 'supervisor@retender.test', name: '王监管', roles: ['supervisor'] },
  leader: { email: 'leader@retender.test', name: '赵局长', roles: ['leader'] },
} as const;
const incumbent = '平安保安服务有限公司';
const newcomer = '卫士安保有限公司';

async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '重新招标测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values([
        { tenantId: tenant!.id, legalName: incumbent, creditCode: '91350100M000100Y43' },
        { tenantId: tenant!.id, legalName: newcomer, creditCode: '91350100M000200Y4X' },
      ])
      .returning();
    await addPeople(db, { tenantId: tenant!.id, password, people });
    const [site] = await db
      .insert(schema.sites)
      .values({ tenantId: tenant!.id, code: 'HQ', name: '机关大楼' })
      .returning();
    // Started four calendar years ago: its first re-tender date (3 years) has passed.
    const year = new Date().getUTCFullYear();
    await db.insert(schema.contracts).values({
      tenantId: tenant!.id,
      code: 'SEC-RT',
      title: '机关大楼安保服务',
      vendorId: vendor!.id,
      serviceLineIds: ['security'],
      siteIds: [site!.id],
      startsOn: `${year - 4}-01-01`,
      endsOn: `${year + 1}-06-30`,
      priceFen: 120_000_000,
      depositKind: 'percent',
      depositBasisPoints: 500,
    });
  });
}

const suite = browserSuite({ name: 'retender', seed: seedAgency });

const phone = (email: string): Promise<Page> =>
  signedInPhone(suite.browser, suite.server.baseUrl, { email, password }, '服务合同');

browserIt(
  '[browser] R22: the supervisor records a lost re-tender; the exit proposal waits for the leaders',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const year = new Date().getUTCFullYear();
    const supervisor = await phone(people.supervisor.email);
    await supervisor.goto(`${base}/outcomes`);
    await supervisor.getByRole('button', { name: '立即评估' }).click();
    const flag = supervisor.locator('[data-testid="outcome"][data-kind="retender"]');
    await flag.waitFor();
    await flag.getByRole('link', { name: '查看重新招标' }).click();

    const section = supervisor.getByTestId('tenders');
    await section.getByText(`已提示重新招标（${year - 1}-01-01）`).waitFor();
    await section.getByRole('button', { name: '开始重新招标' }).click();
    const tender = section.locator('[data-testid="tender"][data-status="open"]');
    await tender.waitFor();
    for (const [name, price] of [
      [incumbent, '1180000.00'],
      [newcomer, '1120000.00'],
    ] as const) {
      await tender.getByLabel('投标单位').selectOption({ label: name });
      await tender.getByLabel('投标报价（元/年）').fill(price);
      await tender.getByRole('button', { name: '登记投标单位' }).click();
      await tender.getByTestId('bidders').getByText(name).waitFor();
    }
    await tender.getByLabel('中标单位').selectOption({ label: newcomer });
    await tender.getByLabel('中标通知书编号').fill('ZB-RT-001');
    await tender.getByRole('button', { name: '确认定标' }).click();
    const awarded = section.locator('[data-testid="tender"][data-status="awarded"]');
    await awarded.getByText('现服务企业未中标，将于合同期满退出。').waitFor();
    expect(await awarded.getByTestId('tender-exit').getAttribute('data-status')).toBe('proposed');

    const leader = await phone(people.leader.email);
    await leader.goto(`${base}/outcomes`);
    const exit = leader.locator('[data-testid="outcome"][data-kind="exit"]');
    await exit.waitFor();
    const text = await exit.textContent();
    expect(text).toContain('中标通知书ZB-RT-001');
    expect(text).toContain(`${year + 1}-06-30`);
    expect(text).toContain(newcomer);
  },
);
