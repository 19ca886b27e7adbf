import { inTenant, schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { cookieFor } from '../../../test/fixtures.ts';
import { inspectionWorld, jpegBytes, upload } from '../../../test/inspection-fixtures.ts';
import { sha256Hex } from '../../services/inspections/evidence-rules.ts';

describeEachDatabase('inspections on a phone', (ctx) => {
  async function patrol() {
    const w = await inspectionWorld(ctx);
    const sup = await w.client('sup');
    const started = dataOf(
      await sup.mutation('inspections.start', {
        contractId: w.contracts.main.id,
        serviceLineId: 'security',
        siteId: w.sites.a.id,
        kind: 'patrol',
      }),
    );
    const form = dataOf(await sup.query('inspections.get', { id: started.id }));
    const photoItem = form.items.find(
      (i: any) => i.evidence.includes('photo') && i.deduction.max > i.deduction.min,
    );
    const strict = form.items.find((i: any) => !i.allowNA);
    return { ...w, person: w.id, sup, id: started.id as string, form, photoItem, strict };
  }

  async function answerAll(client: any, id: string, items: any[], except: string[] = []) {
    for (const item of items)
      if (!except.includes(item.code))
        dataOf(
          await client.mutation('inspections.saveResult', {
            inspectionId: id,
            itemCode: item.code,
            result: 'conform',
          }),
        );
  }

  it('runs a patrol with a photo end to end over HTTP: draft, evidence route, required photo, submit', async () => {
    const w = await patrol();
    expect(w.form.inspection).toMatchObject({
      status: 'draft',
      pluginId: 'security',
      pluginVersion: '1.0.0',
      source: 'internal',
      inspectedOn: '2026-03-02',
    });
    expect(w.form.inspection.templateHash).toMatch(/^[0-9a-f]{64}$/);
    const [snap] = await ctx.db
      .select()
      .from(schema.templateSnapshots)
      .where(eq(schema.templateSnapshots.hash, w.form.inspection.templateHash));
    expect(snap?.templateCode).toBe(w.form.template.code);

    await answerAll(w.sup, w.id, w.form.items, [w.photoItem.code]);
    const finding = dataOf(
      await w.sup.mutation('inspections.saveResult', {
        inspectionId: w.id,
        itemCode: w.photoItem.code,
        result: 'nonconform',
        note: '东门岗无人值守',
      }),
    );
    expect(finding.deductionCenti).toBe(Math.round(w.photoItem.deduction.default * 100));

    const missing = await w.sup.mutation('inspections.submit', {
      inspectionId: w.id,
      clientSubmissionId: 'sub-photo-0001',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.data.messageKey).toBe('inspection.evidence_missing');
    expect(missing.body.error.message).toContain(w.photoItem.text.zh);
    expect(Object.keys(missing.body.error.data.fieldErrors)).toEqual([`items.${w.photoItem.code}`]);

    const bytes = jpegBytes(4096, 7);
    const cookie = w.sup.cookie;
    const up = await upload(w.app, cookie, {
      inspectionId: w.id,
      itemCode: w.photoItem.code,
      bytes,
      capturedAt: '2026-03-02T00:55:00+08:00',
      name: '东门.jpg',
    });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      kind: 'photo',
      sizeBytes: 4096,
      sha256: await sha256Hex(bytes),
      originalName: '东门.jpg',
    });
    expect(new Date(up.body.capturedAt).toISOString()).toBe('2026-03-01T16:55:00.000Z');
    expect(new Date(up.body.receivedAt).toISOString()).toBe('2026-03-02T01:00:00.000Z');

    const got = await w.app.request(up.body.url, { headers: { cookie } });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('x-evidence-sha256')).toBe(up.body.sha256);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);

    const done = dataOf(
      await w.sup.mutation('inspections.submit', {
        inspectionId: w.id,
        clientSubmissionId: 'sub-photo-0001',
      }),
    );
    expect(done).toEqual({ id: w.id, replayed: false });
    const detail = dataOf(await w.sup.query('inspections.get', { id: w.id }));
    expect(detail.inspection.status).toBe('submitted');
    expect(detail.counts).toBe(true);
    expect(detail.evidence).toHaveLength(1);
    expect(detail.evidence[0].sha256).toBe(up.body.sha256);

    // The vendor reads its own submitted inspection and photo; another vendor and a liaison cannot.
    const vendor = await w.client('vendor');
    expect(dataOf(await vendor.query('inspections.get', { id: w.id })).results).toHaveLength(
      w.form.items.length,
    );
    expect((await w.app.request(up.body.url, { headers: { cookie: vendor.cookie } })).status).toBe(200);
    const other = await w.client('other-vendor');
    expect((await other.query('inspections.get', { id: w.id })).status).toBe(404);
    expect((await w.app.request(up.body.url, { headers: { cookie: other.cookie } })).status).toBe(404);
    expect(dataOf(await other.query('inspections.list', {}))).toEqual([]);
    const liaison = await w.client('liaison');
    expect((await w.app.request(up.body.url, { headers: { cookie: liaison.cookie } })).status).toBe(403);
    // No session, no file.
    expect((await w.app.request(up.body.url)).status).toBe(401);
  });

  it('refuses a deduction outside the item bounds and N/A where the item does not allow it', async () => {
    const w = await patrol();
    const tooMuch = await w.sup.mutation('inspections.saveResult', {
      inspectionId: w.id,
      itemCode: w.photoItem.code,
      result: 'nonconform',
      deductionCenti: Math.round(w.photoItem.deduction.max * 100) + 50,
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.data.messageKey).toBe('inspection.deduction_out_of_bounds');
    expect(tooMuch.body.error.message).toContain(`${w.photoItem.deduction.max}`);
    expect(tooMuch.body.error.data.fieldErrors.deductionCenti).toBeDefined();
    const inBounds = dataOf(
      await w.sup.mutation('inspections.saveResult', {
        inspectionId: w.id,
        itemCode: w.photoItem.code,
        result: 'nonconform',
        deductionCenti: Math.round(w.photoItem.deduction.max * 100),
      }),
    );
    expect(inBounds.deductionCenti).toBe(Math.round(w.photoItem.deduction.max * 100));
    const na = await (await w.client('sup', 'en')).mutation('inspections.saveResult', {
      inspectionId: w.id,
      itemCode: w.strict.code,
      result: 'na',
    });
    expect(na.status).toBe(400);
    expect(na.body.error.message).toBe('This item cannot be marked not applicable.');
    // Only the inspector fills in the draft.
    const sup2 = await w.client('sup2-');
    const foreign = await sup2.mutation('inspections.saveResult', {
      inspectionId: w.id,
      itemCode: w.strict.code,
      result: 'conform',
    });
    expect(foreign.status).toBe(412);
  });

  it('submits once per clientSubmissionId; the submitted inspection is immutable; corrections chain', async () => {
    const w = await patrol();
    await answerAll(w.sup, w.id, w.form.items);
    const first = dataOf(
      await w.sup.mutation('inspections.submit', { inspectionId: w.id, clientSubmissionId: 'retry-abcdef' }),
    );
    const again = dataOf(
      await w.sup.mutation('inspections.submit', { inspectionId: w.id, clientSubmissionId: 'retry-abcdef' }),
    );
    expect(again).toEqual({ id: first.id, replayed: true });
    const changed = await w.sup.mutation('inspections.submit', {
      inspectionId: w.id,
      clientSubmissionId: 'retry-abcdef',
      notes: '另一份内容',
    });
    expect(changed.status).toBe(409);
    expect(changed.body.error.data.messageKey).toBe('inspection.submission_reused');
    const rows = await ctx.db
      .select()
      .from(schema.inspections)
      .where(eq(schema.inspections.tenantId, w.tenant.id));
    expect(rows).toHaveLength(1);

    const late = await w.sup.mutation('inspections.saveResult', {
      inspectionId: w.id,
      itemCode: w.strict.code,
      result: 'nonconform',
    });
    expect(late.status).toBe(412);
    expect(late.body.error.data.messageKey).toBe('inspection.not_draft');
    const lateUpload = await upload(w.app, w.sup.cookie, { inspectionId: w.id, itemCode: w.photoItem.code });
    expect(lateUpload.status).toBe(412);
    // Even a direct write as the application role is refused by the database.
    const scope = { tenantId: w.tenant.id, userId: w.person('sup') };
    const refusal = async (run: () => Promise<unknown>) => {
      try {
        await run();
        return 'accepted';
      } catch (error) {
        const e = error as { message: string; cause?: { message?: string } };
        return `${e.message} ${e.cause?.message ?? ''}`;
      }
    };
    expect(
      await refusal(() =>
        inTenant(ctx.db, scope, (tx) =>
          tx.update(schema.inspections).set({ notes: 'x' }).where(eq(schema.inspections.id, w.id)),
        ),
      ),
    ).toContain('is submitted and cannot change');
    expect(
      await refusal(() =>
        inTenant(ctx.db, scope, (tx) =>
          tx.execute(sql`update inspection_results set deduction_centi = 0 where inspection_id = ${w.id}`),
        ),
      ),
    ).toContain('results of a submitted inspection cannot change');

    const correction = dataOf(await w.sup.mutation('inspections.correct', { inspectionId: w.id }));
    expect(dataOf(await w.sup.mutation('inspections.correct', { inspectionId: w.id }))).toEqual({
      id: correction.id,
      resumed: true,
    });
    const draft = dataOf(await w.sup.query('inspections.get', { id: correction.id }));
    expect(draft.inspection).toMatchObject({
      status: 'draft',
      correctsInspectionId: w.id,
      templateHash: w.form.inspection.templateHash,
    });
    expect(draft.results).toHaveLength(w.form.items.length);
    dataOf(
      await w.sup.mutation('inspections.saveResult', {
        inspectionId: correction.id,
        itemCode: w.strict.code,
        result: 'nonconform',
      }),
    );
    if (w.strict.evidence.some((k: string) => k === 'photo' || k === 'document'))
      await upload(w.app, w.sup.cookie, { inspectionId: correction.id, itemCode: w.strict.code });
    dataOf(
      await w.sup.mutation('inspections.submit', {
        inspectionId: correction.id,
        clientSubmissionId: 'correction-1',
      }),
    );
    const original = dataOf(await w.sup.query('inspections.get', { id: w.id }));
    expect(original.correctedBy).toEqual({ id: correction.id, status: 'submitted' });
    expect(original.counts).toBe(false);
    expect(dataOf(await w.sup.query('inspections.get', { id: correction.id })).counts).toBe(true);
    const twice = await w.sup.mutation('inspections.correct', { inspectionId: w.id });
    expect(twice.status).toBe(409);
    const month = dataOf(
      await w.sup.query('inspections.list', { contractId: w.contracts.main.id, month: '2026-03' }),
    );
    expect(month.map((r: any) => r.id).sort()).toEqual([w.id, correction.id].sort());
    const actions = (
      await ctx.db
        .select({ action: schema.auditLog.action })
        .from(schema.auditLog)
        .where(eq(schema.auditLog.tenantId, w.tenant.id))
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'inspection.start',
        'inspection.submit',
        'inspection.correct',
        'evidence.upload',
      ]),
    );
  });

  it('lists unanswered items and keeps upload size and type limits with clear messages', async () => {
    const w = await patrol();
    const incomplete = await w.sup.mutation('inspections.submit', {
      inspectionId: w.id,
      clientSubmissionId: 'incomplete-1',
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.data.messageKey).toBe('inspection.incomplete');
    expect(Object.keys(incomplete.body.error.data.fieldErrors)).toHaveLength(w.form.items.length);

    const big = await upload(w.app, w.sup.cookie, {
      inspectionId: w.id,
      bytes: jpegBytes(10 * 1024 * 1024 + 1),
    });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toContain('10.0 MB');
    const html = await upload(w.app, w.sup.cookie, {
      inspectionId: w.id,
      type: 'text/html',
      bytes: new TextEncoder().encode('<script>alert(1)</script>'),
      locale: 'en',
    });
    expect(html.status).toBe(400);
    expect(html.body.error.message).toBe(
      'This file type is not accepted. Upload a JPEG, PNG, WebP or HEIC photo, or a PDF.',
    );
    const disguised = await upload(w.app, w.sup.cookie, {
      inspectionId: w.id,
      type: 'image/png',
      bytes: new TextEncoder().encode('<html>not a png</html>'),
    });
    expect(disguised.status).toBe(400);
    expect(disguised.body.error.messageKey).toBe('evidence.type_mismatch');
    const crossSite = await w.app.request('/api/evidence', {
      method: 'POST',
      headers: {
        cookie: w.sup.cookie,
        'sec-fetch-site': 'cross-site',
        'content-type': 'image/jpeg',
        'x-inspection-id': w.id,
      },
      body: jpegBytes() as Uint8Array<ArrayBuffer>,
    });
    expect(crossSite.status).toBe(403);
    const stranger = await upload(w.app, await cookieFor(ctx.db, w.person('vendor'), w.tenant.id), {
      inspectionId: w.id,
    });
    expect(stranger.status).toBe(404);
  });

  it('joint inspection of a vendor counts once every party has signed; spot checks stay hidden from the vendor', async () => {
    const w = await inspectionWorld(ctx);
    const sup = await w.client('sup');
    const joint = dataOf(
      await sup.mutation('inspections.start', {
        contractId: w.contracts.main.id,
        kind: 'joint',
        participants: [
          { userId: w.id('gc'), party: 'general_contractor' },
          { userId: w.id('liaison'), party: 'department' },
        ],
      }),
    );
    const form = dataOf(await sup.query('inspections.get', { id: joint.id }));
    expect(form.inspection).toMatchObject({
      scope: 'vendor',
      pluginId: 'vendor-compliance',
      serviceLineId: null,
    });
    expect(form.participants).toHaveLength(3);
    expect(
      dataOf(
        await sup.mutation('inspections.addParticipant', {
          inspectionId: joint.id,
          userId: w.id('sup2-'),
          party: 'supervision',
        }),
      ),
    ).toEqual({ added: true });
    const outsider = await sup.mutation('inspections.addParticipant', {
      inspectionId: joint.id,
      userId: '00000000-0000-4000-8000-000000000000',
      party: 'department',
    });
    expect(outsider.status).toBe(400);
    const liaison = await w.client('liaison');
    expect((await liaison.mutation('inspections.sign', { inspectionId: joint.id })).status).toBe(412);
    await answerAll(sup, joint.id, form.items);
    dataOf(
      await sup.mutation('inspections.submit', { inspectionId: joint.id, clientSubmissionId: 'joint-00001' }),
    );
    expect(dataOf(await sup.query('inspections.get', { id: joint.id })).counts).toBe(false);
    dataOf(await liaison.mutation('inspections.sign', { inspectionId: joint.id }));
    dataOf(await (await w.client('gc')).mutation('inspections.sign', { inspectionId: joint.id }));
    expect(dataOf(await liaison.query('inspections.get', { id: joint.id })).counts).toBe(false);
    dataOf(await (await w.client('sup2-')).mutation('inspections.sign', { inspectionId: joint.id }));
    expect(dataOf(await liaison.query('inspections.get', { id: joint.id })).counts).toBe(true);
    // Someone who is not a party cannot sign.
    expect(
      (await (await w.client('admin')).mutation('inspections.sign', { inspectionId: joint.id })).status,
    ).toBe(412);

    const [plan] = await ctx.db
      .insert(schema.inspectionPlans)
      .values({
        tenantId: w.tenant.id,
        key: 'spot-1',
        contractId: w.contracts.main.id,
        serviceLineId: 'security',
        siteId: w.sites.b.id,
        kind: 'spot',
        scope: 'line',
        pluginId: 'security',
        templateCode: 'SEC-TPL-PATROL',
        periodStart: '2026-03-02',
        dueOn: '2026-03-02',
        sampledItemCodes: [],
      })
      .returning();
    const patrolItems = dataOf(
      await sup.query('inspections.get', {
        id: dataOf(
          await sup.mutation('inspections.start', {
            contractId: w.contracts.main.id,
            serviceLineId: 'security',
          }),
        ).id,
      }),
    ).items;
    const sample = patrolItems.slice(0, 3).map((i: any) => i.code);
    await ctx.db
      .update(schema.inspectionPlans)
      .set({ sampledItemCodes: sample })
      .where(eq(schema.inspectionPlans.id, plan!.id));
    const spot = dataOf(await sup.mutation('inspections.start', { planId: plan!.id }));
    expect(dataOf(await sup.mutation('inspections.start', { planId: plan!.id }))).toEqual({
      id: spot.id,
      resumed: true,
    });
    const spotForm = dataOf(await sup.query('inspections.get', { id: spot.id }));
    expect(spotForm.items.map((i: any) => i.code)).toEqual(sample);
    const vendor = await w.client('vendor');
    expect((await vendor.query('inspections.get', { id: spot.id })).status).toBe(404);
    expect(dataOf(await vendor.query('inspections.list', {})).map((r: any) => r.id)).not.toContain(spot.id);
    await answerAll(sup, spot.id, spotForm.items);
    dataOf(
      await sup.mutation('inspections.submit', { inspectionId: spot.id, clientSubmissionId: 'spot-000001' }),
    );
    expect(dataOf(await vendor.query('inspections.get', { id: spot.id })).inspection.kind).toBe('spot');
    const [after] = await ctx.db
      .select()
      .from(schema.inspectionPlans)
      .where(eq(schema.inspectionPlans.id, plan!.id));
    expect(after).toMatchObject({ status: 'done', inspectionId: spot.id });
  });

  it('shows an inspection whose checklist snapshot is missing by its results', async () => {
    const w = await inspectionWorld(ctx);
    const [row] = await ctx.db
      .insert(schema.inspections)
      .values({
        tenantId: w.tenant.id,
        contractId: w.contracts.main.id,
        serviceLineId: 'security',
        kind: 'patrol',
        scope: 'line',
        source: 'internal',
        pluginId: 'security',
        pluginVersion: '1.0.0',
        templateCode: 'imported',
        templateHash: 'f'.repeat(64),
        inspectorUserId: w.id('sup'),
        startedAt: new Date('2026-03-01T01:00:00Z'),
        inspectedOn: '2026-03-01',
      })
      .returning();
    await ctx.db.insert(schema.inspectionResults).values({
      tenantId: w.tenant.id,
      inspectionId: row!.id,
      itemCode: 'legacy.item',
      result: 'nonconform',
      severity: 'major',
      deductionCenti: 200,
    });
    const view = dataOf(await (await w.client('sup2-')).query('inspections.get', { id: row!.id }));
    expect(view.items.map((i: any) => i.code)).toEqual(['legacy.item']);
    expect(view.results[0].deductionCenti).toBe(200);
  });
});
