import { CORE_VERSION } from '@steward/core';
import { cateringPlugin } from '@steward/plugin-catering';
import { conferenceCleaningPlugin } from '@steward/plugin-conference-cleaning';
import { elevatorPlugin } from '@steward/plugin-elevator';
import { firePlugin } from '@steward/plugin-fire';
import { greeningYaml } from '@steward/plugin-greening/source';
import {
  createPluginRegistry,
  PluginRegistrationError,
  type PluginRegistry,
  type PluginRegistryInput,
  parseDataPlugin,
} from '@steward/plugin-sdk';
import { securityPlugin } from '@steward/plugin-security';
import { vendorCompliancePlugin } from '@steward/plugin-vendor-compliance';

/**
 * The one list of service-line plugins this host installs. Code plugins are imported; data-only plugins
 * shipped with the host are imported as text (no file system on Workers) and go through the same parser
 * as a tenant's upload.
 */
export function installedPluginInputs(): PluginRegistryInput[] {
  const greening = parseDataPlugin(greeningYaml, 'yaml', { coreVersion: CORE_VERSION });
  if (!greening.ok) throw new PluginRegistrationError(greening.errors);
  return [
    elevatorPlugin,
    firePlugin,
    cateringPlugin,
    securityPlugin,
    conferenceCleaningPlugin,
    vendorCompliancePlugin,
    { plugin: greening.plugin, source: 'data' },
  ];
}

let installed: PluginRegistry | undefined;

/**
 * The host's registry, validated against the running core once per process (per isolate on Workers).
 * Throws PluginRegistrationError listing every problem of every plugin: the server refuses to start.
 */
export function installedPlugins(): PluginRegistry {
  installed ??= createPluginRegistry(installedPluginInputs(), { coreVersion: CORE_VERSION });
  return installed;
}
