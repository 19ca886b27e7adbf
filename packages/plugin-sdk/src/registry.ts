import { ValidationError } from '@steward/core';
import semver from 'semver';
import type { ServiceLinePlugin } from './contract.ts';
import type { PluginIssue } from './validation/issues.ts';
import { validateServiceLine } from './validation/validate.ts';

export type PluginSource = 'code' | 'data';

export interface RegisteredPlugin {
  readonly plugin: ServiceLinePlugin;
  readonly source: PluginSource;
}

/** A plugin object (a code plugin) or an explicit entry, e.g. a parsed data-only plugin. */
export type PluginRegistryInput =
  | ServiceLinePlugin
  | { readonly plugin: unknown; readonly source: PluginSource };

export interface PluginRegistry {
  /** every registered plugin release, by id then ascending version */
  list(): readonly RegisteredPlugin[];
  /** the given version, or the highest registered version when omitted */
  get(id: string, version?: string): RegisteredPlugin | undefined;
  /** registered versions of a plugin, ascending */
  versions(id: string): readonly string[];
  ids(): readonly string[];
}

/** Thrown when any plugin fails validation; lists every problem of every plugin. */
export class PluginRegistrationError extends ValidationError {
  readonly errors: readonly PluginIssue[];
  constructor(errors: readonly PluginIssue[]) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of errors) fieldErrors[e.path] = [...(fieldErrors[e.path] ?? []), e.message];
    super(fieldErrors, 'error.validation', { count: errors.length });
    this.errors = errors;
    this.message = `${errors.length} plugin problem(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`;
  }
}

const isEntry = (x: PluginRegistryInput): x is { plugin: unknown; source: PluginSource } =>
  'plugin' in x && 'source' in x && !('apiVersion' in x);

/**
 * Validates all plugins and registers them, or throws a PluginRegistrationError listing every problem
 * (nothing is half-registered). Several versions of one plugin may be registered: tenants pin one.
 */
export function createPluginRegistry(
  plugins: readonly PluginRegistryInput[],
  opts: { readonly coreVersion: string },
): PluginRegistry {
  const errors: PluginIssue[] = [];
  const byKey = new Map<string, RegisteredPlugin>();
  for (const input of plugins) {
    const { plugin, source } = isEntry(input) ? input : { plugin: input as unknown, source: 'code' as const };
    const r = validateServiceLine(plugin, { coreVersion: opts.coreVersion, kind: source });
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    const key = `${r.plugin.id}@${r.plugin.version}`;
    if (byKey.has(key)) {
      errors.push({
        path: 'version',
        message: `plugin "${r.plugin.id}" version: ${r.plugin.version} is registered twice — register each release once, or bump the version`,
      });
      continue;
    }
    byKey.set(key, { plugin: r.plugin, source });
  }
  if (errors.length > 0) throw new PluginRegistrationError(errors);

  const entries = [...byKey.values()].sort(
    (a, b) => a.plugin.id.localeCompare(b.plugin.id) || semver.compare(a.plugin.version, b.plugin.version),
  );
  const ofId = (id: string) => entries.filter((e) => e.plugin.id === id);
  return {
    list: () => entries,
    get: (id, version) => {
      const all = ofId(id);
      return version === undefined ? all.at(-1) : all.find((e) => e.plugin.version === version);
    },
    versions: (id) => ofId(id).map((e) => e.plugin.version),
    ids: () => [...new Set(entries.map((e) => e.plugin.id))],
  };
}
