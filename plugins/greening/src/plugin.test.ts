import { CORE_VERSION } from '@steward/core';
import { parseDataPlugin, type ServiceLinePlugin } from '@steward/plugin-sdk';
import { runDataPluginTestKit } from '@steward/plugin-sdk/testkit';
import { describe, expect, it } from 'vitest';
import { loadGreeningPlugin, readGreeningYaml } from './index.ts';

const result = loadGreeningPlugin({ coreVersion: CORE_VERSION });
if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
const plugin: ServiceLinePlugin = result.plugin;

// The same path as an upload: parse the YAML text, then run the whole kit on the result.
runDataPluginTestKit(readGreeningYaml(), 'yaml', { minItems: 25 });

describe('greening data-only plugin', () => {
  it('parses from YAML through the data-plugin parser', () => {
    expect(plugin).toMatchObject({ id: 'greening', scope: 'line', version: '1.0.0' });
    expect(plugin.calculations).toBeUndefined();
  });

  it('marks pesticide, tree-hazard and work-at-height items as major', () => {
    const major = plugin.checklistTemplates.flatMap((t) => t.items).filter((i) => i.severity === 'major');
    expect(major.map((i) => i.code)).toEqual(
      expect.arrayContaining([
        'gr.trees.hazards',
        'gr.safety.pesticide-choice',
        'gr.safety.pesticide-storage',
        'gr.safety.work-at-height',
      ]),
    );
  });

  it('reports an invalid edit with its path and line, and returns no plugin', () => {
    const broken = readGreeningYaml().replace('severity: major', 'severity: critical');
    const r = parseDataPlugin(broken, 'yaml', { coreVersion: CORE_VERSION });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.line).toBeGreaterThan(0);
      expect(r.errors[0]?.path).toMatch(/^checklistTemplates\[0\]\.items\[\d+\]\.severity$/);
    }
  });
});
