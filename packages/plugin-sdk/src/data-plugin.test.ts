import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseDataPlugin } from './data-plugin.ts';
import { samplePlugin } from './fixtures/sample-plugin.ts';
import { createPluginRegistry } from './registry.ts';

const opts = { coreVersion: '0.1.0' };
const json = JSON.stringify(samplePlugin, null, 2);
const yaml = stringify(samplePlugin);

describe('parseDataPlugin', () => {
  it('accepts the same plugin as JSON and as YAML, equal to the code plugin', () => {
    for (const [text, format] of [
      [json, 'json'],
      [yaml, 'yaml'],
    ] as const) {
      const r = parseDataPlugin(text, format, opts);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.plugin).toEqual(samplePlugin);
        expect(createPluginRegistry([{ plugin: r.plugin, source: 'data' }], opts).get('sample')?.source).toBe(
          'data',
        );
      }
    }
  });

  it('lists every error with its path and YAML line', () => {
    const text = yaml
      .replace('default: 2', 'default: 9')
      .replace('count: 1', 'count: 0')
      .replace('severity: general', 'severity: minor');
    const r = parseDataPlugin(text, 'yaml', opts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = text.split('\n');
    expect(r.errors.map((e) => e.path)).toEqual([
      'checklistTemplates[0].items[1].severity',
      'cadences[0].every.count',
      'checklistTemplates[0].items[0].deduction',
    ]);
    expect(lines[r.errors[0]!.line! - 1]).toContain('severity: minor');
    expect(lines[r.errors[1]!.line! - 1]).toContain('count: 0');
    expect(lines[r.errors[2]!.line! - 1]).toContain('default: 9');
    expect(r.errors[1]!.message).toMatch(
      /^plugin "sample" cadences\[0\]\.every\.count: count must be at least 1 .* \(line \d+\)$/,
    );
  });

  it('gives JSON errors lines too, and reports a missing field on its parent', () => {
    const { cadences: _c, ...rest } = samplePlugin;
    const r = parseDataPlugin(JSON.stringify(rest, null, 2), 'json', opts);
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'cadences', line: 1 }] });
  });

  it('refuses functions and syntax errors with a clear message', () => {
    const withCalc = `${json.slice(0, -1)}, "calculations": {} }`;
    expect(parseDataPlugin(withCalc, 'json', opts)).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'calculations',
          message: expect.stringContaining('a data-only plugin cannot carry functions'),
        },
      ],
    });
    const broken = parseDataPlugin('{\n  "id": "x",\n  oops\n}', 'json', opts);
    expect(broken).toMatchObject({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('not valid JSON') }],
    });
    const badYaml = parseDataPlugin('id: a\nid: b\n', 'yaml', opts);
    expect(badYaml).toMatchObject({
      ok: false,
      errors: [{ line: 2, message: expect.stringContaining('not valid YAML') }],
    });
  });
});
