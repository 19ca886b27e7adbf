import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import { conferenceCleaningPlugin } from './index.ts';

runPluginTestKit(conferenceCleaningPlugin, { minItems: 25 });

describe('conference-cleaning default content', () => {
  const cadence = (code: string) => conferenceCleaningPlugin.cadences.find((c) => c.code === code);

  it('carries the Sichuan 2015 cycles: half-monthly, 2-monthly, quarterly', () => {
    expect(cadence('cc.cad.facilities-semimonthly')?.every).toEqual({ unit: 'day', count: 15 });
    expect(cadence('cc.cad.facilities-bimonthly')?.every).toEqual({ unit: 'month', count: 2 });
    expect(cadence('cc.cad.facilities-quarterly')?.every).toEqual({ unit: 'month', count: 3 });
  });

  it('carries the three-level linkage cadences (R12, R14)', () => {
    expect(cadence('cc.cad.daily-patrol')?.inspectionKind).toBe('patrol');
    expect(cadence('cc.cad.weekly-joint')?.every).toEqual({ unit: 'week', count: 1 });
    expect(cadence('cc.cad.monthly-joint')?.inspectionKind).toBe('joint');
    expect(cadence('cc.cad.semiannual-leadership')?.every).toEqual({ unit: 'month', count: 6 });
  });

  it('bounds the emergency-repair arrival at 30 minutes', () => {
    const items = conferenceCleaningPlugin.checklistTemplates.flatMap((t) => t.items);
    const item = items.find((i) => i.code === 'cc.fac.emergency-arrival');
    expect(item?.severity).toBe('major');
    expect(item?.measurement).toEqual({ unit: 'min', min: 0, max: 30 });
  });

  it('marks safety and legal red lines as major with a 3–10 point range', () => {
    const major = conferenceCleaningPlugin.checklistTemplates
      .flatMap((t) => t.items)
      .filter((i) => i.severity === 'major');
    expect(major.length).toBeGreaterThanOrEqual(5);
    for (const i of major) expect(i.deduction.min).toBeGreaterThanOrEqual(3);
  });
});
