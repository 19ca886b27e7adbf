import { describe, expect, it } from 'vitest';
import { installedPlugins } from './plugins.ts';

describe('the host plugin registry', () => {
  it('registers the six code plugins and the greening data plugin, validated against the core', () => {
    const registry = installedPlugins();
    expect([...registry.ids()].sort()).toEqual([
      'catering',
      'conference-cleaning',
      'elevator',
      'fire',
      'greening',
      'security',
      'vendor-compliance',
    ]);
    expect(registry.get('greening')?.source).toBe('data');
    expect(registry.get('elevator')?.source).toBe('code');
    expect(registry.get('catering')?.plugin.calculations).toBeDefined();
  });

  it('is built once per process', () => {
    expect(installedPlugins()).toBe(installedPlugins());
  });
});
