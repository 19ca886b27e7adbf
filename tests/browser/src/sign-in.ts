import type { Browser, Page } from 'playwright-core';

/**
 * The session cookie is `__Host-` and Secure: Chromium stores it on http://localhost (a secure context by
 * name) but the tests use that name, not 127.0.0.1, to be sure.
 */
export function browserUrl(baseUrl: string): string {
  return baseUrl.replace('127.0.0.1', 'localhost');
}

/** Fills the sign-in form (either language: fields are found by their input names). */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
}

/**
 * A fresh phone-sized browser context (390×844, zh-CN), signed in with a password; waits until the
 * navigation shows `readyLink`, the first screen the test needs.
 */
export async function signedInPhone(
  browser: Browser,
  baseUrl: string,
  credentials: { email: string; password: string },
  readyLink: string,
  options: { acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    isMobile: true,
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const page = await context.newPage();
  await page.goto(browserUrl(baseUrl));
  await page.locator('input[name="email"]').waitFor();
  await signInWithPassword(page, credentials.email, credentials.password);
  // Attached, not visible: on a phone the link may sit under "更多" (see nav.ts).
  await page
    .getByRole('link', { name: startsWith(readyLink), includeHidden: true })
    .first()
    .waitFor({ state: 'attached' });
  return page;
}

/** A link's accessible name starting with `label`: a nav entry may carry a count badge after its label. */
export function startsWith(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
