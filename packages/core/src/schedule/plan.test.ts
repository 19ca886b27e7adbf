import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import type { Cadence } from './cadence.ts';
import { periodsInRange } from './cadence.ts';
import { generatePlan, occurrenceStatus, overdueOccurrences, planOccurrences } from './plan.ts';

const cal = createWorkingCalendar();
const t = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);

const patrol: Cadence = { id: 'c1/patrol', every: 1, unit: 'day', workingDaysOnly: true };
const joint: Cadence = { id: 'c1/joint', every: 1, unit: 'week', workingDaysOnly: true, warningDays: 1 };
const monthly: Cadence = { id: 'c1/month', every: 1, unit: 'month', workingDaysOnly: true, warningDays: 2 };

describe('R14: inspection plans from cadences', () => {
  it('daily patrols fall on working days only, 调休 weekend days included, holidays skipped', () => {
    const dates = planOccurrences([patrol], '2025-09-26', '2025-10-12', cal).map((o) => o.plannedDate);
    expect(dates).toEqual([
      '2025-09-26',
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  it('weekly joint inspections: first working day of the week, due on its last working day', () => {
    const plan = planOccurrences([joint], '2025-09-29', '2025-10-19', cal);
    expect(plan.map((o) => [o.key, o.plannedDate, o.dueDate])).toEqual([
      ['c1/joint:2025-09-29', '2025-09-29', '2025-09-30'],
      ['c1/joint:2025-10-06', '2025-10-09', '2025-10-11'],
      ['c1/joint:2025-10-13', '2025-10-13', '2025-10-17'],
    ]);
  });

  it('a period with no working day at all is skipped', () => {
    const thursdays: Cadence = {
      id: 'x',
      every: 1,
      unit: 'week',
      anchor: '2026-10-01',
      workingDaysOnly: true,
    };
    expect(planOccurrences([thursdays], '2026-09-24', '2026-10-08', cal).map((o) => o.periodStart)).toEqual([
      '2026-09-24',
      '2026-10-08',
    ]);
  });

  it('semi-annual leadership assessment moves to the first working day: 2026-01-04 is a 调休 Sunday', () => {
    const semi: Cadence = { id: 'lead', every: 6, unit: 'month', workingDaysOnly: true };
    const plan = planOccurrences([semi], '2026-01-01', '2026-12-31', cal);
    expect(plan.map((o) => [o.plannedDate, o.dueDate])).toEqual([
      ['2026-01-04', '2026-06-30'],
      ['2026-07-01', '2026-12-31'],
    ]);
  });

  it('month ends stay anchored: the 31st, then the 28th, then the 31st again', () => {
    const c: Cadence = { id: 'm', every: 1, unit: 'month', anchor: '2025-01-31' };
    expect(periodsInRange(c, '2025-01-01', '2025-04-30').map((p) => p.start)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
    const yearly: Cadence = { id: 'y', every: 1, unit: 'year' };
    expect(periodsInRange(yearly, '2025-06-01', '2027-06-01')).toEqual([
      { start: '2026-01-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-12-31' },
    ]);
  });

  it('keeps its phase whatever the range: every 2 days, runs over split ranges agree with one run', () => {
    const c: Cadence = { id: 'e2', every: 2, unit: 'day' };
    const whole = planOccurrences([c], '2025-03-01', '2025-03-20', cal).map((o) => o.key);
    const split = [
      ...planOccurrences([c], '2025-03-01', '2025-03-09', cal),
      ...planOccurrences([c], '2025-03-10', '2025-03-20', cal),
    ].map((o) => o.key);
    expect(split).toEqual(whole);
    expect(whole).toHaveLength(10);
  });

  it('running the job twice never duplicates: existing keys are not proposed again', () => {
    const input = { cadences: [patrol, joint, monthly], from: '2025-10-01', to: '2025-10-31', calendar: cal };
    const first = generatePlan(input);
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first.map((o) => o.key)).size).toBe(first.length);
    expect(generatePlan({ ...input, existingKeys: first.map((o) => o.key) })).toEqual([]);
    const wider = generatePlan({ ...input, to: '2025-11-07', existingKeys: first.map((o) => o.key) });
    expect(wider.every((o) => o.periodStart > '2025-10-31')).toBe(true);
  });

  it('rejects a malformed cadence', () => {
    expect(() =>
      planOccurrences([{ id: 'bad', every: 0, unit: 'day' }], '2025-01-01', '2025-01-02', cal),
    ).toThrow(RangeError);
  });
});

describe('R16: missed and overdue planned inspections', () => {
  const [october] = planOccurrences([monthly], '2025-10-01', '2025-10-31', cal);

  it('October 2025: planned on the first working day after the holiday, warned two working days before', () => {
    expect(october).toMatchObject({
      plannedDate: '2025-10-09',
      dueDate: '2025-10-31',
      warnFrom: '2025-10-29',
    });
  });

  it('status follows the tenant calendar day', () => {
    expect(occurrenceStatus(october!, t('2025-10-05 12:00'), cal)).toBe('upcoming');
    expect(occurrenceStatus(october!, t('2025-10-20 12:00'), cal)).toBe('open');
    expect(occurrenceStatus(october!, t('2025-10-29 08:00'), cal)).toBe('due_soon');
    expect(occurrenceStatus(october!, t('2025-10-31 23:59'), cal)).toBe('due_soon');
    expect(occurrenceStatus(october!, t('2025-11-01 00:01'), cal)).toBe('overdue');
    expect(occurrenceStatus(october!, t('2025-11-01 00:01'), cal, true)).toBe('done');
  });

  it('lists overdue occurrences that are not done', () => {
    const plan = planOccurrences([joint], '2025-09-29', '2025-10-19', cal);
    const overdue = overdueOccurrences(plan, t('2025-10-14 09:00'), cal, ['c1/joint:2025-09-29']);
    expect(overdue.map((o) => o.key)).toEqual(['c1/joint:2025-10-06']);
  });
});
