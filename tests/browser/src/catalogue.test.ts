import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { openFromNav } from './nav.ts';
import { seedDatabase } from './seed.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';

// Issue 4's "Done when": enable a line for a tenant, customise one item, find it in the standards browser
// in both languages.

const admin = { email: 'admin@catalogue.test', password: 'catalogue admin passphrase' };
const own = { code: 'lobby-flowers', zh: '大堂花卉摆放整齐', en: 'Lobby flowers are tidy' };

/** An agency with one admin, written before the server opens the folder; no second factor required. */
async function seedAgency(dir: string) {
  await seedDatabase(dir, async (db) => {
    const [tenant] = await db
      .insert(schema.tenants)
      .values({ name: '目录测试局', settings: { mfaRequiredRoles: [] } })
      .returning();
    const [user] = await db
      .insert(schema.users)
      .values({
        email: admin.email,
        displayName: '目录管理员',
        passwordHash: await hashPassword(admin.password),
      })
      .returning();
    await db.insert(schema.memberships).values({ tenantId: tenant!.id, userId: user!.id, roles: ['admin'] });
  });
}

const suite = browserSuite({ name: 'catalogue', seed: seedAgency });

/** Types into the search box and waits until the list shows exactly the one matching item. */
async function search(page: Page, text: string, code: string) {
  await page.getByTestId('standards-search').fill(text);
  await expect.poll(() => page.locator('#items-title').textContent()).toMatch(/[(（]1[)）]/);
  await page.locator(`[data-testid="standards-items"] [data-code="${code}"]`).waitFor();
}

browserIt(
  '[browser] an admin enables a line, customises an item, and finds it in the standards browser in zh and en',
  async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const base = browserUrl(suite.server.baseUrl);
    await page.goto(base);
    await page.locator('input[name="email"]').waitFor();
    await signInWithPassword(page, admin.email, admin.password);
    await openFromNav(page, '服务条线');

    // Enable security guarding.
    const line = page.locator('[data-testid="catalogue-item"][data-plugin="security"]');
    await line.getByTestId('line-toggle').click();
    await expect.poll(() => line.getByTestId('line-state').textContent()).toBe('已启用');

    // Customise: raise one item's deduction to the top of its range, and add an item of our own.
    await line.getByRole('link', { name: '本单位调整' }).click();
    await page.getByTestId('overlay-item').first().waitFor();
    const target = await page.$$eval('[data-testid="overlay-item"]', (rows) => {
      for (const row of rows) {
        const input = row.querySelector<HTMLInputElement>('[data-testid="deduction-input"]')!;
        if (Number(input.max) > Number(input.value))
          return { code: row.getAttribute('data-code')!, max: input.max };
      }
      return null;
    });
    expect(target).not.toBeNull();
    const deduction = page.locator(
      `[data-testid="overlay-item"][data-code="${target!.code}"] input[type="number"]`,
    );
    await deduction.fill(target!.max);
    await deduction.blur();
    const add = page.getByTestId('add-item');
    await add.getByLabel('编号（自动加 x- 前缀）').fill(own.code);
    await add.getByLabel('中文内容').fill(own.zh);
    await add.getByLabel('英文内容').fill(own.en);
    await add.getByRole('button', { name: '加入调整' }).click();
    await expect.poll(() => page.getByTestId('overlay-pending').textContent()).toContain('2');
    await page.getByTestId('overlay-save').click();
    await page.getByText('已保存（第 1 版）。').waitFor();
    const diff = page.getByTestId('overlay-diff');
    await diff.locator(`tr[data-code="${target!.code}"][data-field="deduction"]`).waitFor();
    expect(await diff.locator(`tr[data-code="x-${own.code}"][data-field="added"]`).textContent()).toContain(
      own.zh,
    );

    // The standards browser in Chinese: the own item by its Chinese text, the changed item marked.
    await page.goto(`${base}/catalogue/security`);
    await search(page, own.zh, `x-${own.code}`);
    const mine = page.locator(`[data-testid="standards-items"] [data-code="x-${own.code}"]`);
    expect(await mine.getByTestId('item-text').textContent()).toBe(own.zh);
    expect(await mine.getByTestId('own-item').textContent()).toBe('本单位新增');
    await search(page, target!.code, target!.code);
    const changed = page.locator(`[data-testid="standards-items"] [data-code="${target!.code}"]`);
    expect(await changed.textContent()).toContain('已调整');
    expect(await changed.getByTestId('item-deduction').textContent()).toContain(`扣 ${target!.max} 分`);

    // Switch to English: the same item by its English text, in English.
    await page.getByLabel('语言').selectOption('en');
    await search(page, own.en.toLowerCase(), `x-${own.code}`);
    expect(await mine.getByTestId('item-text').textContent()).toBe(own.en);
    expect(await mine.getByTestId('own-item').textContent()).toBe('Added by this agency');
    await search(page, target!.code, target!.code);
    expect(await changed.textContent()).toContain('Changed');
    expect(await changed.getByTestId('item-deduction').textContent()).toContain(`${target!.max} points off`);
    await context.close();
  },
);

browserIt(
  '[browser] an invalid data-plugin upload lists every error with its path and installs nothing',
  async () => {
    const context = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const base = browserUrl(suite.server.baseUrl);
    await page.goto(base);
    await page.locator('input[name="email"]').waitFor();
    await signInWithPassword(page, admin.email, admin.password);
    await openFromNav(page, '服务条线');
    const form = page.getByTestId('plugin-upload');
    const broken = [
      'apiVersion: 1',
      'id: my-garden',
      'version: not-a-version',
      'requires: { core: "^0.1.0" }',
      'name: { zh: 花园, en: "" }',
      'scope: line',
      'categories: []',
      'standards: []',
      'checklistTemplates: []',
      'cadences: []',
      'externalInspections: []',
      'workflows: []',
    ].join('\n');
    await form.getByLabel('插件内容').fill(broken);
    await form.getByRole('button', { name: '上传并校验' }).click();
    const errors = page.getByTestId('upload-errors');
    await errors.waitFor();
    const paths = await errors
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['version', 'name.en']));
    expect(await page.getByTestId('form-alert').textContent()).toContain(`${paths.length} 处错误`);
    expect(await page.locator('[data-testid="catalogue-item"][data-plugin="my-garden"]').count()).toBe(0);
    await context.close();
  },
);
