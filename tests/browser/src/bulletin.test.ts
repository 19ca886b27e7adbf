import { readFileSync } from 'node:fs';
import { schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { openFromNav } from './nav.ts';
import { addPeople, seedDatabase } from './seed.ts';
import { browserUrl, signedInPhone } from './sign-in.ts';

// Issue 7 (R18): a supervisor generates the month's bulletin and writes the measures, a leader publishes
// it, and the vendor finds it published and downloads the PDF and the Excel workbook.

const password = 'bulletin browser passphrase';
const people = {
  supervisor: { email: 'supervisor@bulletin.test', name: '王监管', roles: ['supervisor'] },
  leader: { email: 'leader@bulletin.test', name: '赵局长', roles: ['leader'] },
  contractor: { email: 'vendor@bulletin.test', name: '李经理', roles: ['contractor'] },
} as const;

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '通报测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId: tenant!.id, legalName: '平安保安服务有限公司', creditCode: '91350100M000100Y43' })
      .returning();
    const ids = await addPeople(db, {
      tenantId: tenant!.id,
      password,
      people,
      vendorOf: { contractor: vendor!.id },
    });
    const [site] = await db
      .insert(schema.sites)
      .values({ tenantId: tenant!.id, code: 'HQ', name: '机关大楼' })
      .returning();
    const [contract] = await db
      .insert(schema.contracts)
      .values({
        tenantId: tenant!.id,
        code: 'SEC-2026',
        title: '机关大楼安保服务',
        vendorId: vendor!.id,
        serviceLineIds: ['security'],
        siteIds: [site!.id],
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        priceFen: 120_000_000,
        depositKind: 'percent',
        depositBasisPoints: 500,
      })
      .returning();
    const now = new Date();
    const [inspection] = await db
      .insert(schema.inspections)
      .values({
        tenantId: tenant!.id,
        contractId: contract!.id,
        serviceLineId: 'security',
        siteId: site!.id,
        kind: 'patrol',
        scope: 'line',
        source: 'internal',
        pluginId: 'security',
        pluginVersion: '1.0.0',
        templateCode: 'security.patrol',
        templateHash: 'c'.repeat(64),
        status: 'draft',
        inspectorUserId: ids.supervisor!,
        startedAt: now,
        submittedAt: now,
        inspectedOn: today(),
      })
      .returning();
    await db.insert(schema.inspectionResults).values({
      tenantId: tenant!.id,
      inspectionId: inspection!.id,
      itemCode: 'sec.gate-control',
      result: 'nonconform',
      severity: 'major',
      deductionCenti: 300,
      note: '门禁失灵',
    });
    await db
      .update(schema.inspections)
      .set({ status: 'submitted' })
      .where(eq(schema.inspections.id, inspection!.id));
  });
}

const suite = browserSuite({ name: 'bulletin', seed: seedAgency });

function phone(email: string): Promise<Page> {
  return signedInPhone(suite.browser, suite.server.baseUrl, { email, password }, '月度通报', {
    acceptDownloads: true,
  });
}

browserIt(
  '[browser] R18: generate, edit and publish the monthly bulletin; the vendor downloads PDF and Excel',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const month = today().slice(0, 7);
    const supervisor = await phone(people.supervisor.email);
    await openFromNav(supervisor, '月度通报');
    await supervisor.getByLabel('月份').fill(month);
    await supervisor.getByRole('button', { name: '生成通报' }).click();
    await supervisor.getByTestId('rankings').waitFor();
    expect(await supervisor.getByTestId('rankings').textContent()).toContain('97.00');
    await supervisor.getByLabel('改进措施').fill('一、门禁当日修复；二、每周复查。');
    await supervisor.getByRole('button', { name: '保存' }).click();
    await supervisor.getByText('已保存。').waitFor();
    const url = supervisor.url();
    expect(await supervisor.getByRole('button', { name: '发布' }).count()).toBe(0);

    const leader = await phone(people.leader.email);
    await leader.goto(url);
    await leader.getByRole('button', { name: '发布' }).click();
    await expect
      .poll(() => leader.getByTestId('bulletin-status').getAttribute('data-status'))
      .toBe('published');

    const vendor = await phone(people.contractor.email);
    await vendor.goto(`${base}/bulletins`);
    await vendor.locator('[data-testid="bulletins"] a').first().click();
    await vendor.getByText('一、门禁当日修复；二、每周复查。').waitFor();
    for (const [label, magic] of [
      ['下载PDF', '%PDF-'],
      ['下载Excel', 'PK'],
    ] as const) {
      const [download] = await Promise.all([
        vendor.waitForEvent('download'),
        vendor.getByRole('button', { name: label }).click(),
      ]);
      const file = await download.path();
      expect(readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  },
);
