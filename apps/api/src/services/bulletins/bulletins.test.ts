import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { seedQuarter } from '../../../test/consequence-fixtures.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn, submitInspection } from '../../../test/rectification-fixtures.ts';
import { renderBulletinPdf } from '../../node/bulletin-pdf.ts';

describeEachDatabase('R18 monthly bulletin', (ctx) => {
  async function setUp() {
    const clock = fixedClock('2026-04-03T02:00:00Z');
    const { app } = testApp(ctx, { clock, bulletinPdf: renderBulletinPdf });
    const w = await seedSupervision(ctx.db, ctx.kind);
    const [second] = await ctx.db
      .insert(schema.contracts)
      .values({
        ...w.contract,
        id: undefined as never,
        code: `${w.contract.code}-B`,
        title: '机关大楼保洁服务',
        vendorId: w.otherVendor.id,
        serviceLineIds: ['conference-cleaning'],
      })
      .returning();
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-05',
      items: [
        { code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 1750 },
        { code: 'sec.uniform', result: 'conform' },
      ],
    });
    await submitInspection(ctx.db, w, {
      inspectedOn: '2026-03-06',
      contractId: second!.id,
      items: [{ code: 'clean.floor', result: 'conform' }],
    });
    await seedQuarter(ctx.db, w, '2026-Q1', 85);
    return { clock, app, w, second: second!, as: signedIn(app, w, clock) };
  }

  it('generates, edits and publishes; the vendors and every member see it; the workbook holds the API figures', async () => {
    const { w, as, second } = await setUp();
    const sup = await as('supervisor');
    const draft = dataOf(await sup.mutation('bulletins.generate', { month: '2026-03' }));
    const got = dataOf(await sup.query('bulletins.get', { id: draft.id }));
    expect(got.content.rankings.map((r: any) => [r.rank, r.contractId, r.scoreCenti, r.verdict])).toEqual([
      [1, second.id, 10_000, 'praise'],
      [2, w.contract.id, 8_250, 'criticism'],
    ]);
    expect(got.content.rankings[1].reasons).toEqual(['score:基本合格', 'satisfaction_below_target']);
    expect(got.content.rankings[1].satisfactionBp).toBe(8_500);
    expect(got.content.causes).toEqual([
      expect.objectContaining({
        serviceLineId: 'security',
        majorFindings: 1,
        generalFindings: 0,
        complaints: 0,
      }),
    ]);
    // Drafts are not for the vendor.
    const vendor = await as('contractor');
    expect(dataOf(await vendor.query('bulletins.list'))).toEqual([]);
    expect((await vendor.query('bulletins.get', { id: draft.id })).status).toBe(404);

    const edited = dataOf(
      await sup.mutation('bulletins.edit', {
        id: draft.id,
        version: draft.version,
        title: draft.title,
        summary: '三月份共检查2次。',
        measures: '一、加强门岗值守；二、每周复查。',
      }),
    );
    const stale = await sup.mutation('bulletins.edit', { ...edited, version: draft.version, summary: '改' });
    expect(stale.status).toBe(409);
    expect((await sup.mutation('bulletins.publish', { id: draft.id })).status).toBe(403);
    const published = dataOf(await (await as('leader')).mutation('bulletins.publish', { id: draft.id }));
    expect(published.status).toBe('published');
    expect((await sup.mutation('bulletins.generate', { month: '2026-03' })).status).toBe(409);
    const mail = await ctx.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.template, 'bulletin_published'));
    expect(mail.length).toBe(2);
    expect(dataOf(await vendor.query('bulletins.list')).map((b: any) => b.id)).toEqual([draft.id]);

    const xlsx = dataOf(await vendor.query('bulletins.exportXlsx', { id: draft.id }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = wb.getWorksheet('排名')!;
    const rows = [2, 3].map((i) => sheet.getRow(i).values as unknown[]);
    const api = dataOf(await vendor.query('bulletins.get', { id: draft.id })).content.rankings;
    expect(rows.map((r) => [r[1], r[2], r[5], r[7], r[8]])).toEqual(
      api.map((r: any) => [
        r.rank,
        r.contractCode,
        r.scoreCenti / 100,
        r.satisfactionBp === null ? undefined : r.satisfactionBp / 100,
        r.targetBp / 100,
      ]),
    );
    expect(wb.getWorksheet('通报')!.getRow(6).getCell(2).value).toBe('一、加强门岗值守；二、每周复查。');
    // LibreOffice (where installed: apt-get install libreoffice-calc-nogui) reads the same figures.
    if (existsSync('/usr/bin/soffice')) {
      const dir = mkdtempSync(join(tmpdir(), 'bulletin-lo-'));
      writeFileSync(join(dir, 'b.xlsx'), Buffer.from(xlsx.base64, 'base64'));
      execFileSync(
        'soffice',
        [
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          dir,
          join(dir, 'b.xlsx'),
        ],
        { stdio: 'ignore', timeout: 60_000 },
      );
      const csv = readFileSync(join(dir, 'b.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','));
      expect(csv.map((c) => [Number(c[0]), c[1], Number(c[4])])).toEqual(
        api.map((r: any) => [r.rank, r.contractCode, r.scoreCenti / 100]),
      );
    }

    const pdf = dataOf(await vendor.query('bulletins.exportPdf', { id: draft.id }));
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The Chinese font is embedded as a subset, so the file stays small.
    expect(bytes.toString('latin1')).toMatch(/FontFile2/);
    expect(bytes.length).toBeLessThan(400_000);
  });

  it('the leadership dashboard shows scores per line and vendor, satisfaction, closure and complaints', async () => {
    const { w, as } = await setUp();
    const d = dataOf(await (await as('leader')).query('dashboard.overview', { months: 3 }));
    expect(d.months).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(d.scoreByLine.find((l: any) => l.key === 'security').values).toEqual([null, 8_250, null]);
    expect(d.scoreByVendor.find((v: any) => v.key === w.vendor.id).values).toEqual([null, 8_250, null]);
    expect(d.satisfactionByVendor.find((v: any) => v.key === w.vendor.id).values.at(-2)).toBe(8_500);
    expect(d.closure.map((c: any) => c.issued)).toEqual([0, 0, 0]);
    expect((await (await as('contractor')).query('dashboard.overview', {})).status).toBe(403);
  });
});
