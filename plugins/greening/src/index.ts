import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DataServiceLinePlugin, parseDataPlugin, type ValidationResult } from '@steward/plugin-sdk';

/**
 * The plugin is the YAML file itself: the same file a tenant admin uploads in the UI.
 * This module only tells Node tools (the CLI, tests) where it is; it reads the disk, so it is not for Workers.
 */
export const greeningYamlPath: string = fileURLToPath(new URL('../greening.plugin.yaml', import.meta.url));

export function readGreeningYaml(): string {
  return readFileSync(greeningYamlPath, 'utf8');
}

/** Parses and validates the YAML exactly as an upload would be; nothing is returned unless all of it is valid. */
export function loadGreeningPlugin(opts: {
  readonly coreVersion: string;
}): ValidationResult<DataServiceLinePlugin> {
  return parseDataPlugin(readGreeningYaml(), 'yaml', opts);
}
