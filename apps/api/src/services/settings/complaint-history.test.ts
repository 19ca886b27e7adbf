import { describe, expect, it } from 'vitest';
import { complaintPolicyAt, nextHistory } from './complaint-history.ts';

const old = { acceptWorkingDays: 1, investigateWorkingDays: 5, correctWorkingDays: 3, verifyWorkingDays: 2 };
const changedAt = new Date('2026-12-01T00:00:00Z');

describe('complaint clock rules by date of receipt', () => {
  const settings = {
    complaints: { acceptWorkingDays: 2, investigateWorkingDays: 10 },
    complaintsHistory: nextHistory(
      {},
      old,
      { ...old, acceptWorkingDays: 2, investigateWorkingDays: 10 },
      changedAt,
    ),
  };

  it('a complaint received before the change keeps the old clocks; one received after gets the new', () => {
    expect(complaintPolicyAt(settings, new Date('2026-11-30T09:00:00Z'))).toMatchObject(old);
    expect(complaintPolicyAt(settings, changedAt)).toMatchObject({
      acceptWorkingDays: 2,
      investigateWorkingDays: 10,
    });
  });

  it('a save that leaves the clocks alone adds no era; a broken history falls back to the current rules', () => {
    expect(nextHistory(settings, old, { ...old }, new Date())).toHaveLength(1);
    const broken = { complaints: { acceptWorkingDays: 4 }, complaintsHistory: [{ until: 3 }, null] };
    expect(complaintPolicyAt(broken, 0).acceptWorkingDays).toBe(4);
  });
});
