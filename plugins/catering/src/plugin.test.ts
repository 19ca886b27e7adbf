import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import plugin, { cateringPlugin } from './index.ts';

runPluginTestKit(plugin, { minItems: 25 });

const items = plugin.checklistTemplates.flatMap((t) => t.items);
const item = (code: string) => {
  const found = items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

describe('catering default content', () => {
  it('exports the same plugin as default and named export', () => {
    expect(cateringPlugin).toBe(plugin);
    expect(plugin.id).toBe('catering');
  });

  it('carries health certificates, sample retention and disinfection parameters as major items', () => {
    expect(item('CAT-STAFF-01')).toMatchObject({ severity: 'major', measurement: { unit: '%', min: 100 } });
    expect(item('CAT-SAMPLE-01')).toMatchObject({ severity: 'major', measurement: { unit: 'g', min: 125 } });
    expect(item('CAT-SAMPLE-02')).toMatchObject({ severity: 'major', measurement: { unit: 'h', min: 48 } });
    expect(item('CAT-PROC-01').measurement).toEqual({ unit: '°C', min: 70 });
    expect(item('CAT-DIS-01').measurement).toEqual({ unit: 'min', min: 10 });
    expect(item('CAT-DIS-02').measurement).toEqual({ unit: '°C', min: 120 });
    expect(item('CAT-DIS-03').measurement).toEqual({ unit: '°C', min: 85 });
    expect(item('CAT-DIS-04').measurement).toEqual({ unit: 'mg/L', min: 250 });
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

  it('declares the three external inspections of R7', () => {
    expect(plugin.externalInspections.map((x) => x.authority).sort()).toEqual([
      'health',
      'market-regulator',
      'price',
    ]);
  });

  it('exposes the gross-margin check', () => {
    const r = plugin.calculations.grossMargin.compute({
      revenueFen: 1_000_000,
      ingredientCostFen: 600_000,
      capPercent: 35,
    });
    expect(r).toMatchObject({ value: 40, ok: false });
  });
});
