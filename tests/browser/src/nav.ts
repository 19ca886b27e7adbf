import type { Page } from 'playwright-core';

/**
 * Opens a screen from the main navigation as a person would: on a phone the tab bar holds the first
 * entries and "更多" (More) opens the rest; on a wide screen every entry is in the side column.
 */
export async function openFromNav(page: Page, label: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: '主导航' });
  const link = nav.getByRole('link', { name: label, exact: true });
  const more = nav.getByRole('button', { name: '更多' });
  // Wait until the navigation shows either the entry itself or "More" (isVisible does not wait).
  await link.or(more).first().waitFor();
  if (!(await link.isVisible())) await more.click();
  await link.click();
}
