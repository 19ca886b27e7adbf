import { CORE_VERSION } from '@steward/core';
import { describe, expect, it } from 'vitest';
import type { ServiceLinePlugin } from '../contract.ts';
import { type DataPluginFormat, parseDataPlugin } from '../data-plugin.ts';
import { validateServiceLine } from '../validation/validate.ts';
import {
  brokenCalculations,
  countItems,
  duplicateCodes,
  insaneNumbers,
  itemsWithoutBasis,
  missingLanguages,
  unstableCodes,
} from './checks.ts';

export interface PluginTestKitOptions {
  /** earlier releases of this plugin: every code of theirs must still exist or be listed in `retired` */
  readonly previousReleases?: readonly ServiceLinePlugin[];
  /** require at least this many checklist items across all templates */
  readonly minItems?: number;
  /** the core version to check `requires.core` against; defaults to the installed @steward/core */
  readonly coreVersion?: string;
  /** 'data' for JSON/YAML plugins */
  readonly kind?: 'code' | 'data';
}

/**
 * Registers the standard Vitest checks for a plugin. Call it once, at the top level of a test file:
 *   runPluginTestKit(plugin, { minItems: 25 });
 */
export function runPluginTestKit(plugin: ServiceLinePlugin, opts: PluginTestKitOptions = {}): void {
  const label = `plugin "${(plugin as { id?: unknown }).id}" ${(plugin as { version?: unknown }).version}`;
  const coreVersion = opts.coreVersion ?? CORE_VERSION;
  describe(`${label} — Steward plugin test kit`, () => {
    it('matches the plugin contract (schema valid)', () => {
      const r = validateServiceLine(plugin, { coreVersion, kind: opts.kind ?? 'code' });
      expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([]);
    });
    it('uses each code once within its kind', () => {
      expect(duplicateCodes(plugin)).toEqual([]);
    });
    it('keeps codes stable across versions', () => {
      expect(unstableCodes(plugin, opts.previousReleases ?? [])).toEqual([]);
    });
    it('has both languages (zh, en) on every text', () => {
      expect(missingLanguages(plugin)).toEqual([]);
    });
    it('has sane deductions, bounds and cadences', () => {
      expect(insaneNumbers(plugin)).toEqual([]);
    });
    it('cites a basis for every checklist item', () => {
      expect(itemsWithoutBasis(plugin)).toEqual([]);
    });
    if (plugin.calculations)
      it('has calculations that return a finite value', () => {
        expect(brokenCalculations(plugin)).toEqual([]);
      });
    if (opts.minItems !== undefined) {
      const min = opts.minItems;
      it(`has at least ${min} checklist items`, () => {
        expect(
          countItems(plugin),
          `add checklist items (has ${countItems(plugin)}, needs ${min})`,
        ).toBeGreaterThanOrEqual(min);
      });
    }
  });
}

/**
 * For data-only plugins: parses the JSON/YAML text as an upload would be parsed, then runs the same kit.
 *   runDataPluginTestKit(readFileSync(new URL('../greening.yaml', import.meta.url), 'utf8'), 'yaml', { minItems: 25 });
 */
export function runDataPluginTestKit(
  text: string,
  format: DataPluginFormat,
  opts: Omit<PluginTestKitOptions, 'kind'> = {},
): void {
  const r = parseDataPlugin(text, format, { coreVersion: opts.coreVersion ?? CORE_VERSION });
  if (!r.ok) {
    describe('data-only plugin — Steward plugin test kit', () => {
      it(`parses as a data-only plugin (${format})`, () => {
        expect(r.errors.map((e) => e.message)).toEqual([]);
      });
    });
    return;
  }
  runPluginTestKit(r.plugin, { ...opts, kind: 'data' });
}

export {
  brokenCalculations,
  countItems,
  duplicateCodes,
  insaneNumbers,
  itemsWithoutBasis,
  missingLanguages,
  unstableCodes,
} from './checks.ts';
