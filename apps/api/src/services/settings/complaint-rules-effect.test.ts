import { randomUUID as uuid } from 'node:crypto';
import { schema } from '@steward/db';
import { describeEachDatabase } from '@steward/db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { complaintAgency, publicCaller } from '../../../test/complaint-fixtures.ts';
import { fixedClock } from '../../../test/harness.ts';

describeEachDatabase(
  'tenant settings: a complaint keeps the clock rules of the day it was received',
  (ctx) => {
    it('raising 受理 from 1 to 3 working days applies to the next complaint, not to the open one', async () => {
      const clock = fixedClock('2026-03-02T01:00:00Z'); // Monday 09:00 in Shanghai
      const t = await complaintAgency(ctx, 'rules', clock);
      const form = dataOf(await t.supervisor.query('complaints.form'));
      const phone = publicCaller(t.app, '10.0.0.9');
      const submit = async (description: string) => {
        const res = await phone.mutation('complaints.public.submit', {
          formKey: form.publicKey,
          submissionId: uuid(),
          siteId: t.sites.a.id,
          location: '食堂',
          category: 'catering',
          description,
        });
        expect(res.status).toBe(200);
        const code = res.body.result.data.trackingCode as string;
        const [row] = await ctx.db
          .select()
          .from(schema.complaints)
          .where(eq(schema.complaints.trackingCode, code));
        return row!.id;
      };
      const acceptBy = async (id: string) =>
        new Date(dataOf(await t.supervisor.query('complaints.get', { id })).clocks[0].deadline).toISOString();

      const before = await submit('午餐的汤是凉的');
      expect(await acceptBy(before)).toBe('2026-03-03T09:30:00.000Z');

      clock.set('2026-03-02T01:30:00Z');
      dataOf(await t.admin.mutation('settings.updateRules', { complaints: { acceptWorkingDays: 3 } }));
      clock.set('2026-03-02T02:00:00Z');
      const after = await submit('晚餐的汤也是凉的');
      expect(await acceptBy(after)).toBe('2026-03-05T09:30:00.000Z');
      // The one received before the change is still due on Tuesday, in the list as on its page.
      expect(await acceptBy(before)).toBe('2026-03-03T09:30:00.000Z');
      const list = dataOf(await t.supervisor.query('complaints.list', {}));
      const listed = list.find((c: any) => c.id === before);
      expect(new Date(listed.clocks[0].deadline).toISOString()).toBe('2026-03-03T09:30:00.000Z');
    });
  },
);
