import { describe, expect, it } from 'vitest';
import { clonePlugin, samplePlugin } from '../fixtures/sample-plugin.ts';
import { diffOverlay } from './diff.ts';

describe('diffOverlay', () => {
  it('lists the net changes with the plugin default and the tenant value', () => {
    const rows = diffOverlay(samplePlugin, {
      pluginId: 'sample',
      operations: [
        { op: 'disable-item', item: 'sample.log' },
        { op: 'set-deduction', item: 'sample.pressure', deduction: 3 },
        { op: 'set-deduction', item: 'sample.pressure', deduction: 4 },
        { op: 'set-cadence', cadence: 'sample.daily', warningDays: 0, every: { unit: 'day', count: 2 } },
        { op: 'disable-cadence', cadence: 'sample.daily' },
        { op: 'enable-cadence', cadence: 'sample.daily' },
      ],
    });
    expect(
      rows.map(({ code, field, pluginDefault, tenantValue }) => ({
        code,
        field,
        pluginDefault,
        tenantValue,
      })),
    ).toEqual([
      { code: 'sample.log', field: 'enabled', pluginDefault: true, tenantValue: false },
      { code: 'sample.pressure', field: 'deduction', pluginDefault: 2, tenantValue: 4 },
      {
        code: 'sample.daily',
        field: 'every',
        pluginDefault: { unit: 'day', count: 1 },
        tenantValue: { unit: 'day', count: 2 },
      },
    ]);
    expect(rows[0]!.label).toEqual(samplePlugin.checklistTemplates[0].items[1].text);
    expect(rows[0]!.template).toBe('sample.patrol');
  });

  it('shows operations that no longer apply as rows with a problem', () => {
    const next = clonePlugin();
    next.checklistTemplates[0]!.items[0]!.deduction = { default: 1, min: 1, max: 2 };
    const rows = diffOverlay(next, {
      pluginId: 'sample',
      operations: [
        { op: 'set-deduction', item: 'sample.pressure', deduction: 4 },
        { op: 'disable-item', item: 'sample.gone' },
      ],
    });
    expect(rows).toMatchObject([
      {
        code: 'sample.pressure',
        field: 'deduction',
        pluginDefault: 1,
        tenantValue: 4,
        problem: { en: expect.stringContaining('outside the range 1–2') },
      },
      {
        code: 'sample.gone',
        field: 'enabled',
        pluginDefault: null,
        tenantValue: false,
        problem: { en: expect.stringContaining('no longer exists') },
      },
    ]);
  });

  it('is empty for an empty overlay', () => {
    expect(diffOverlay(samplePlugin, { pluginId: 'sample', operations: [] })).toEqual([]);
  });
});
