import { isDomainError } from '@steward/core';
import { describe, expect, it } from 'vitest';
import { clonePlugin, samplePlugin } from './fixtures/sample-plugin.ts';
import { createPluginRegistry, PluginRegistrationError } from './registry.ts';

const opts = { coreVersion: '0.1.0' };

describe('createPluginRegistry', () => {
  it('registers plugins and serves the latest or a pinned version', () => {
    const v2 = { ...samplePlugin, version: '1.1.0' };
    const reg = createPluginRegistry([v2, samplePlugin], opts);
    expect(reg.ids()).toEqual(['sample']);
    expect(reg.versions('sample')).toEqual(['1.0.0', '1.1.0']);
    expect(reg.get('sample')?.plugin.version).toBe('1.1.0');
    expect(reg.get('sample', '1.0.0')?.plugin).toBe(samplePlugin);
    expect(reg.get('sample', '9.9.9')).toBeUndefined();
    expect(reg.list().map((e) => e.source)).toEqual(['code', 'code']);
  });

  it('keeps the source of data-only plugins', () => {
    const reg = createPluginRegistry([{ plugin: clonePlugin(), source: 'data' }], opts);
    expect(reg.get('sample')?.source).toBe('data');
  });

  it('throws one error listing every problem of every plugin, registering nothing', () => {
    const bad = clonePlugin();
    bad.id = 'bad';
    bad.checklistTemplates[0]!.items[0]!.deduction = { default: 2, min: 5, max: 6 };
    bad.cadences[0]!.every.count = 0;
    let error: unknown;
    try {
      createPluginRegistry([samplePlugin, bad, samplePlugin], opts);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginRegistrationError);
    expect(isDomainError(error)).toBe(true);
    const e = error as PluginRegistrationError;
    expect(e.code).toBe('VALIDATION');
    expect(e.errors.map((x) => x.path)).toEqual([
      'cadences[0].every.count',
      'checklistTemplates[0].items[0].deduction',
      'version',
    ]);
    expect(e.message).toContain('3 plugin problem(s)');
    expect(e.message).toContain('plugin "bad" checklistTemplates[0].items[0].deduction: min (5)');
    expect(e.message).toContain('plugin "sample" version: 1.0.0 is registered twice');
  });
});
