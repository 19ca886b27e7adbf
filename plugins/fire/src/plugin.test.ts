import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import firePlugin from './index.ts';

runPluginTestKit(firePlugin, { minItems: 25 });

describe('fire content', () => {
  const items = firePlugin.checklistTemplates.flatMap((t) => t.items);
  const cadence = (template: string) => firePlugin.cadences.find((c) => c.template === template);

  it('patrols daily, checks monthly and quarterly, tests yearly', () => {
    expect(cadence('fire.daily-patrol')?.every).toEqual({ unit: 'day', count: 1 });
    expect(cadence('fire.monthly-check')?.every).toEqual({ unit: 'month', count: 1 });
    expect(cadence('fire.quarterly-check')?.every).toEqual({ unit: 'month', count: 3 });
    expect(cadence('fire.annual-test')?.every).toEqual({ unit: 'year', count: 1 });
  });

  it('requires at least 2 certified operators per control-room shift', () => {
    const duty = items.find((i) => i.code === 'FIR-D-01');
    expect(duty?.severity).toBe('major');
    expect(duty?.measurement).toEqual({ unit: 'persons', min: 2 });
  });

  it('tracks the annual test report for 12 months with a 30-day warning', () => {
    const x = firePlugin.externalInspections.find((e) => e.code === 'fire.ext.annual-test');
    expect(x?.authority).toBe('fire-technical-service');
    expect(x?.certificate).toEqual({ validityMonths: 12, warningDays: 30 });
  });

  it('declares the fire bureau and the police station as external inspectors', () => {
    const authorities = firePlugin.externalInspections.map((e) => e.authority);
    expect(authorities).toEqual(expect.arrayContaining(['fire', 'police', 'fire-technical-service']));
  });

  it('scores major items 3–10 and general items 0.5–3', () => {
    for (const i of items) {
      const [lo, hi] = i.severity === 'major' ? [3, 10] : [0.5, 3];
      expect(i.deduction.min, i.code).toBeGreaterThanOrEqual(lo);
      expect(i.deduction.max, i.code).toBeLessThanOrEqual(hi);
    }
  });

  it('walks the defect flow 待检测 → 检测中 → 正常/需维修 → 归档 in order', () => {
    const wf = firePlugin.workflows.find((w) => w.code === 'fire.wf.defect-rectification');
    expect(wf?.steps.map((s) => s.code)).toEqual([
      'pending-test',
      'testing',
      'result',
      'repair',
      'verify',
      'archive',
    ]);
  });
});
