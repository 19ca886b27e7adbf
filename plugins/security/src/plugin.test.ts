import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import plugin, { securityPlugin } from './index.ts';

runPluginTestKit(plugin, { minItems: 25 });

const items = plugin.checklistTemplates.flatMap((t) => t.items);
const item = (code: string) => {
  const found = items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

describe('security default content', () => {
  it('exports the same plugin as default and named export', () => {
    expect(securityPlugin).toBe(plugin);
    expect(plugin.id).toBe('security');
  });

  it('carries licences, guard certificates, visitor registration and CCTV retention as major items', () => {
    expect(item('SEC-QUAL-01').severity).toBe('major');
    expect(item('SEC-QUAL-02')).toMatchObject({ severity: 'major', measurement: { unit: '%', min: 100 } });
    expect(item('SEC-POST-01').severity).toBe('major');
    expect(item('SEC-CTRL-02')).toMatchObject({ severity: 'major', measurement: { unit: 'days', min: 30 } });
    expect(item('SEC-QUAL-07').text.zh).toContain('2年');
  });

  it('asks for a measurement whenever an item declares one, and the other way round', () => {
    for (const i of items)
      expect(i.evidence.includes('measurement'), i.code).toBe(i.measurement !== undefined);
  });

  it('keeps major deductions at or above general ones', () => {
    for (const i of items) {
      if (i.severity === 'major') expect(i.deduction.min, i.code).toBeGreaterThanOrEqual(3);
      else expect(i.deduction.max, i.code).toBeLessThanOrEqual(3);
    }
  });

  it('references only standards and categories it defines', () => {
    const standards = new Set(plugin.standards.map((s) => s.code));
    const categories = new Set(plugin.categories.map((c) => c.code));
    for (const i of items) {
      expect(categories.has(i.category), i.code).toBe(true);
      if (i.standard) expect(standards.has(i.standard), i.code).toBe(true);
    }
  });

  it('schedules daily, weekly, monthly and semi-annual inspections', () => {
    expect(plugin.cadences.map((c) => [c.every.unit, c.every.count])).toEqual([
      ['day', 1],
      ['week', 1],
      ['month', 1],
      ['month', 6],
    ]);
  });

  it('declares the police inspection without a fixed frequency', () => {
    expect(plugin.externalInspections).toHaveLength(1);
    expect(plugin.externalInspections[0]).toMatchObject({ authority: 'police' });
    expect(plugin.externalInspections[0]?.every).toBeUndefined();
  });
});
