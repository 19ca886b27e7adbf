import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { testApp } from '../test/harness.ts';
import { MAX_BATCH_SIZE } from './app.ts';

describeEachDatabase('the API frame', (ctx) => {
  it('GET /health reports the database kind and that every migration is applied', async () => {
    const { app } = testApp(ctx);
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      version: '0.0.0-test',
      database: { kind: ctx.kind, reachable: true },
    });
    expect(body.database.migrations.upToDate).toBe(true);
  });

  it('system.info answers over tRPC with the server time from the injected clock', async () => {
    const { app } = testApp(ctx);
    const res = await app.request('/trpc/system.info');
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.result.data).toMatchObject({
      name: 'Steward',
      database: { kind: ctx.kind },
      serverTime: '2026-03-02T01:00:00.000Z',
    });
  });

  it('every response carries a request id, and the log line for it is structured JSON', async () => {
    const { app, logs } = testApp(ctx);
    const res = await app.request('/health');
    const id = res.headers.get('x-request-id');
    expect(id).toBeTruthy();
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'request', requestId: id, path: '/health', status: 200 }),
    );
  });

  it('refuses a batch larger than the limit before running anything', async () => {
    const { app } = testApp(ctx);
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'system.info').join(',');
    const res = await app.request(`/trpc/${paths}?batch=1&input={}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an unknown procedure with a localized error and no stack trace', async () => {
    const { app } = testApp(ctx);
    const zh = await app.request('/trpc/nothing.here');
    expect(zh.status).toBe(404);
    const zhBody: any = await zh.json();
    expect(zhBody.error.message).toBe('未找到所请求的记录。');
    expect(JSON.stringify(zhBody)).not.toContain('stack');
    const en = await app.request('/trpc/nothing.here', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(((await en.json()) as any).error.message).toBe('The requested record was not found.');
  });

  it('a mutation sent as GET, or a query sent as POST, is refused with a client error', async () => {
    const { app } = testApp(ctx);
    const res = await app.request('/trpc/system.info', { method: 'POST', body: '{}' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
