import { CORE_VERSION } from '@steward/core';
import { createPluginRegistry, type ServiceLinePlugin } from '@steward/plugin-sdk';
import { securityPlugin } from '@steward/plugin-security';
import { installedPluginInputs } from '../src/plugins.ts';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The first security item whose deduction can go above its default: an overlay raises it. */
export function widenableItem(plugin: ServiceLinePlugin = securityPlugin) {
  for (const t of plugin.checklistTemplates)
    for (const i of t.items) if (i.deduction.max > i.deduction.default) return { template: t.code, item: i };
  throw new Error('no widenable item');
}

/**
 * Security 2.0.0: the widenable item's range is narrowed to its default and one item text changes — so
 * an overlay raising that deduction no longer applies, and a resolved template differs from 1.0.0's.
 */
export function securityV2(): ServiceLinePlugin {
  // JSON drops calculations (functions); a 2.0.0 data copy is enough here.
  const next = JSON.parse(JSON.stringify(securityPlugin)) as Mutable<ServiceLinePlugin>;
  next.version = '2.0.0';
  const { item } = widenableItem();
  for (const t of next.checklistTemplates)
    for (const i of t.items)
      if (i.code === item.code) {
        i.deduction.max = i.deduction.default;
        i.text = { zh: `${i.text.zh}（修订）`, en: `${i.text.en} (revised)` };
      }
  return next as ServiceLinePlugin;
}

/** The host's plugins plus security 2.0.0 (both versions installed). */
export function registryWithSecurityV2(keepV1 = true) {
  const inputs = installedPluginInputs().filter((p) => keepV1 || !('id' in p && p.id === 'security'));
  return createPluginRegistry([...inputs, securityV2()], { coreVersion: CORE_VERSION });
}
