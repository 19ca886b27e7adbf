import { describe, expect, it } from 'vitest';
import { clonePlugin, samplePlugin } from './fixtures/sample-plugin.ts';
import { compareReleases } from './releases.ts';

describe('compareReleases', () => {
  it('reports nothing between identical releases but a missing version bump', () => {
    const r = compareReleases(samplePlugin, samplePlugin);
    expect(r).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      unexplained: [],
      versionIncreased: false,
    });
  });

  it('reports removed, retired, added and changed codes', () => {
    const next = clonePlugin();
    next.version = '1.1.0';
    const tpl = next.checklistTemplates[0]!;
    tpl.items[0]!.deduction = { default: 3, min: 1, max: 5 };
    tpl.items.splice(1, 1, { ...tpl.items[1]!, code: 'sample.log.v2' });
    next.cadences = [];
    next.retired = [{ code: 'sample.log', reason: { zh: '拆分', en: 'Split' }, replacedBy: 'sample.log.v2' }];
    const r = compareReleases(samplePlugin, next);
    expect(r.versionIncreased).toBe(true);
    expect(r.added).toEqual([{ kind: 'item', code: 'sample.log.v2' }]);
    expect(r.removed).toEqual([
      { kind: 'item', code: 'sample.log', retired: next.retired[0] },
      { kind: 'cadence', code: 'sample.daily' },
    ]);
    expect(r.unexplained).toEqual([{ kind: 'cadence', code: 'sample.daily' }]);
    expect(r.changed).toEqual([
      { kind: 'template', code: 'sample.patrol', fields: ['items'] },
      { kind: 'item', code: 'sample.pressure', fields: ['deduction'] },
    ]);
  });
});
