import { readFileSync } from 'node:fs';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { addPeople, seedDatabase } from './seed.ts';
import { browserUrl, signedInPhone } from './sign-in.ts';

// Issue 7 (R22): the one consequence board. A leader sees what waits for them (home and nav), opens the
// old /consequences address (now the board, filtered to exit warnings), approves an exit warning; the
// vendor appeals with a PDF; the leader is shown the appeal, downloads the evidence and dismisses it.

const password = 'consequence browser passphrase';
const people = {
  supervisor: { email: 'supervisor@consequence.test', name: '王监管', roles: ['supervisor'] },
  leader: { email: 'leader@consequence.test', name: '赵局长', roles: ['leader'] },
  contractor: { email: 'vendor@consequence.test', name: '李经理', roles: ['contractor'] },
} as const;
const LETTER = Buffer.from('%PDF-1.4\n申诉函：整改已于当日完成\n%%EOF');

async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '奖惩测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [vendor] = await db
      .insert(schema.vendors)
      .values({ tenantId: tenant!.id, legalName: '洁净保洁服务有限公司', creditCode: '91350100M000100Y43' })
      .returning();
    const ids = await addPeople(db, {
      tenantId: tenant!.id,
      password,
      people,
      vendorOf: { contractor: vendor!.id },
    });
    const [contract] = await db
      .insert(schema.contracts)
      .values({
        tenantId: tenant!.id,
        code: 'CLN-2026',
        title: '机关大楼保洁服务',
        vendorId: vendor!.id,
        serviceLineIds: ['conference-cleaning'],
        siteIds: [],
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        priceFen: 60_000_000,
        depositKind: 'percent',
        depositBasisPoints: 500,
      })
      .returning();
    // What the rectification service proposes after a notice failed verification twice.
    await db.insert(schema.consequences).values({
      tenantId: tenant!.id,
      contractId: contract!.id,
      kind: 'exit_warning',
      key: `exit_warning:finding:browser-${contract!.id}`,
      status: 'proposed',
      facts: [{ type: 'contract', id: contract!.id, note: '第2轮复查：仍未整改' }],
      rule: 'rectification_failed',
      requirement: 'R22',
      messageKey: 'consequence.exit_warning',
      params: { failures: 2 },
      proposedAt: new Date(),
      proposedBy: ids.supervisor!,
    });
  });
}

const suite = browserSuite({ name: 'consequences', seed: seedAgency });

function phone(email: string, readyLink: string): Promise<Page> {
  return signedInPhone(suite.browser, suite.server.baseUrl, { email, password }, readyLink, {
    acceptDownloads: true,
  });
}

async function downloaded(page: Page, link: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await download.path());
}

browserIt(
  '[browser] R22: a leader decides an exit warning on the board, the vendor appeals with a PDF, the leader downloads it and dismisses the appeal',
  async () => {
    const base = browserUrl(suite.server.baseUrl);
    const leader = await phone(people.leader.email, '奖惩与预警');
    // Home and the nav item say one thing waits for this leader.
    await expect.poll(() => leader.getByTestId('awaiting-panel').textContent()).toContain('1项');
    expect(await leader.getByTestId('awaiting-count').first().textContent()).toBe('1');

    // The old address opens the board filtered to exit warnings.
    await leader.goto(`${base}/consequences`);
    await leader.waitForURL(/\/outcomes\?kind=exit_warning$/);
    const item = leader.getByTestId('outcome').first();
    await expect.poll(() => item.getAttribute('data-status')).toBe('proposed');
    expect(await item.textContent()).toContain('王监管');
    await leader.getByLabel('意见').fill('同意发出书面退出警告');
    await leader.getByRole('button', { name: '同意', exact: true }).click();
    // Decided: no longer open, nothing waits; every status shows it approved.
    await leader.getByText('暂无记录。').waitFor();
    await expect.poll(() => leader.getByTestId('awaiting-count').count()).toBe(0);
    await leader.locator('select[name="status"]').selectOption('all');
    await expect
      .poll(() => leader.getByTestId('outcome').first().getAttribute('data-status'))
      .toBe('approved');

    // The vendor appeals within the period, with a PDF letter, and can read its own file back.
    const vendor = await phone(people.contractor.email, '奖惩与申诉');
    await vendor.goto(`${base}/my-outcomes`);
    await vendor.getByLabel('申诉理由').fill('整改已于当日完成，见说明函');
    await vendor
      .locator('input[type="file"]')
      .setInputFiles({ name: '申诉函.pdf', mimeType: 'application/pdf', buffer: LETTER });
    await vendor.getByRole('button', { name: '提交申诉' }).click();
    const vendorLink = vendor.getByRole('link', { name: '申诉函.pdf' });
    await vendorLink.waitFor();
    expect((await downloaded(vendor, vendorLink)).equals(LETTER)).toBe(true);

    // The leader is told (count), opens what awaits them, downloads the evidence and decides the appeal.
    await leader.goto(base);
    await expect.poll(() => leader.getByTestId('awaiting-panel').textContent()).toContain('1项');
    await leader.getByTestId('awaiting-panel').getByRole('link').click();
    await leader.waitForURL(/\/outcomes\?status=awaiting$/);
    const staffLink = leader.getByRole('link', { name: '申诉函.pdf' });
    await staffLink.waitFor();
    expect((await downloaded(leader, staffLink)).equals(LETTER)).toBe(true);
    await leader.getByLabel('意见').fill('整改记录不支持，维持决定');
    await leader.getByRole('button', { name: '驳回申诉' }).click();
    await leader.getByText('暂无记录。').waitFor();
    await expect.poll(() => leader.getByTestId('awaiting-count').count()).toBe(0);
  },
);
