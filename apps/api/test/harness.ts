import type { DatabaseSuiteContext } from '@steward/db/testing';
import { createApp } from '../src/app.ts';
import type { BlobStore } from '../src/blob/blob-store.ts';
import { type AppDeps, type Clock, defaultAppConfig } from '../src/deps.ts';
import { createLogger } from '../src/logger.ts';

/** An in-memory blob store for tests that do not look at files on disk. */
export function memoryBlobStore(): BlobStore {
  const blobs = new Map<string, { data: Uint8Array; contentType: string }>();
  return {
    put: async (key, data, contentType) => void blobs.set(key, { data, contentType }),
    get: async (key) => blobs.get(key) ?? null,
    delete: async (key) => void blobs.delete(key),
  };
}

export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return {
    now: () => now,
    set: (next) => {
      now = new Date(next);
    },
  };
}

/** The real app over the suite's database, with captured logs. */
export function testApp(ctx: DatabaseSuiteContext, overrides: Partial<AppDeps> = {}) {
  const lines: Record<string, unknown>[] = [];
  const deps: AppDeps = {
    db: ctx.db,
    dbKind: ctx.kind,
    blobs: memoryBlobStore(),
    clock: fixedClock('2026-03-02T01:00:00Z'),
    config: defaultAppConfig({ version: '0.0.0-test', runtime: 'node' }),
    logger: createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line)) }),
    ...overrides,
  };
  return { app: createApp(deps), deps, logs: lines };
}
