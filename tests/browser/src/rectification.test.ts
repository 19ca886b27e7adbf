import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { openFromNav } from './nav.ts';
import { addPeople, seedDatabase } from './seed.ts';
import { browserUrl, signedInPhone } from './sign-in.ts';

// Issue 5's loop on a phone: a supervisor patrols and photographs a finding, raises a notice from it, the
// vendor answers with a photo, the supervisor verifies it, and the month's score goes from "no data" to the
// finding's deduction, traced to the item, the inspection, the inspector and the photo.

const password = 'rectification browser passphrase';
const people = {
  supervisor: { email: 'supervisor@rect.test', name: '王监管', roles: ['supervisor'] },
  contractor: { email: 'vendor@rect.test', name: '李经理', roles: ['contractor'] },
} as const;

let contractId = '';
let siteId = '';

const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

/** An agency with a vendor, a contract and one submitted patrol with a major finding, before the server starts. */
async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '整改测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId: tenant!.id, legalName: '平安保安服务有限公司', creditCode: '91350100M000100Y43' })
      .returning();
    await addPeople(db, {
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
    contractId = contract!.id;
    siteId = site!.id;
    await db
      .insert(schema.tenantServiceLines)
      .values({ tenantId: tenant!.id, pluginId: 'security', source: 'code', pinnedVersion: '1.0.0' });
  });
}

const suite = browserSuite({ name: 'rectification', seed: seedAgency });

function phone(email: string): Promise<Page> {
  return signedInPhone(suite.browser, suite.server.baseUrl, { email, password }, '整改');
}

browserIt(
  '[browser] R12, R17, R20: a patrol with a photo, a notice answered by the vendor and verified, and the month’s score and lineage change',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const supervisor = await phone(people.supervisor.email);

    // Before: nothing happened this month, so the score is "no data", never 100.
    await supervisor.goto(`${base}/scores/${contractId}`);
    await expect.poll(() => supervisor.getByTestId('composite').textContent()).toBe('无数据');

    // The patrol: one finding that needs a photo, the rest conforming.
    await supervisor.goto(
      `${base}/inspections/new?contract=${contractId}&line=security&site=${siteId}&kind=patrol`,
    );
    await supervisor.getByTestId('inspection-form').waitFor();
    const card = supervisor.locator('[data-testid="insp-item"][data-needs-photo="true"]').first();
    const itemCode = (await card.getAttribute('data-code')) ?? '';
    await card.getByRole('button', { name: '不合格', exact: true }).click();
    await card
      .getByTestId('photo-input')
      .setInputFiles({ name: 'finding.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await card.locator('.insp-evidence img').waitFor();
    await supervisor.getByTestId('mark-rest').click();
    await expect
      .poll(() => supervisor.getByTestId('progress').textContent(), { timeout: 20_000 })
      .toMatch(/已完成 (\d+)\/\1 项/);
    await supervisor.getByTestId('submit-inspection').click();
    await expect.poll(() => supervisor.getByTestId('inspection-status').textContent()).toBe('已提交');

    // The notice, raised from that finding.
    await supervisor.goto(`${base}/rectifications`);
    const finding = supervisor.locator(`[data-testid="finding"][data-item="${itemCode}"]`);
    await finding.getByPlaceholder('整改要求（可选）').fill('当天修复');
    await finding.getByRole('button', { name: '下发整改通知' }).click();
    await supervisor.locator('[data-testid="notice-list"] [data-testid="notice"]').first().waitFor();
    expect(await supervisor.getByTestId('countdown').first().textContent()).toContain('剩余');

    // The vendor answers from its phone inbox, with a photo.
    const vendor = await phone(people.contractor.email);
    await openFromNav(vendor, '整改');
    await vendor.getByRole('heading', { name: '整改收件箱' }).waitFor();
    await vendor.locator('[data-testid="inbox"] [data-testid="notice"] a').first().click();
    const form = vendor.getByTestId('answer-form');
    await form.locator('textarea[name="response"]').fill('已整改完毕');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'fixed.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await form.getByRole('button', { name: '提交回复' }).click();
    await vendor.getByText('回复已提交，等待复查。').waitFor();

    // The supervisor verifies it as fixed.
    await supervisor.goto(`${base}/rectifications`);
    await supervisor.locator('[data-testid="notice"][data-status="answered"] a').first().click();
    const verify = supervisor.getByTestId('verify-form');
    await verify.getByLabel('已整改', { exact: true }).check();
    await verify.getByRole('button', { name: '复查' }).click();
    await supervisor.getByText('复查结论已保存。').waitFor();
    await expect
      .poll(() => supervisor.locator('[data-testid="history"] li').first().getAttribute('data-status'))
      .toBe('fixed');

    // After: the month has a score below 100, and its lineage names the item, the inspector and the photo.
    await supervisor.goto(`${base}/scores/${contractId}`);
    await expect.poll(() => supervisor.getByTestId('composite').textContent()).toMatch(/^\d+(\.\d+)?$/);
    expect(Number(await supervisor.getByTestId('composite').textContent())).toBeLessThan(100);
    const entry = supervisor.locator('[data-testid="score-entry"][data-source="item_result"]');
    await entry.locator('summary').click();
    expect(await entry.textContent()).toContain(itemCode);
    expect(await entry.textContent()).toContain(people.supervisor.name);
    expect(await entry.locator('figure').first().getAttribute('data-sha256')).toMatch(/^[0-9a-f]{64}$/);
    await supervisor.getByTestId('score-chart').waitFor();
  },
  180_000,
);
