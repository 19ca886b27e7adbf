import { afterEach, expect, it, vi } from 'vitest';
import worker, { type WorkerEnv } from './entry-workers.ts';

// The workerd run of this entry is tests/workers; this covers what wrangler 4.86 cannot run locally.
const unused = () => {
  throw new Error('not used by this test');
};
const env: WorkerEnv = {
  HYPERDRIVE: { connectionString: 'postgres://steward:unused@127.0.0.1:9/unreachable' },
  PHOTOS: { put: unused, get: unused, delete: unused },
  ASSETS: { fetch: unused },
};

function fakeContext() {
  const waited: Promise<unknown>[] = [];
  const ctx: any = {
    waitUntil: (p: Promise<unknown>) => waited.push(p),
    passThroughOnException() {},
    props: {},
  };
  return { ctx, waited };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock('./app.ts');
  vi.resetModules();
});

it('the scheduled handler runs the plan job for the trigger’s time and hands the client’s closing to waitUntil', async () => {
  const run = vi.fn(async () => ({}));
  vi.resetModules();
  vi.doMock('./services/plans/job.ts', () => ({ runScheduledJobs: run }));
  const { default: scheduledWorker } = await import('./entry-workers.ts');
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const { ctx, waited } = fakeContext();
  await scheduledWorker.scheduled(
    { cron: '*/15 * * * *', scheduledTime: Date.parse('2026-03-02T01:00:00Z') },
    env,
    ctx,
  );
  expect(run).toHaveBeenCalledTimes(1);
  expect((run.mock.calls[0] as unknown[])[1]).toEqual(new Date('2026-03-02T01:00:00Z'));
  expect(waited).toHaveLength(1);
  vi.doUnmock('./services/plans/job.ts');
});

it('a scheduled run that cannot reach the database fails with one structured error line', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const { ctx } = fakeContext();
  await expect(
    worker.scheduled({ cron: '*/15 * * * *', scheduledTime: Date.parse('2026-03-02T01:00:00Z') }, env, ctx),
  ).rejects.toBeDefined();
  const lines = log.mock.calls.map((c) => JSON.parse(String(c[0])));
  expect(lines.find((l) => l.msg === 'scheduled job failed')).toMatchObject({
    level: 'error',
    runtime: 'workers',
    cron: '*/15 * * * *',
  });
});

it('fetch hands the closing of its per-request database client to waitUntil', async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const { ctx, waited } = fakeContext();
  // No procedure runs, so the unreachable database is never contacted.
  const res = await worker.fetch(new Request('http://steward.test/trpc/nothing.here'), env, ctx);
  expect(res.status).toBe(404);
  expect(waited).toHaveLength(1);
  await expect(Promise.all(waited)).resolves.toBeDefined();
});

it('a failure while building the app is a generic, localized JSON 500 with no stack trace', async () => {
  vi.doMock('./app.ts', () => ({
    createApp: () => {
      throw new Error('boom in secret-file.ts:12');
    },
  }));
  const { default: failing } = await import('./entry-workers.ts');
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const { ctx, waited } = fakeContext();
  const request = new Request('http://steward.test/health', { headers: { 'accept-language': 'en' } });
  const res = await failing.fetch(request, env, ctx);
  expect(res.status).toBe(500);
  const text = await res.text();
  const body = JSON.parse(text);
  expect(body.error).toMatchObject({
    code: 'INTERNAL_SERVER_ERROR',
    message: expect.stringMatching(/^Something went wrong/),
  });
  expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
  expect(text).not.toMatch(/boom|secret-file|stack/);
  // The cause goes to the log, with the same request id.
  const line = JSON.parse(String(log.mock.calls[0]?.[0]));
  expect(line).toMatchObject({
    level: 'error',
    requestId: body.error.requestId,
    message: 'boom in secret-file.ts:12',
  });
  expect(waited).toHaveLength(1);
});
