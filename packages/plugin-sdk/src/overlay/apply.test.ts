import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../contract.ts';
import { clonePlugin, samplePlugin } from '../fixtures/sample-plugin.ts';
import { applyOverlay } from './apply.ts';
import type { TenantOverlay } from './types.ts';

const flowers: ChecklistItem = {
  code: 'x-lobby-flowers',
  text: { zh: '大厅绿植无枯叶', en: 'Lobby plants have no dead leaves' },
  category: 'sample.records',
  severity: 'general',
  deduction: { default: 0.5, min: 0.5, max: 1 },
  evidence: ['photo'],
  allowNA: true,
  basis: { rule: 'tenant rule', kind: 'practice' },
};

const overlay: TenantOverlay = {
  pluginId: 'sample',
  basedOn: '1.0.0',
  operations: [
    { op: 'disable-item', item: 'sample.log' },
    { op: 'set-deduction', item: 'sample.pressure', deduction: 4 },
    { op: 'set-severity', item: 'sample.pressure', severity: 'general' },
    { op: 'add-item', template: 'sample.patrol', item: flowers, after: 'sample.pressure' },
    { op: 'set-cadence', cadence: 'sample.daily', every: { unit: 'week', count: 1 }, warningDays: 2 },
  ],
};

describe('applyOverlay', () => {
  it('applies every operation without touching the plugin', () => {
    const before = JSON.stringify(samplePlugin);
    const { resolved, problems } = applyOverlay(samplePlugin, overlay);
    expect(problems).toEqual([]);
    expect(JSON.stringify(samplePlugin)).toBe(before);
    const t = resolved.checklistTemplates[0]!;
    expect(t.items.map((i) => [i.code, i.origin])).toEqual([
      ['sample.pressure', 'plugin'],
      ['x-lobby-flowers', 'tenant'],
    ]);
    expect(t.disabledItems).toEqual(['sample.log']);
    expect(t.items[0]).toMatchObject({
      deduction: { default: 4, min: 1, max: 5 },
      severity: 'general',
      overridden: ['deduction', 'severity'],
    });
    expect(resolved.cadences[0]).toMatchObject({ every: { unit: 'week', count: 1 }, warningDays: 2 });
  });

  it('applies operations in order: a later enable undoes a disable', () => {
    const { resolved } = applyOverlay(samplePlugin, {
      pluginId: 'sample',
      operations: [
        { op: 'disable-item', item: 'sample.log' },
        { op: 'enable-item', item: 'sample.log' },
        { op: 'disable-cadence', cadence: 'sample.daily' },
      ],
    });
    expect(resolved.checklistTemplates[0]!.items).toHaveLength(2);
    expect(resolved.cadences).toEqual([]);
    expect(resolved.disabledCadences).toEqual(['sample.daily']);
  });

  it('survives an upgrade, reporting (not dropping) what no longer applies', () => {
    const next = clonePlugin();
    next.version = '2.0.0';
    next.checklistTemplates[0]!.items[0]!.deduction = { default: 1, min: 1, max: 3 };
    next.checklistTemplates[0]!.items.splice(1, 1);
    next.retired = [
      {
        code: 'sample.log',
        reason: { zh: '并入电子台账', en: 'merged into the e-log' },
        replacedBy: 'sample.pressure',
      },
    ];
    const { resolved, problems } = applyOverlay(next, overlay);
    expect(problems.map((p) => [p.index, p.operation.op, p.reason.en])).toEqual([
      [
        0,
        'disable-item',
        'checklist item "sample.log" no longer exists in sample 2.0.0 — retired: merged into the e-log (consider sample.pressure)',
      ],
      [1, 'set-deduction', 'deduction 4 is outside the range 1–3 that "sample.pressure" allows in 2.0.0'],
    ]);
    expect(problems[0]!.reason.zh).toContain('已不存在');
    // the rest of the overlay still applies
    expect(resolved.checklistTemplates[0]!.items.map((i) => i.code)).toEqual([
      'sample.pressure',
      'x-lobby-flowers',
    ]);
    expect(resolved.checklistTemplates[0]!.items[0]!.severity).toBe('general');
  });

  it('refuses tenant items outside the x- namespace, duplicates and unknown references', () => {
    const { problems } = applyOverlay(samplePlugin, {
      pluginId: 'sample',
      operations: [
        { op: 'add-item', template: 'sample.patrol', item: { ...flowers, code: 'lobby' } },
        { op: 'add-item', template: 'sample.patrol', item: flowers },
        { op: 'add-item', template: 'sample.patrol', item: flowers },
        { op: 'add-item', template: 'sample.gone', item: { ...flowers, code: 'x-2' } },
        { op: 'add-item', template: 'sample.patrol', item: { ...flowers, code: 'x-3', category: 'nope' } },
        {
          op: 'add-item',
          template: 'sample.patrol',
          item: { ...flowers, code: 'x-4', deduction: { default: 9, min: 0, max: 1 } },
        },
        { op: 'set-cadence', cadence: 'sample.daily', warningDays: 3 },
        { op: 'disable-cadence', cadence: 'sample.none' },
      ],
    });
    expect(problems.map((p) => [p.index, p.reason.en])).toEqual([
      [0, 'the tenant\'s item code "lobby" must start with "x-"'],
      [2, 'item code "x-lobby-flowers" is already in use'],
      [3, 'template "sample.gone" no longer exists in 1.0.0'],
      [4, 'category "nope" does not exist in 1.0.0'],
      [5, 'the deduction must satisfy min <= default <= max and 0 < max <= 100'],
      [6, 'warningDays 3 must be shorter than the interval'],
      [7, 'cadence "sample.none" no longer exists in sample 1.0.0'],
    ]);
  });

  it('reports every operation when the overlay belongs to another plugin', () => {
    const { problems, resolved } = applyOverlay(samplePlugin, { ...overlay, pluginId: 'other' });
    expect(problems).toHaveLength(overlay.operations.length);
    expect(resolved.checklistTemplates[0]!.items).toHaveLength(2);
  });
});
