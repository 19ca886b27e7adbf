import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import { migratePglite, openPglite } from '@steward/db/node';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browserSuiteDisposition, launchChromium, missingChromiumMessage } from './chromium.ts';
import { type RunningServer, startNodeServer } from './node-server.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';
import { ensureWebBuild } from './web-build.ts';

// Issue 5 items 6–7 on a phone: a supervisor raises a notice from a finding, the vendor answers with a photo,
// the supervisor verifies it, and the month's score shows the finding's deduction with its lineage.
const disposition = browserSuiteDisposition();
const browserIt = it.skipIf(disposition === 'skip');

const password = 'rectification browser passphrase';
const people = {
  supervisor: { email: 'supervisor@rect.test', name: '王监管', roles: ['supervisor'] },
  contractor: { email: 'vendor@rect.test', name: '李经理', roles: ['contractor'] },
} as const;

let dataDir: string;
let server: RunningServer | undefined;
let browser: Browser | undefined;
let contractId = '';

const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** An agency with a vendor, a contract and one submitted patrol with a major finding, before the server starts. */
async function seedAgency(dir: string) {
  const handle = await openPglite({ dataDir: join(dir, 'pglite') });
  try {
    await migratePglite(handle);
    const db = handle.db;
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '整改测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId: tenant!.id, legalName: '平安保安服务有限公司', creditCode: '91350100M000100Y43' })
      .returning();
    const ids: Record<string, string> = {};
    for (const [key, p] of Object.entries(people)) {
      const [user] = await db
        .insert(schema.users)
        .values({ email: p.email, displayName: p.name, passwordHash: await hashPassword(password) })
        .returning();
      await db.insert(schema.memberships).values({
        tenantId: tenant!.id,
        userId: user!.id,
        roles: [...p.roles],
        vendorId: key === 'contractor' ? vendor!.id : null,
      });
      ids[key] = user!.id;
    }
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
    await db.insert(schema.inspectionResults).values([
      {
        tenantId: tenant!.id,
        inspectionId: inspection!.id,
        itemCode: 'sec.gate-control',
        result: 'nonconform',
        severity: 'major',
        deductionCenti: 300,
        note: '门禁失灵',
      },
      {
        tenantId: tenant!.id,
        inspectionId: inspection!.id,
        itemCode: 'sec.uniform',
        result: 'conform',
        severity: 'general',
      },
    ]);
    await db
      .update(schema.inspections)
      .set({ status: 'submitted' })
      .where(eq(schema.inspections.id, inspection!.id));
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  if (disposition === 'skip') return;
  if (disposition === 'fail') throw new Error(missingChromiumMessage());
  ensureWebBuild();
  dataDir = mkdtempSync(join(tmpdir(), 'steward-rectification-'));
  await seedAgency(dataDir);
  [server, browser] = await Promise.all([startNodeServer({ dataDir }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function phone(email: string): Promise<Page> {
  const context = await browser!.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(browserUrl(server!.baseUrl));
  await page.locator('input[name="email"]').waitFor();
  await signInWithPassword(page, email, password);
  await page.getByRole('link', { name: '整改', exact: true }).first().waitFor();
  return page;
}

browserIt(
  '[browser] R17, R20: raise a notice from a finding, answer it as the vendor with a photo, verify it, and see the score’s lineage',
  async () => {
    const base = browserUrl(server!.baseUrl);
    const supervisor = await phone(people.supervisor.email);
    await supervisor.getByRole('link', { name: '整改', exact: true }).first().click();
    const finding = supervisor.locator('[data-testid="finding"][data-item="sec.gate-control"]');
    await finding.getByPlaceholder('整改要求（可选）').fill('当天修复门禁');
    await finding.getByRole('button', { name: '下发整改通知' }).click();
    await supervisor.locator('[data-testid="notice-list"] [data-testid="notice"]').first().waitFor();
    expect(await supervisor.getByTestId('countdown').first().textContent()).toContain('剩余');

    const vendor = await phone(people.contractor.email);
    await vendor.getByRole('link', { name: '整改', exact: true }).first().click();
    await vendor.getByRole('heading', { name: '整改收件箱' }).waitFor();
    await vendor.locator('[data-testid="inbox"] [data-testid="notice"] a').first().click();
    const form = vendor.getByTestId('answer-form');
    await form.locator('textarea[name="response"]').fill('已更换门禁读卡器');
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: 'gate.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await form.getByRole('button', { name: '提交回复' }).click();
    await vendor.getByText('回复已提交，等待复查。').waitFor();
    await vendor.locator('[data-testid="history"] [data-testid="photos"] figure').first().waitFor();

    await supervisor.goto(`${base}/rectifications`);
    await supervisor.locator('[data-testid="notice"][data-status="answered"] a').first().click();
    const verify = supervisor.getByTestId('verify-form');
    await verify.getByLabel('已整改', { exact: true }).check();
    await verify.getByRole('button', { name: '复查' }).click();
    await supervisor.getByText('复查结论已保存。').waitFor();
    await expect
      .poll(() => supervisor.locator('[data-testid="history"] li').first().getAttribute('data-status'))
      .toBe('fixed');

    // The month: 100 − 3 for the major finding, traced to the item, the inspection and the inspector.
    await supervisor.goto(`${base}/scores/${contractId}`);
    await expect.poll(() => supervisor.getByTestId('composite').textContent()).toBe('97');
    const entry = supervisor.locator('[data-testid="score-entry"][data-source="item_result"]');
    await entry.locator('summary').click();
    expect(await entry.textContent()).toContain('sec.gate-control');
    expect(await entry.textContent()).toContain(people.supervisor.name);
    await supervisor.getByTestId('score-chart').waitFor();
  },
);
