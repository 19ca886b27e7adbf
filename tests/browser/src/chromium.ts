import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium; playwright-core brings no browser of its own. */
export const chromiumPath = process.env.STEWARD_CHROMIUM ?? '/usr/bin/chromium';

export const installHint = 'apt-get install -y chromium';

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

/**
 * Locally, a machine without chromium skips the browser suite with a warning; in CI it must fail, so a missing
 * browser never passes as "0 browser tests".
 */
export function browserSuiteDisposition(): 'run' | 'skip' | 'fail' {
  if (chromiumAvailable()) return 'run';
  return process.env.CI ? 'fail' : 'skip';
}

export function missingChromiumMessage(): string {
  return `Chromium not found at ${chromiumPath}: install it with \`${installHint}\` (or set STEWARD_CHROMIUM).`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
