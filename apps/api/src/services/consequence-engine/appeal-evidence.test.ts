import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn } from '../../../test/rectification-fixtures.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n申诉函 letter\n%%EOF');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const sha256 = async (bytes: Uint8Array) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

describeEachDatabase('issue 7: appeal evidence downloads', (ctx) => {
  it('the staff who decide and the appellant download it; another vendor, another tenant and unknown ids get 404', async () => {
    const clock = fixedClock('2026-10-15T02:00:00Z');
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, ctx.kind);
    const as = signedIn(app, w, clock);
    // A decided exit warning, still within its appeal period.
    const [decided] = await ctx.db
      .insert(schema.consequences)
      .values({
        tenantId: w.tenant.id,
        contractId: w.contract.id,
        kind: 'exit_warning',
        key: `test:appeal:${w.contract.id}`,
        status: 'approved',
        // As issue 5 stored them: no rule text of its own (the board says it from the cited notices).
        facts: [
          { type: 'rectification', id: crypto.randomUUID(), note: 'round 1: not_fixed' },
          { type: 'rectification', id: crypto.randomUUID(), note: 'round 2: not_fixed' },
        ],
        proposedAt: new Date('2026-10-12T02:00:00Z'),
        proposedBy: w.id('supervisor'),
        decidedAt: new Date('2026-10-13T02:00:00Z'),
        decidedBy: w.id('leader'),
        appealUntil: '2026-10-27',
      })
      .returning();
    const id = decided!.id;
    const [row] = dataOf(await (await as('leader2')).query('consequenceEngine.list', {}));
    expect(row.text).toBe('同一问题整改2次复查未通过，建议发出书面退出警告');
    // The vendor appeals; a file whose bytes are not what it claims is refused.
    const vendor = await as('contractor');
    const fake = await vendor.mutation('consequenceEngine.appeal', {
      consequenceId: id,
      grounds: '整改已完成',
      evidence: [{ name: 'x.pdf', contentType: 'application/pdf', base64: btoa('<html>') }],
    });
    expect(fake.status).toBe(400);
    const appeal = dataOf(
      await vendor.mutation('consequenceEngine.appeal', {
        consequenceId: id,
        grounds: '整改已完成，附复查照片和说明函',
        evidence: [
          { name: '申诉函.pdf', contentType: 'application/pdf', base64: b64(PDF) },
          { name: 'photo.png', contentType: 'image/png', base64: b64(PNG) },
        ],
      }),
    );
    const [pdfHash, pngHash] = [await sha256(PDF), await sha256(PNG)];
    expect(appeal.evidence.map((e: { sha256: string }) => e.sha256)).toEqual([pdfHash, pngHash]);

    const get = async (key: string | null, path: string) =>
      app.request(path, {
        headers: { 'sec-fetch-site': 'same-origin', ...(key ? { cookie: (await as(key)).cookie } : {}) },
      });
    const url = (hash: string, consequenceId = id) =>
      `/api/consequences/${consequenceId}/appeal-evidence/${hash}`;

    // The leader who decides the appeal: the PDF downloads with its name, type and hash.
    const pdf = await get('leader2', url(pdfHash));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('申诉函.pdf')}`,
    );
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pdf.headers.get('x-evidence-sha256')).toBe(pdfHash);
    expect(new Uint8Array(await pdf.arrayBuffer())).toEqual(PDF);
    // An image opens in the browser.
    const png = await get('supervisor', url(pngHash));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-disposition')).toMatch(/^inline; /);
    // The appellant reads its own files back.
    expect((await get('contractor', url(pdfHash))).status).toBe(200);

    // Another vendor of the same tenant, and the other tenant's leader: as if it did not exist.
    expect((await get('other_contractor', url(pdfHash))).status).toBe(404);
    const other = await seedSupervision(ctx.db, ctx.kind);
    const otherLeader = await app.request(url(pdfHash), {
      headers: { 'sec-fetch-site': 'same-origin', cookie: await other.cookie('leader', clock.now()) },
    });
    expect(otherLeader.status).toBe(404);
    // A role that neither decides nor appeals is refused; nobody signed in is asked to sign in.
    expect((await get('gc', url(pdfHash))).status).toBe(403);
    expect((await get(null, url(pdfHash))).status).toBe(401);

    // Unknown or malformed ids and hashes, and path tricks: 404, never a 500.
    for (const path of [
      url(pdfHash, '00000000-0000-4000-8000-000000000000'),
      url('0'.repeat(64)),
      url(pdfHash.toUpperCase()),
      url(pdfHash, 'not-a-uuid'),
      `/api/consequences/${id}/appeal-evidence/..%2F..%2Fsecret`,
      `/api/consequences/${id}/appeal-evidence/${encodeURIComponent(`tenants/${w.tenant.id}/appeals/${id}/${pdfHash}`)}`,
    ]) {
      const res = await get('leader2', path);
      expect([path, res.status]).toEqual([path, 404]);
    }
  });
});
