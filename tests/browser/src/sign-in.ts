import type { Page } from 'playwright-core';

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
