import { describe, expect, it } from 'vitest';
import { clonePlugin, samplePlugin } from '../fixtures/sample-plugin.ts';
import { validateServiceLine } from './validate.ts';

const opts = { coreVersion: '0.1.0' };
const messages = (input: unknown, o: Parameters<typeof validateServiceLine>[1] = opts) => {
  const r = validateServiceLine(input, o);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('validateServiceLine', () => {
  it('accepts a valid plugin and returns the same object', () => {
    const r = validateServiceLine(samplePlugin, opts);
    expect(r).toEqual({ ok: true, plugin: samplePlugin });
    if (r.ok) expect(r.plugin).toBe(samplePlugin);
  });

  it('names the plugin, the path and the fix for a deduction out of order', () => {
    const p = clonePlugin();
    p.checklistTemplates[0]!.items[1]!.deduction = { default: 2, min: 5, max: 6 };
    expect(messages(p)).toEqual([
      'plugin "sample" checklistTemplates[0].items[1].deduction: min (5) is greater than default (2) — make min <= default <= max',
    ]);
  });

  it('collects every error, not just the first', () => {
    const p = clonePlugin();
    p.checklistTemplates[0]!.items[0]!.deduction = { default: 200, min: 1, max: 150 };
    p.checklistTemplates[0]!.items[1]!.category = 'sample.nope';
    p.checklistTemplates[0]!.items[1]!.code = 'sample.pressure';
    p.cadences[0]!.template = 'sample.missing';
    p.name = { zh: '', en: 'Sample' };
    p.cadences[0]!.every = { unit: 'day', count: 0 };
    const r = validateServiceLine(p, opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'cadences[0].every.count',
        'cadences[0].template',
        'checklistTemplates[0].items[0].deduction',
        'checklistTemplates[0].items[0].deduction.max',
        'checklistTemplates[0].items[1].category',
        'checklistTemplates[0].items[1].code',
        'name.zh',
      ].sort(),
    );
    expect(byPath['checklistTemplates[0].items[1].category']).toContain(
      'category "sample.nope" does not exist — use a code from categories ("sample.equipment", "sample.records")',
    );
    expect(byPath['checklistTemplates[0].items[1].code']).toContain(
      'is already used at checklistTemplates[0].items[0] — give each a unique code',
    );
    expect(byPath['checklistTemplates[0].items[0].deduction.max']).toContain('0 < max <= 100');
    expect(byPath['name.zh']).toBe('plugin "sample" name.zh: the Chinese text (zh) is empty — fill it in');
  });

  it('rejects an unsupported apiVersion without drowning it in other errors', () => {
    expect(messages({ ...samplePlugin, apiVersion: 2, categories: 'nonsense' })).toEqual([
      'plugin "sample" apiVersion: 2 is not supported by this host (supports 1) — set apiVersion: 1, or upgrade the host',
    ]);
  });

  it('checks the core range against the host core version', () => {
    expect(messages({ ...samplePlugin, requires: { core: '^0.2.0' } })).toEqual([
      'plugin "sample" requires.core: "^0.2.0" is not satisfied by @steward/core 0.1.0 — widen the range (e.g. "^0.1.0") or run a host with a matching core',
    ]);
  });

  it('rejects invalid semver and ranges', () => {
    const m = messages({ ...samplePlugin, version: '1.0', requires: { core: 'soon' } });
    expect(m).toContain(
      'plugin "sample" version: is not a semantic version — use MAJOR.MINOR.PATCH, e.g. "1.0.0"',
    );
    expect(m).toContain('plugin "sample" requires.core: is not a semver range — e.g. "^0.1.0"');
  });

  it('reports unknown fields (typos) and bad enum values with the allowed ones', () => {
    const p = clonePlugin() as unknown as { checklistTemplates: Record<string, unknown>[][] } & Record<
      string,
      unknown
    >;
    const item = (p.checklistTemplates as unknown as { items: Record<string, unknown>[] }[])[0]!.items[0]!;
    item.severty = 'major';
    item.evidence = ['video'];
    const m = messages(p);
    expect(m).toContain(
      'plugin "sample" checklistTemplates[0].items[0].severty: is not a field of the plugin contract — remove it or check its spelling',
    );
    expect(m).toContain(
      'plugin "sample" checklistTemplates[0].items[0].evidence[0]: "video" is not allowed — use one of "photo", "measurement", "document"',
    );
  });

  it('reports missing fields', () => {
    const { cadences: _c, ...rest } = samplePlugin;
    expect(messages(rest)).toEqual(['plugin "sample" cadences: is missing (expected array) — add it']);
  });

  it('rejects plugin codes in the tenant x- namespace', () => {
    const p = clonePlugin();
    p.checklistTemplates[0]!.items[0]!.code = 'x-pressure';
    expect(messages(p)[0]).toContain('items[0].code: starts with "x-"');
  });

  it('checks references, measurement bounds, cadence kinds and retired codes', () => {
    const p = clonePlugin();
    p.checklistTemplates[0]!.items[0]!.standard = 'sample.std.none';
    p.checklistTemplates[0]!.items[0]!.measurement = { unit: 'MPa', min: 2, max: 1 };
    p.checklistTemplates[0]!.items[1]!.measurement = { unit: 'm' };
    p.cadences[0]!.inspectionKind = 'joint';
    p.externalInspections[0]!.template = 'sample.none';
    p.retired = [{ code: 'sample.log', reason: { zh: '合并', en: 'Merged' }, replacedBy: 'sample.gone' }];
    const m = messages(p).join('\n');
    expect(m).toContain('items[0].standard: standard "sample.std.none" does not exist');
    expect(m).toContain('items[0].measurement: min (2) is greater than max (1)');
    expect(m).toContain('items[1].evidence: the item defines a measurement but does not ask for one');
    expect(m).toContain(
      'cadences[0].inspectionKind: "joint" is not among template "sample.patrol"\'s inspectionKinds',
    );
    expect(m).toContain('externalInspections[0].template: template "sample.none" does not exist');
    expect(m).toContain('retired[0].code: "sample.log" is listed as retired but is still defined');
    expect(m).toContain('retired[0].replacedBy: replacement "sample.gone" does not exist');
  });

  it('refuses functions in data-only plugins and accepts them in code plugins', () => {
    const calculations = {
      margin: {
        name: { zh: '毛利率', en: 'Margin' },
        inputs: [],
        compute: () => ({ value: 0, unit: '%', ok: true }),
      },
    };
    expect(messages({ ...samplePlugin, calculations })).toEqual([]);
    expect(messages({ ...samplePlugin, calculations }, { ...opts, kind: 'data' })).toEqual([
      'plugin "sample" calculations: a data-only plugin cannot carry functions — remove calculations, or ship a code plugin',
    ]);
  });

  it('labels a plugin without an id and rejects non-objects', () => {
    expect(messages(null)).toEqual([
      'plugin (without an id): is null, not an object — export the object returned by defineServiceLine({...})',
    ]);
  });
});
