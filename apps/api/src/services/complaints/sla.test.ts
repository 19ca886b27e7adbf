import { computeDeadline, fromLocal } from '@steward/core';
import { describe, expect, it } from 'vitest';
import { tenantCalendar } from '../working-calendar.ts';
import { complaintPolicyOf } from './policy.ts';
import { type ClockFacts, complaintClocks } from './sla.ts';

const tz = 'Asia/Shanghai';
const at = (date: string, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return fromLocal(date, (h! * 60 + m!) * 60_000, tz);
};
const calendar = tenantCalendar({ timeZone: tz, settings: {} });
const policy = complaintPolicyOf({});

const facts = (over: Partial<ClockFacts>): ClockFacts => ({
  status: 'received',
  receivedAt: at('2026-03-02', '10:00'),
  acceptedAt: null,
  decidedAt: null,
  substantiated: null,
  correctionStartedAt: null,
  correctionDueAt: null,
  correctionReportedAt: null,
  verifiedAt: null,
  closedAt: null,
  pauses: [],
  ...over,
});

describe('complaint deadlines on the working calendar', () => {
  it('counts 3 working days from 2026-09-30 across National Day to the 调休 Saturday 2026-10-10', () => {
    // 2026: 10-01..10-07 off; Sunday 09-20 and Saturday 10-10 are make-up working days.
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false);
    const deadline = computeDeadline(at('2026-09-30', '10:00'), { workingDays: 3 }, calendar);
    expect(deadline).toBe(at('2026-10-10', '17:30'));
  });

  it('the tenant calendar adds its own days off and working days', () => {
    const own = tenantCalendar({
      timeZone: tz,
      settings: { calendar: { extraHolidays: ['2026-10-08'], extraWorkingDays: [] } },
    });
    expect(computeDeadline(at('2026-09-30', '10:00'), { workingDays: 3 }, own)).toBe(
      at('2026-10-12', '17:30'),
    );
  });

  it('shows every deadline: acceptance met, investigation running, correction and verification pending', () => {
    const clocks = complaintClocks(
      facts({ status: 'investigating', acceptedAt: at('2026-03-02', '15:00') }),
      policy,
      calendar,
      at('2026-03-03', '09:00'),
    );
    expect(clocks.map((c) => [c.stage, c.state])).toEqual([
      ['acceptance', 'met'],
      ['investigation', 'running'],
      ['correction', 'pending'],
      ['verification', 'pending'],
    ]);
    expect(clocks[1]!.deadline).toBe(at('2026-03-09', '17:30'));
  });

  it('pauses while waiting on the reporter and moves the deadline by the paused working time', () => {
    const now = at('2026-03-03', '12:00');
    const paused = complaintClocks(
      facts({ pauses: [{ from: at('2026-03-02', '11:00') }] }),
      policy,
      calendar,
      now,
    );
    expect(paused[0]).toMatchObject({ stage: 'acceptance', state: 'paused', deadline: null });
    const resumed = complaintClocks(
      facts({ pauses: [{ from: at('2026-03-02', '11:00'), to: at('2026-03-03', '11:00') }] }),
      policy,
      calendar,
      now,
    );
    // 1 working day from 03-02 10:00 ends 03-03 17:30; 8.5 working hours paused push it to 03-04 17:30.
    expect(resumed[0]).toMatchObject({ state: 'running', deadline: at('2026-03-04', '17:30') });
  });

  it('marks a missed acceptance overdue and a rejected complaint’s later stages not applicable', () => {
    const late = complaintClocks(facts({}), policy, calendar, at('2026-03-05', '09:00'));
    expect(late[0]!.state).toBe('overdue');
    expect(late[0]!.overdueMs).toBeGreaterThan(0);
    const rejected = complaintClocks(
      facts({ status: 'rejected', closedAt: at('2026-03-02', '11:00') }),
      policy,
      calendar,
      at('2026-03-05', '09:00'),
    );
    expect(rejected.map((c) => c.state)).toEqual([
      'met',
      'not_applicable',
      'not_applicable',
      'not_applicable',
    ]);
  });

  it('counts the correction deadline the handler set, and the verification clock after the vendor reports', () => {
    const base = {
      status: 'verifying',
      acceptedAt: at('2026-03-02', '11:00'),
      decidedAt: at('2026-03-03', '11:00'),
      substantiated: true,
      correctionStartedAt: at('2026-03-03', '11:00'),
      correctionDueAt: at('2026-03-06', '17:30'),
      correctionReportedAt: at('2026-03-09', '10:00'),
    };
    const clocks = complaintClocks(facts(base), policy, calendar, at('2026-03-09', '12:00'));
    expect(clocks[2]).toMatchObject({ stage: 'correction', state: 'breached' });
    expect(clocks[3]).toMatchObject({
      stage: 'verification',
      state: 'running',
      deadline: at('2026-03-11', '17:30'),
    });
  });
});
