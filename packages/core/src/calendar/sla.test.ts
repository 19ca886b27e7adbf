import { describe, expect, it } from 'vitest';
import { computeDeadline, slaStatus, workingTimeBetween } from './sla.ts';
import { createWorkingCalendar } from './working-calendar.ts';

const cal = createWorkingCalendar();
/** Shanghai wall time → instant. */
const t = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
const HOUR = 3_600_000;

describe('SLA clock on the working calendar', () => {
  it('R17: 8 working hours from the afternoon before National Day 2025 end on Oct 9', () => {
    expect(computeDeadline(t('2025-09-30 15:00'), { workingHours: 8 }, cal)).toBe(t('2025-10-09 14:30'));
  });

  it('R17: the 调休 Saturday before Spring Festival 2026 is on the clock', () => {
    expect(computeDeadline(t('2026-02-13 16:00'), { workingHours: 4 }, cal)).toBe(t('2026-02-14 11:30'));
    expect(computeDeadline(t('2026-02-14 16:00'), { workingHours: 4 }, cal)).toBe(t('2026-02-24 11:30'));
  });

  it('a start outside working hours waits for the next working period', () => {
    expect(computeDeadline(t('2025-10-03 20:00'), { workingMinutes: 30 }, cal)).toBe(t('2025-10-09 09:30'));
    expect(computeDeadline(t('2025-10-09 07:00'), { workingHours: 8.5 }, cal)).toBe(t('2025-10-09 17:30'));
  });

  it('working days end at the close of the Nth working day', () => {
    expect(computeDeadline(t('2025-09-30 10:00'), { workingDays: 1 }, cal)).toBe(t('2025-10-09 17:30'));
    expect(computeDeadline(t('2026-09-24 10:00'), { workingDays: 2 }, cal)).toBe(t('2026-09-29 17:30'));
  });

  it('follows split working hours (lunch break)', () => {
    const workingHours = [
      { start: '13:30', end: '17:30' },
      { start: '09:00', end: '12:00' },
    ];
    expect(computeDeadline(t('2025-09-30 11:00'), { workingHours: 2 }, cal, { workingHours })).toBe(
      t('2025-09-30 14:30'),
    );
  });

  it('R17: waiting on the reporter stops the clock', () => {
    const start = t('2025-09-29 09:00');
    expect(computeDeadline(start, { workingHours: 16 }, cal)).toBe(t('2025-09-30 16:30'));
    const pauses = [{ from: t('2025-09-29 12:00'), to: t('2025-09-29 14:00') }];
    expect(computeDeadline(start, { workingHours: 16 }, cal, { pauses })).toBe(t('2025-10-09 10:00'));
    // overlapping and out-of-order pauses merge
    const messy = [{ from: t('2025-09-29 13:00'), to: t('2025-09-29 14:00') }, ...pauses];
    expect(computeDeadline(start, { workingHours: 16 }, cal, { pauses: messy })).toBe(t('2025-10-09 10:00'));
  });

  it('an open pause leaves no deadline until the clock restarts', () => {
    const pauses = [{ from: t('2025-09-29 12:00') }];
    expect(computeDeadline(t('2025-09-29 09:00'), { workingHours: 16 }, cal, { pauses })).toBeNull();
    // a pause that opens after the deadline does not matter
    expect(
      computeDeadline(t('2025-09-29 09:00'), { workingHours: 1 }, cal, {
        pauses: [{ from: t('2025-09-29 12:00') }],
      }),
    ).toBe(t('2025-09-29 10:00'));
  });

  it('measures working time between instants', () => {
    expect(workingTimeBetween(t('2025-09-30 15:00'), t('2025-10-09 10:00'), cal)).toBe(3.5 * HOUR);
    expect(workingTimeBetween(t('2025-10-09 10:00'), t('2025-09-30 15:00'), cal)).toBe(0);
  });

  describe('slaStatus', () => {
    const start = t('2025-09-30 15:00');
    const eight = { workingHours: 8 };

    it('running: remaining working time over the holiday', () => {
      expect(slaStatus(start, eight, cal, t('2025-10-05 12:00'))).toEqual({
        state: 'running',
        deadline: t('2025-10-09 14:30'),
        budgetMs: 8 * HOUR,
        elapsedMs: 2.5 * HOUR,
        remainingMs: 5.5 * HOUR,
        overdueMs: 0,
      });
    });

    it('paused: the clock stands still and no deadline is promised', () => {
      const pauses = [{ from: t('2025-09-30 16:00') }];
      const status = slaStatus(start, eight, cal, t('2025-10-10 12:00'), { pauses });
      expect(status).toMatchObject({
        state: 'paused',
        deadline: null,
        elapsedMs: HOUR,
        remainingMs: 7 * HOUR,
      });
    });

    it('overdue after the deadline, even in the evening when no working time is lost yet', () => {
      expect(slaStatus(start, eight, cal, t('2025-10-09 20:00'))).toMatchObject({
        state: 'overdue',
        overdueMs: 3 * HOUR,
        remainingMs: 0,
      });
      expect(slaStatus(start, { workingHours: 2.5 }, cal, t('2025-09-30 19:00'))).toMatchObject({
        state: 'overdue',
        overdueMs: 0,
      });
    });

    it('met or breached once completed', () => {
      const now = t('2025-10-20 09:00');
      expect(slaStatus(start, eight, cal, now, { completedAt: t('2025-10-09 14:00') }).state).toBe('met');
      expect(slaStatus(start, eight, cal, now, { completedAt: t('2025-10-09 15:00') }).state).toBe(
        'breached',
      );
    });
  });
});
