import { describeEachDatabase } from '@steward/db/testing';
import { expect, it } from 'vitest';
import { dataOf } from '../../../test/client.ts';
import { fixedClock, testApp } from '../../../test/harness.ts';
import { seedSupervision, signedIn, submitInspection } from '../../../test/rectification-fixtures.ts';

describeEachDatabase('tenant settings: a calendar override moves the next deadline, not past ones', (ctx) => {
  it('2027-01-04 entered as a holiday: a major finding raised on Friday 2027-01-01 is due Tuesday, not Monday', async () => {
    // The official data ends with 2026, so 2027-01-01 is an ordinary Friday until the tenant says otherwise.
    const clock = fixedClock('2027-01-01T01:00:00Z');
    const { app } = testApp(ctx, { clock });
    const w = await seedSupervision(ctx.db, `calendar-${ctx.kind}`);
    const as = signedIn(app, w, clock);
    const { results } = await submitInspection(ctx.db, w, {
      inspectedOn: '2027-01-01',
      submittedAt: new Date('2027-01-01T00:30:00Z'),
      items: [
        { code: 'sec.gate', result: 'nonconform', severity: 'major', deductionCenti: 300, photo: true },
        { code: 'sec.patrol', result: 'nonconform', severity: 'major', deductionCenti: 100 },
      ],
    });
    const supervisor = await as('supervisor');
    const before = dataOf(
      await supervisor.mutation('rectifications.raise', { resultId: results['sec.gate']!.id }),
    );
    // Friday + 1 working day → Monday 2027-01-04 17:30 Shanghai.
    expect(new Date(before.deadlineAt).toISOString()).toBe('2027-01-04T09:30:00.000Z');

    const admin = await as('admin');
    dataOf(
      await admin.mutation('settings.addCalendarOverride', {
        kind: 'holiday',
        from: '2027-01-04',
        name: '元旦补休',
      }),
    );
    const after = dataOf(
      await supervisor.mutation('rectifications.raise', { resultId: results['sec.patrol']!.id }),
    );
    expect(new Date(after.deadlineAt).toISOString()).toBe('2027-01-05T09:30:00.000Z');

    // The notice raised before the change keeps its stored deadline.
    const kept = dataOf(await supervisor.query('rectifications.get', { id: before.id }));
    expect(new Date(kept.notice.deadlineAt).toISOString()).toBe('2027-01-04T09:30:00.000Z');
  });
});
