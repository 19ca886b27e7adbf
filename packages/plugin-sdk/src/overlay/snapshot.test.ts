import { describe, expect, it } from 'vitest';
import { clonePlugin, samplePlugin } from '../fixtures/sample-plugin.ts';
import { resolveTemplate, verifySnapshot } from './snapshot.ts';
import type { TenantOverlay } from './types.ts';

const overlay: TenantOverlay = {
  pluginId: 'sample',
  operations: [{ op: 'set-deduction', item: 'sample.pressure', deduction: 3 }],
};

describe('resolveTemplate', () => {
  it('produces a self-contained snapshot with the tenant changes and a verifiable hash', () => {
    const { snapshot, problems } = resolveTemplate(samplePlugin, overlay, 'sample.patrol');
    expect(problems).toEqual([]);
    expect(snapshot.plugin).toEqual({ id: 'sample', version: '1.0.0', apiVersion: 1 });
    expect(snapshot.items.map((i) => [i.code, i.deduction.default, i.origin])).toEqual([
      ['sample.pressure', 3, 'plugin'],
      ['sample.log', 1, 'plugin'],
    ]);
    expect(snapshot.categories.map((c) => c.code)).toEqual(['sample.equipment', 'sample.records']);
    expect(snapshot.standards.map((s) => s.code)).toEqual(['sample.std.pressure']);
    expect(snapshot.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifySnapshot(snapshot)).toBe(true);
    expect(verifySnapshot(JSON.parse(JSON.stringify(snapshot)))).toBe(true);
    expect(verifySnapshot({ ...snapshot, items: snapshot.items.slice(1) })).toBe(false);
  });

  it('gives the same hash whatever the key order of the plugin and overlay', () => {
    const reordered = JSON.parse(
      JSON.stringify(samplePlugin, (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    );
    const a = resolveTemplate(samplePlugin, overlay, 'sample.patrol').snapshot.hash;
    const b = resolveTemplate(
      reordered,
      { operations: overlay.operations, pluginId: 'sample' },
      'sample.patrol',
    ).snapshot.hash;
    expect(b).toBe(a);
  });

  it('changes the hash when the content, the version or the overlay changes', () => {
    const base = resolveTemplate(samplePlugin, undefined, 'sample.patrol').snapshot;
    const upgraded = clonePlugin();
    upgraded.version = '1.0.1';
    expect(resolveTemplate(upgraded, undefined, 'sample.patrol').snapshot.hash).not.toBe(base.hash);
    expect(resolveTemplate(samplePlugin, overlay, 'sample.patrol').snapshot.hash).not.toBe(base.hash);
    expect(base.overlayHash).toBeNull();
  });

  it('keeps a past snapshot unchanged when the plugin is upgraded', () => {
    const { snapshot } = resolveTemplate(samplePlugin, undefined, 'sample.patrol');
    const frozen = JSON.stringify(snapshot);
    const next = clonePlugin();
    next.checklistTemplates[0]!.items[0]!.text = { zh: '新', en: 'New' };
    resolveTemplate(next, undefined, 'sample.patrol');
    expect(JSON.stringify(snapshot)).toBe(frozen);
    expect(verifySnapshot(snapshot)).toBe(true);
  });

  it('filters items by site tags', () => {
    const { snapshot } = resolveTemplate(samplePlugin, undefined, 'sample.patrol', { siteTags: ['canteen'] });
    expect(snapshot.items.map((i) => i.code)).toEqual(['sample.pressure']);
    expect(snapshot.siteTags).toEqual(['canteen']);
  });

  it('throws a NotFoundError for an unknown template', () => {
    expect(() => resolveTemplate(samplePlugin, undefined, 'nope')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
