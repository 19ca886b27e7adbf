import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf, trpcClient } from '../../../test/client.ts';
import { cookieFor, seedTenant } from '../../../test/fixtures.ts';
import { inspectionWorld, pdfBytes, upload } from '../../../test/inspection-fixtures.ts';

describeEachDatabase('external inspections (R7)', (ctx) => {
  async function world() {
    const w = await inspectionWorld(ctx);
    const grant = (who: string, actions: string[], extra: Record<string, unknown>) =>
      w.admin.mutation('grants.create', {
        userId: w.id(who),
        actions,
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
        reason: '电梯定期检验',
        ...extra,
      });
    dataOf(
      await grant('ext', ['read', 'record_inspection'], {
        contractIds: [w.contracts.main.id],
        serviceLineIds: ['elevator'],
      }),
    );
    dataOf(await grant('eval', ['read', 'assess'], { contractIds: [w.contracts.main.id] }));
    return w;
  }

  it('an external inspector records the periodic inspection within the grant; its certificate warns before it lapses', async () => {
    const w = await world();
    const ext = await w.client('ext');
    const targets = dataOf(await ext.query('inspections.externalTargets'));
    expect(targets.map((t: any) => [t.contract.code, t.serviceLineId])).toEqual([['HT-1', 'elevator']]);
    const periodic = targets[0].types.find((t: any) => t.code === 'elevator.ext.periodic-inspection');
    expect(periodic.certificate).toEqual({ validityMonths: 12, warningDays: 30 });

    const started = dataOf(
      await ext.mutation('inspections.startExternal', {
        contractId: w.contracts.main.id,
        serviceLineId: 'elevator',
        siteId: w.sites.a.id,
        externalTypeCode: periodic.code,
      }),
    );
    const form = dataOf(await ext.query('inspections.get', { id: started.id }));
    expect(form.inspection).toMatchObject({
      source: 'external',
      kind: 'external',
      externalTypeCode: periodic.code,
    });
    expect(form.external.records.map((r: any) => r.code)).toContain('report');

    const incomplete = await ext.mutation('inspections.submit', {
      inspectionId: started.id,
      clientSubmissionId: 'ext-submit-1',
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.data.fieldErrors['record.report']).toBeDefined();

    dataOf(
      await ext.mutation('inspections.saveDetails', {
        inspectionId: started.id,
        externalRecord: {
          date: '2026-03-02',
          body: '市特种设备检验研究院',
          conclusion: '合格',
          'next-due': '2027-03-01',
          'certificate-posted': true,
        },
      }),
    );
    const doc = await upload(w.app, ext.cookie, {
      inspectionId: started.id,
      itemCode: 'record:report',
      type: 'application/pdf',
      bytes: pdfBytes(),
      name: '检验报告.pdf',
    });
    expect(doc.status).toBe(201);
    expect(doc.body.kind).toBe('document');
    dataOf(
      await ext.mutation('inspections.submit', {
        inspectionId: started.id,
        clientSubmissionId: 'ext-submit-1',
      }),
    );
    const done = dataOf(await ext.query('inspections.get', { id: started.id }));
    expect(done.inspection.certificateValidUntil).toBe('2027-03-01');

    const sup = await w.client('sup');
    expect(dataOf(await sup.query('inspections.certificates', {}))).toEqual([]);
    const all = dataOf(await sup.query('inspections.certificates', { all: true }));
    expect(all).toMatchObject([
      { inspectionId: started.id, state: 'valid', validUntil: '2027-03-01', warningDays: 30 },
    ]);
    w.clock.set('2027-02-10T02:00:00Z');
    expect(
      dataOf(
        await (await w.client('sup')).query('inspections.certificates', { contractId: w.contracts.main.id }),
      ),
    ).toMatchObject([
      { inspectionId: started.id, state: 'expiring', typeName: { zh: '特种设备检验机构定期检验' } },
    ]);
    w.clock.set('2027-03-02T02:00:00Z');
    expect(dataOf(await (await w.client('sup')).query('inspections.certificates', {}))[0].state).toBe(
      'expired',
    );
    // The vendor sees the external finding on its contract, marked with its source.
    const vendorList = dataOf(
      await (await w.client('vendor')).query('inspections.list', { source: 'external' }),
    );
    expect(vendorList.map((r: any) => r.id)).toEqual([started.id]);
  });

  it('refuses the external inspector outside the grant: another contract, another service line', async () => {
    const w = await world();
    const ext = await w.client('ext');
    const otherContract = await ext.mutation('inspections.startExternal', {
      contractId: w.contracts.other.id,
      serviceLineId: 'elevator',
      externalTypeCode: 'elevator.ext.periodic-inspection',
    });
    expect(otherContract.status).toBe(404);
    const otherLine = await ext.mutation('inspections.startExternal', {
      contractId: w.contracts.main.id,
      serviceLineId: 'security',
      externalTypeCode: 'SEC-EXT-PSB',
    });
    expect(otherLine.status).toBe(404);
    // Internal inspections are not theirs at all.
    const patrol = await ext.mutation('inspections.start', {
      contractId: w.contracts.main.id,
      serviceLineId: 'elevator',
    });
    expect(patrol.status).toBe(404);
    // They see nothing of the supervisors' own inspections outside the grant.
    const sup = await w.client('sup');
    const internal = dataOf(
      await sup.mutation('inspections.start', { contractId: w.contracts.main.id, serviceLineId: 'security' }),
    );
    expect((await ext.query('inspections.get', { id: internal.id })).status).toBe(404);
    expect(dataOf(await ext.query('inspections.list', {}))).toEqual([]);
  });

  it('an evaluator records an assessment through an assess grant; another tenant cannot fetch the evidence', async () => {
    const w = await world();
    const evaluator = await w.client('eval');
    const targets = dataOf(await evaluator.query('inspections.externalTargets'));
    expect(targets.map((t: any) => t.serviceLineId).sort()).toEqual(['elevator', 'security', null].sort());
    const vc = targets.find((t: any) => t.serviceLineId === null);
    const audit = vc.types.find((t: any) => t.template);
    const started = dataOf(
      await evaluator.mutation('inspections.startExternal', {
        contractId: w.contracts.main.id,
        externalTypeCode: audit.code,
      }),
    );
    const form = dataOf(await evaluator.query('inspections.get', { id: started.id }));
    expect(form.items.length).toBeGreaterThan(0);
    expect(form.inspection).toMatchObject({
      scope: 'vendor',
      pluginId: 'vendor-compliance',
      source: 'external',
    });
    const doc = await upload(w.app, evaluator.cookie, {
      inspectionId: started.id,
      type: 'application/pdf',
      bytes: pdfBytes(),
    });
    expect(doc.status).toBe(201);

    const other = await seedTenant(ctx.db, 'Other agency', [
      { email: `outsider-${ctx.kind}@x.example`, roles: ['admin'] },
    ]);
    const outsider = await cookieFor(
      ctx.db,
      other.users[`outsider-${ctx.kind}@x.example`]!.id,
      other.tenant.id,
    );
    expect((await w.app.request(doc.body.url, { headers: { cookie: outsider } })).status).toBe(404);
    expect(
      (await trpcClient(w.app, { cookie: outsider }).query('inspections.get', { id: started.id })).status,
    ).toBe(404);
  });
});
