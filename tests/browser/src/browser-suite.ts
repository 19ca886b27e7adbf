import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { browserSuiteDisposition, launchChromium, missingChromiumMessage } from './chromium.ts';
import { type RunningServer, startNodeServer } from './node-server.ts';
import { ensureWebBuild } from './web-build.ts';

/**
 * `it` for browser tests: skipped only outside CI when /usr/bin/chromium is missing (so `npm test` passes on
 * a fresh machine); with CI set, a missing browser fails the suite's start instead (see chromium.ts).
 */
export const browserIt = it.skipIf(browserSuiteDisposition() === 'skip');

export interface BrowserSuite {
  /** The real Node server (as `npm start` runs it) on this file's own embedded data folder. */
  readonly server: RunningServer;
  readonly browser: Browser;
  /** false when the suite is skipped (outside CI without /usr/bin/chromium; see chromium.ts) */
  readonly ready: boolean;
}

/**
 * The life of one browser test file: a fresh data folder (a copy of the run's migrated one) seeded as
 * the file needs (or left without a tenant, so the server creates the demo agency), the web app built if stale, the server and Chromium started
 * together, and everything stopped and removed afterwards. Call it at the top level of the file.
 */
export function browserSuite(options: {
  name: string;
  seed?: (dataDir: string) => Promise<void>;
  timeoutMs?: number;
}): BrowserSuite {
  const disposition = browserSuiteDisposition();
  let dataDir: string | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (disposition === 'skip') return;
    if (disposition === 'fail') throw new Error(missingChromiumMessage());
    ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), `steward-${options.name}-`));
    // Already migrated (global-setup.ts); still without a tenant, so the server seeds the demo agency
    // when the file seeds nothing itself.
    cpSync(inject('browserDataTemplate'), dataDir, { recursive: true });
    await options.seed?.(dataDir);
    [server, browser] = await Promise.all([startNodeServer({ dataDir }), launchChromium()]);
  }, options.timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`the ${what} is only available inside tests, once the suite has started`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get ready() {
      return server !== undefined && browser !== undefined;
    },
  };
}
