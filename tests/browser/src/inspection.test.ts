import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { openFromNav } from './nav.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl, signedInPhone } from './sign-in.ts';

// Issue 5 item 4 on a phone: a supervisor walks a patrol checklist, records a finding, is told the photo is
// missing, takes it, submits, and sees the photo with its SHA-256 and both times on the read-only record.

const password = 'inspection browser passphrase';
const supervisorEmail = 'patrol@insp.test';
const inspectorEmail = 'institute@insp.test';

let contractId = '';
let siteId = '';

const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '巡查测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId: tenant!.id, legalName: '平安保安服务有限公司', creditCode: '91350100M000100Y43' })
      .returning();
    const [user] = await db
      .insert(schema.users)
      .values({ email: supervisorEmail, displayName: '王监管', passwordHash: await hashPassword(password) })
      .returning();
    await db
      .insert(schema.memberships)
      .values({ tenantId: tenant!.id, userId: user!.id, roles: ['supervisor'] });
    const [inspector] = await db
      .insert(schema.users)
      .values({
        email: inspectorEmail,
        displayName: '特检院张工',
        passwordHash: await hashPassword(password),
      })
      .returning();
    await db
      .insert(schema.memberships)
      .values({ tenantId: tenant!.id, userId: inspector!.id, roles: ['external_inspector'] });
    const [site] = await db
      .insert(schema.sites)
      .values({ tenantId: tenant!.id, code: 'HQ', name: '机关大楼' })
      .returning();
    siteId = site!.id;
    await db.insert(schema.tenantServiceLines).values([
      { tenantId: tenant!.id, pluginId: 'security', source: 'code', pinnedVersion: '1.0.0' },
      { tenantId: tenant!.id, pluginId: 'elevator', source: 'code', pinnedVersion: '1.0.0' },
    ]);
    const [contract] = await db
      .insert(schema.contracts)
      .values({
        tenantId: tenant!.id,
        code: 'SEC-2026',
        title: '机关大楼安保服务',
        vendorId: vendor!.id,
        serviceLineIds: ['security', 'elevator'],
        siteIds: [site!.id],
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        priceFen: 120_000_000,
        depositKind: 'percent',
        depositBasisPoints: 500,
      })
      .returning();
    contractId = contract!.id;
    await db.insert(schema.grants).values({
      tenantId: tenant!.id,
      userId: inspector!.id,
      actions: ['read', 'record_inspection'],
      contractIds: [contract!.id],
      serviceLineIds: ['elevator'],
      validFrom: new Date(Date.now() - 86_400_000),
      validUntil: new Date(Date.now() + 30 * 86_400_000),
      reason: '电梯年度定期检验',
      grantedBy: user!.id,
    });
  });
}

const suite = browserSuite({ name: 'inspection', seed: seedAgency });

function phone(email: string): Promise<Page> {
  return signedInPhone(suite.browser, suite.server.baseUrl, { email, password }, '外部检查');
}

browserIt(
  '[browser] a patrol on a phone: finding, missing photo named, camera upload, submitted with SHA-256',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const page = await phone(supervisorEmail);
    await page.goto(
      `${base}/inspections/new?contract=${contractId}&line=security&site=${siteId}&kind=patrol`,
    );
    await page.getByTestId('inspection-form').waitFor();

    const card = page.locator('[data-testid="insp-item"][data-needs-photo="true"]').first();
    const itemText = (await card.locator('strong').first().textContent()) ?? '';
    await card.getByRole('button', { name: '不合格', exact: true }).click();
    await expect.poll(() => card.getAttribute('data-result')).toBe('nonconform');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('草稿已保存');
    await page.getByTestId('mark-rest').click();
    await expect
      .poll(() => page.getByTestId('progress').textContent(), { timeout: 20_000 })
      .toMatch(/已完成 (\d+)\/\1 项/);

    await page.getByTestId('submit-inspection').click();
    const missing = page.getByTestId('missing-list');
    await missing.waitFor();
    expect(await missing.textContent()).toContain(itemText);

    await card
      .getByTestId('photo-input')
      .setInputFiles({ name: 'gate.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await card.locator('.insp-evidence img').waitFor();
    await page.getByTestId('submit-inspection').click();
    await expect.poll(() => page.getByTestId('inspection-status').textContent()).toBe('已提交');
    await page.getByTestId('inspection-detail').waitFor();
    const sha = await page.getByTestId('evidence-sha').first().textContent();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('counts').textContent()).toContain('已生效');

    const src = await page.locator('[data-testid="evidence"] img').first().getAttribute('src');
    const photo = await page.context().request.get(`${base}${src}`);
    expect(photo.status()).toBe(200);
    expect(photo.headers()['x-evidence-sha256']).toBe(sha);
  },
);

browserIt(
  '[browser] R7: an external inspector records the periodic elevator inspection with its report, within the grant',
  async () => {
    const page = await phone(inspectorEmail);
    await openFromNav(page, '外部检查');
    const start = page.getByTestId('external-start');
    await start.waitFor();
    expect(await start.locator('select[name="target"] option').count()).toBe(1);
    await start.locator('select[name="type"]').selectOption('elevator.ext.periodic-inspection');
    await start.getByRole('button', { name: '开始记录' }).click();
    const record = page.getByTestId('external-record');
    await record.waitFor();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await record.locator('#rec-date').fill(today);
    await record.locator('#rec-body').fill('市特种设备检验研究院');
    await record.locator('#rec-conclusion').fill('合格');
    await record.locator('#rec-next-due').fill('2099-01-01');
    await record.locator('#rec-certificate-posted').selectOption('yes');
    await record.getByTestId('record-file-report').setInputFiles({
      name: '检验报告.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await record.getByRole('link', { name: '检验报告.pdf' }).waitFor();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('草稿已保存');
    await page.getByTestId('submit-inspection').click();
    await expect.poll(() => page.getByTestId('inspection-status').textContent()).toBe('已提交');
    expect(await page.getByTestId('certificate-until').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  },
);
