import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import elevatorPlugin from './index.ts';

runPluginTestKit(elevatorPlugin, { minItems: 25 });

describe('elevator content', () => {
  const items = elevatorPlugin.checklistTemplates.flatMap((t) => t.items);
  const byCode = new Map(items.map((i) => [i.code, i]));

  it('keeps the half-monthly interval at 15 days (条例 art. 31)', () => {
    const c = elevatorPlugin.cadences.find((x) => x.code === 'elevator.cadence.half-monthly');
    expect(c?.every).toEqual({ unit: 'day', count: 15 });
  });

  it('makes each T5002 level include all lower levels', () => {
    const levels = ['elevator.half-monthly', 'elevator.quarterly', 'elevator.semi-annual', 'elevator.annual'];
    levels.forEach((template, i) => {
      const c = elevatorPlugin.cadences.find((x) => x.template === template);
      expect([...(c?.includesTemplates ?? [])].sort()).toEqual(levels.slice(0, i).sort());
    });
  });

  it('measures landing-door lock engagement against 7 mm (A-1-29)', () => {
    const lock = byCode.get('ELV-A-1-29');
    expect(lock?.severity).toBe('major');
    expect(lock?.evidence).toContain('measurement');
    expect(lock?.measurement).toEqual({ unit: 'mm', min: 7 });
  });

  it('asks for a measurement wherever an item defines one, and a photo for Annex A tests', () => {
    for (const i of items) {
      if (i.measurement) expect(i.evidence, i.code).toContain('measurement');
      if (i.code.startsWith('ELV-A-') && /试验|测试|校验|检测/.test(i.text.zh))
        expect(i.evidence, i.code).toContain('photo');
    }
  });

  it('scores major items 3–10 and general items 0.5–3', () => {
    for (const i of items) {
      const [lo, hi] = i.severity === 'major' ? [3, 10] : [0.5, 3];
      expect(i.deduction.min, i.code).toBeGreaterThanOrEqual(lo);
      expect(i.deduction.max, i.code).toBeLessThanOrEqual(hi);
    }
  });

  it('tracks the periodic inspection certificate for 12 months with a 30-day warning', () => {
    const x = elevatorPlugin.externalInspections.find((e) => e.code === 'elevator.ext.periodic-inspection');
    expect(x?.certificate).toEqual({ validityMonths: 12, warningDays: 30 });
  });
});
