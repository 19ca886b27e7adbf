import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn, submitInspection } from '../../../test/rectification-fixtures.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

describeEachDatabase('R17 rectification answer photos', (ctx) => {
  it('R17: the vendor uploads a photo to its notice, answers with it, and the supervisor sees it with its SHA-256', async () => {
    const clock = fixedClock('2026-03-02T01:00:00Z');
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    const as = signedIn(app, w, clock);
    const { results } = await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-02',
      items: [{ code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 300 }],
    });
    const notice = dataOf(
      await (await as('supervisor')).mutation('rectifications.raise', { resultId: results['sec.gate']!.id }),
    );
    const upload = (cookie: string, body: Uint8Array, type = 'image/jpeg') =>
      app.request(`/api/rectifications/${notice.id}/evidence`, {
        method: 'POST',
        headers: {
          cookie,
          'sec-fetch-site': 'same-origin',
          'content-type': type,
          'x-file-name': encodeURIComponent('门禁.jpg'),
          'x-captured-at': '2026-03-02T03:00:00Z',
        },
        body: body as Uint8Array<ArrayBuffer>,
      });
    const vendorCookie = (await as('contractor')).cookie;
    const res = await upload(vendorCookie, JPEG);
    expect(res.status).toBe(201);
    const photo = (await res.json()) as { id: string; sha256: string; url: string };
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Not a JPEG, whatever the header says; another vendor cannot attach anything.
    expect((await upload(vendorCookie, new TextEncoder().encode('<html>'))).status).toBe(400);
    expect((await upload((await as('other_contractor')).cookie, JPEG)).status).toBe(404);

    dataOf(
      await (await as('contractor')).mutation('rectifications.respond', {
        id: notice.id,
        response: '已更换门禁',
        evidenceIds: [photo.id],
      }),
    );
    const detail = dataOf(await (await as('supervisor')).query('rectifications.get', { id: notice.id }));
    expect(detail.history[0].photos).toEqual([
      expect.objectContaining({ id: photo.id, sha256: photo.sha256 }),
    ]);
    const download = await app.request(photo.url, { headers: { cookie: (await as('supervisor')).cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('x-evidence-sha256')).toBe(photo.sha256);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(JPEG);
    const foreign = await app.request(photo.url, {
      headers: { cookie: (await as('other_contractor')).cookie },
    });
    expect(foreign.status).toBe(404);
  });
});
