import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '@steward/db/node';
import { loadSnapshot, migratedPgliteSnapshot } from '@steward/db/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data folder whose embedded database has every migration applied (see browser-suite.ts). */
    browserDataTemplate: string;
  }
}

/**
 * One migrated data folder for the whole browser run, from the migration snapshot the database suites
 * share: each test file copies it instead of migrating a new PGlite folder of its own (3–10 s a file,
 * fourteen files, on the CI machine's two cores). Removed when the run ends.
 */
export default async function setup(project: TestProject) {
  const template = mkdtempSync(join(tmpdir(), 'steward-browser-template-'));
  const snapshot = loadSnapshot(await migratedPgliteSnapshot());
  const handle = await openPglite({ dataDir: join(template, 'pglite'), loadDataDir: snapshot });
  await handle.close();
  project.provide('browserDataTemplate', template);
  return () => rmSync(template, { recursive: true, force: true });
}
