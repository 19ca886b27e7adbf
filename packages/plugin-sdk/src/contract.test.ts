import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineServiceLine, PLUGIN_API_VERSION, type ServiceLinePlugin } from './contract.ts';

const basis = { rule: 'practice', kind: 'practice' } as const;

describe('defineServiceLine', () => {
  it('returns the plugin unchanged and keeps literal types for codes', () => {
    const plugin = defineServiceLine({
      apiVersion: PLUGIN_API_VERSION,
      id: 'demo',
      version: '1.0.0',
      requires: { core: '^0.1.0' },
      name: { zh: '示例', en: 'Demo' },
      scope: 'line',
      categories: [{ code: 'demo.general', name: { zh: '通用', en: 'General' } }],
      standards: [],
      checklistTemplates: [
        {
          code: 'demo.patrol',
          name: { zh: '巡查', en: 'Patrol' },
          inspectionKinds: ['patrol'],
          items: [],
        },
      ],
      cadences: [],
      externalInspections: [],
      workflows: [],
      calculations: {
        margin: {
          name: { zh: '毛利率', en: 'Gross margin' },
          inputs: [{ code: 'revenue', label: { zh: '收入', en: 'Revenue' }, unit: 'fen' }],
          compute: (inputs) => ({ value: inputs.revenue ?? 0, unit: '%', ok: true }),
        },
      },
      retired: [{ code: 'demo.old', reason: { zh: '合并', en: 'Merged' }, replacedBy: 'demo.patrol' }],
    });
    expectTypeOf(plugin.checklistTemplates[0].code).toEqualTypeOf<'demo.patrol'>();
    expectTypeOf(plugin).toExtend<ServiceLinePlugin>();
    expect(plugin.id).toBe('demo');
    expect(plugin.calculations.margin.compute({ revenue: 3 }).value).toBe(3);
    expect(basis.kind).toBe('practice');
  });
});
