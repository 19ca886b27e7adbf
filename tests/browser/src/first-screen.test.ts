import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { browserIt, browserSuite } from './browser-suite.ts';
import { browserSuiteDisposition, missingChromiumMessage } from './chromium.ts';
import { seedOperator } from './seed.ts';
import { browserUrl, signInWithPassword } from './sign-in.ts';

const disposition = browserSuiteDisposition();
if (disposition === 'skip') console.warn(`\n  ⚠ Skipping the browser suite. ${missingChromiumMessage()}\n`);

interface Health {
  version: string;
  database: { kind: string; migrations: { applied: number; expected: number } };
}

// Every screen but sign-in needs a session: these tests sign in as a platform operator, who has no agency.
const operator = { email: 'operator@steward.test', password: 'first screen operator pass' };

let context: BrowserContext | undefined;

const suite = browserSuite({ name: 'browser', seed: (dir) => seedOperator(dir, operator) });

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A phone: 390×844 CSS pixels, touch, a fresh profile (no saved language) each time. */
async function openPhone(): Promise<{ page: Page; localeHeaders: string[] }> {
  context = await suite.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const localeHeaders: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/trpc/'))
      localeHeaders.push(request.headers()['x-steward-locale'] ?? '(none)');
  });
  await page.goto(browserUrl(suite.server.baseUrl));
  await page.locator('input[name="email"]').waitFor();
  await signInWithPassword(page, operator.email, operator.password);
  return { page, localeHeaders };
}

async function health(): Promise<Health> {
  const response = await fetch(`${suite.server.baseUrl}/health`);
  return (await response.json()) as Health;
}

browserIt('[browser] the first screen on a phone shows system info that came from the API', async () => {
  const expected = await health();
  const { page, localeHeaders } = await openPhone();

  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  await page.getByTestId('system-version').waitFor();
  expect(await page.getByTestId('app-name').textContent()).toBe('后勤服务监管平台');
  expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('系统状态');
  expect(await page.getByTestId('system-version').textContent()).toBe(expected.version);
  expect(await page.getByTestId('system-database').getAttribute('data-kind')).toBe(expected.database.kind);
  expect(await page.getByTestId('system-database').textContent()).toContain('PGlite');
  const { applied, expected: total } = expected.database.migrations;
  expect(await page.getByTestId('system-migrations').textContent()).toContain(`已应用 ${applied} / ${total}`);
  expect(await page.getByTestId('system-server-time').textContent()).toMatch(
    /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/,
  );
  expect(new Set(localeHeaders)).toEqual(new Set(['zh-CN']));

  // Phones get a tab bar along the bottom edge, with the current screen marked.
  const nav = page.getByRole('navigation', { name: '主导航' });
  const box = await nav.boundingBox();
  expect(box && Math.round(box.y + box.height)).toBe(844);
  expect(box?.width).toBe(390);
  expect(await nav.getByRole('link', { name: '首页' }).getAttribute('aria-current')).toBe('page');
});

browserIt(
  '[browser] switching to English changes the texts and the API locale, and survives a reload',
  async () => {
    const { page, localeHeaders } = await openPhone();
    await page.getByTestId('system-version').waitFor();
    const beforeSwitch = localeHeaders.length;

    await page.getByLabel('语言').selectOption('en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId('app-name').textContent()).toBe('Steward');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('System status');
    expect(await page.getByTestId('system-database').textContent()).toBe('Embedded (PGlite)');

    await page.reload();
    await page.getByTestId('system-version').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Steward');
    expect(await page.getByRole('link', { name: 'Home' }).count()).toBe(1);
    expect(await page.getByTestId('system-migrations').textContent()).toMatch(/^\d+ of \d+ applied/);
    expect(new Set(localeHeaders.slice(0, beforeSwitch))).toEqual(new Set(['zh-CN']));
    expect(new Set(localeHeaders.slice(beforeSwitch))).toEqual(new Set(['en']));
  },
);

browserIt('[browser] an API error shows the server’s localized message, never the raw body', async () => {
  // Send the app's call to a procedure that does not exist: the real server answers with a real error body.
  const missing = (locale: string) =>
    fetch(`${suite.server.baseUrl}/trpc/system.nope`, { headers: { 'x-steward-locale': locale } }).then(
      async (response) => ((await response.json()) as { error: { message: string } }).error.message,
    );
  const [zhMessage, enMessage] = await Promise.all([missing('zh-CN'), missing('en')]);
  expect(zhMessage).not.toBe(enMessage);

  const { page } = await openPhone();
  await page.getByTestId('system-version').waitFor();
  await page.route('**/trpc/system.info**', (route) =>
    route.continue({ url: route.request().url().replace('system.info', 'system.nope') }),
  );
  await page.getByLabel('语言').selectOption('en');
  await page.reload();

  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await page.getByTestId('error-message').textContent()).toBe(enMessage);
  expect(await alert.textContent()).toMatch(/Request id: \S+/);
  expect(await alert.textContent()).not.toContain('{');

  // Retry after the server is reachable again: the data comes back.
  await page.unroute('**/trpc/system.info**');
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('system-version').waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});
