import { resolveSessionCookie } from '@steward/auth';
import { describeEachDatabase } from '@steward/db/testing';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { expect, it } from 'vitest';
import { testApp } from '../../test/harness.ts';
import { createLogger } from '../logger.ts';
import { installedPlugins } from '../plugins.ts';
import type { RequestContext } from './context.ts';
import { answerQueries } from './query-path.ts';
import { appRouter } from './router.ts';

// The read path must answer exactly as tRPC's fetch adapter would: same status, headers and body, for
// single calls and batches, successes and every kind of failure.
describeEachDatabase('the read path (GET queries without the fetch adapter)', (ctx) => {
  const cases: [string, Record<string, string>?][] = [
    ['/trpc/system.info'],
    ['/trpc/system.info?batch=1&input={}'],
    ['/trpc/system.info,tenant.get?batch=1&input={}'],
    ['/trpc/tenant.get'],
    ['/trpc/tenant.get', { 'accept-language': 'en' }],
    ['/trpc/tenant.get,contracts.get?batch=1&input={"1":{"id":"not-a-uuid"}}'],
    ['/trpc/complaints.public.track?input={"code":""}'],
    ['/trpc/complaints.public.track?input={"code":"NOPE-0000"}'],
  ];

  it.each(cases)('%s answers as the fetch adapter does', async (path, headers = {}) => {
    const { deps } = testApp(ctx);
    const context = (req: Request, resHeaders: Headers): RequestContext => ({
      ...deps,
      req,
      resHeaders,
      requestId: 'r1',
      locale: headers['accept-language'] === 'en' ? 'en' : 'zh-CN',
      log: createLogger({ write: () => {} }),
      loadSession: async () => null,
      cookie: resolveSessionCookie(),
      clientIp: '127.0.0.1',
      userAgent: 'test',
      plugins: deps.plugins ?? installedPlugins(),
    });
    const errors: string[][] = [[], []];
    const request = () => new Request(`http://localhost${path}`, { headers });
    const url = new URL(`http://localhost${path}`);
    const req = request();
    const fast = await answerQueries({
      router: appRouter,
      req,
      path: url.pathname.slice('/trpc/'.length),
      searchParams: url.searchParams,
      maxBatchSize: 20,
      header: (name) => req.headers.get(name),
      responseHeaders: {},
      createContext: (resHeaders) => context(req, resHeaders),
      onError: ({ error }) => errors[0]!.push(error.code),
    });
    expect(fast).not.toBeNull();
    const slowReq = request();
    const slow = await fetchRequestHandler({
      endpoint: '/trpc',
      req: slowReq,
      router: appRouter,
      maxBatchSize: 20,
      createContext: ({ resHeaders }) => context(slowReq, resHeaders),
      onError: ({ error }) => errors[1]!.push(error.code),
    });
    expect(fast!.status).toBe(slow.status);
    expect([...fast!.headers]).toEqual([...slow.headers]);
    const [a, b] = [await fast!.json(), await slow.json()];
    // serverTime is the injected clock's, the same in both.
    expect(a).toEqual(b);
    expect(errors[0]).toEqual(errors[1]);
  });

  it('leaves mutations, streaming, unknown paths and unparsable input to the adapter', async () => {
    const { deps } = testApp(ctx);
    for (const [path, init] of [
      ['/trpc/auth.signOut', { method: 'POST' }],
      ['/trpc/system.info', { headers: { 'trpc-accept': 'application/jsonl' } }],
      ['/trpc/nothing.here', {}],
      ['/trpc/system.info?input={', {}],
      ['/trpc/system.info,auth.signOut?batch=1', {}],
    ] as const) {
      const req = new Request(`http://localhost${path}`, init);
      const url = new URL(req.url);
      const answer = await answerQueries({
        router: appRouter,
        req,
        path: url.pathname.slice('/trpc/'.length),
        searchParams: url.searchParams,
        maxBatchSize: 20,
        header: (name) => req.headers.get(name),
        responseHeaders: {},
        createContext: () => ({ ...deps }) as never,
        onError: () => {},
      });
      expect(answer, path).toBeNull();
    }
  });
});
