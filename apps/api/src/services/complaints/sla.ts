import {
  type Pause,
  type SlaDuration,
  slaStatus,
  type WorkingCalendar,
  workingTimeBetween,
} from '@steward/core';
import type { ComplaintPolicy } from './policy.ts';

export type ComplaintStage = 'acceptance' | 'investigation' | 'correction' | 'verification';
export const COMPLAINT_STAGES: readonly ComplaintStage[] = [
  'acceptance',
  'investigation',
  'correction',
  'verification',
];

export type ClockState = 'pending' | 'running' | 'paused' | 'overdue' | 'met' | 'breached' | 'not_applicable';

export interface StageClock {
  stage: ComplaintStage;
  state: ClockState;
  startedAt: number | null;
  /** null while paused or not started */
  deadline: number | null;
  completedAt: number | null;
  remainingMs: number;
  overdueMs: number;
}

/** The complaint facts the clocks read (epoch ms). */
export interface ClockFacts {
  status: string;
  receivedAt: number;
  acceptedAt: number | null;
  decidedAt: number | null;
  substantiated: boolean | null;
  correctionStartedAt: number | null;
  correctionDueAt: number | null;
  correctionReportedAt: number | null;
  verifiedAt: number | null;
  closedAt: number | null;
  pauses: readonly Pause[];
}

function clock(
  stage: ComplaintStage,
  start: number,
  duration: SlaDuration,
  calendar: WorkingCalendar,
  now: number,
  completedAt: number | null,
  pauses: readonly Pause[],
): StageClock {
  const s = slaStatus(start, duration, calendar, now, {
    pauses,
    ...(completedAt === null ? {} : { completedAt }),
  });
  return {
    stage,
    state: s.state,
    startedAt: start,
    deadline: s.deadline,
    completedAt,
    remainingMs: s.remainingMs,
    overdueMs: s.overdueMs,
  };
}

const idle = (stage: ComplaintStage, state: 'pending' | 'not_applicable'): StageClock => ({
  stage,
  state,
  startedAt: null,
  deadline: null,
  completedAt: null,
  remainingMs: 0,
  overdueMs: 0,
});

/**
 * Every deadline of a complaint, not only the next one (acceptance, investigation, correction,
 * verification), on the tenant's working calendar. Waiting on the reporter pauses the clocks; the
 * correction deadline is the one the handler set, counted in working time for remaining/overdue.
 */
export function complaintClocks(
  f: ClockFacts,
  policy: ComplaintPolicy,
  calendar: WorkingCalendar,
  now: number,
): StageClock[] {
  const rejected = f.status === 'rejected';
  const acceptance = clock(
    'acceptance',
    f.receivedAt,
    { workingDays: policy.acceptWorkingDays },
    calendar,
    now,
    f.acceptedAt ?? (rejected ? f.closedAt : null),
    f.pauses,
  );
  if (rejected) {
    return [
      acceptance,
      ...(['investigation', 'correction', 'verification'] as const).map((s) => idle(s, 'not_applicable')),
    ];
  }
  const investigation =
    f.acceptedAt === null
      ? idle('investigation', 'pending')
      : clock(
          'investigation',
          f.acceptedAt,
          { workingDays: policy.investigateWorkingDays },
          calendar,
          now,
          f.decidedAt,
          f.pauses,
        );
  if (f.decidedAt !== null && f.substantiated === false) {
    return [
      acceptance,
      investigation,
      idle('correction', 'not_applicable'),
      idle('verification', 'not_applicable'),
    ];
  }
  let correction: StageClock = idle('correction', 'pending');
  if (f.correctionStartedAt !== null && f.correctionDueAt !== null) {
    const done = f.correctionReportedAt ?? f.verifiedAt;
    const at = done ?? now;
    const late = at > f.correctionDueAt;
    const remainingMs = late ? 0 : workingTimeBetween(at, f.correctionDueAt, calendar);
    const overdueMs = late ? workingTimeBetween(f.correctionDueAt, at, calendar) : 0;
    correction = {
      stage: 'correction',
      state: done !== null ? (late ? 'breached' : 'met') : late ? 'overdue' : 'running',
      startedAt: f.correctionStartedAt,
      deadline: f.correctionDueAt,
      completedAt: done,
      remainingMs,
      overdueMs,
    };
  }
  const verification =
    f.correctionReportedAt === null
      ? f.verifiedAt !== null && correction.startedAt !== null
        ? { ...idle('verification', 'pending'), state: 'met' as const, completedAt: f.verifiedAt }
        : idle('verification', 'pending')
      : clock(
          'verification',
          f.correctionReportedAt,
          { workingDays: policy.verifyWorkingDays },
          calendar,
          now,
          f.verifiedAt,
          [],
        );
  return [acceptance, investigation, correction, verification];
}

/** The worst state among the running clocks, for the workbench's overdue filter. */
export function isOverdue(clocks: readonly StageClock[]): boolean {
  return clocks.some((c) => c.state === 'overdue');
}

export function isPaused(pauses: readonly Pause[]): boolean {
  return pauses.some((p) => p.to === undefined);
}
