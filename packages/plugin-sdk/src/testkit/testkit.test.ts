import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { clonePlugin, samplePlugin } from '../fixtures/sample-plugin.ts';
import {
  brokenCalculations,
  duplicateCodes,
  insaneNumbers,
  itemsWithoutBasis,
  missingLanguages,
  runDataPluginTestKit,
  runPluginTestKit,
  unstableCodes,
} from './index.ts';

// The kit run on the SDK's own sample, exactly as a plugin package uses it.
runPluginTestKit(samplePlugin, { minItems: 2, previousReleases: [samplePlugin] });

describe('test kit checks', () => {
  it('finds duplicate codes across templates', () => {
    const p = clonePlugin();
    p.checklistTemplates.push({ ...p.checklistTemplates[0]!, code: 'sample.spot' });
    expect(duplicateCodes(p)).toEqual([
      'checklistItems: "sample.pressure" at checklistTemplates[1].items[0] repeats checklistTemplates[0].items[0] — give each a unique code',
      'checklistItems: "sample.log" at checklistTemplates[1].items[1] repeats checklistTemplates[0].items[1] — give each a unique code',
    ]);
  });

  it('finds codes dropped without a retired entry, and a missing version bump', () => {
    const next = clonePlugin();
    next.version = '1.0.1';
    next.checklistTemplates[0]!.items.pop();
    expect(unstableCodes(next, [samplePlugin])).toEqual([
      'item "sample.log" of 1.0.0 is missing from 1.0.1 — restore it, or list it in retired with a reason',
    ]);
    next.retired = [{ code: 'sample.log', reason: { zh: '不再需要', en: 'No longer needed' } }];
    expect(unstableCodes(next, [samplePlugin])).toEqual([]);
    next.version = '0.9.0';
    expect(unstableCodes(next, [samplePlugin])).toEqual([
      'version 0.9.0 is not greater than the earlier release 1.0.0 — bump the version',
    ]);
  });

  it('finds a missing language anywhere', () => {
    const p = clonePlugin();
    p.workflows[0]!.steps[1]!.name = { zh: '整改', en: ' ' };
    expect(missingLanguages(p)).toEqual(['workflows[0].steps[1].name.en is empty — write the English text']);
  });

  it('finds insane deductions and cadences', () => {
    const p = clonePlugin();
    p.checklistTemplates[0]!.items[0]!.deduction = { default: 1, min: 2, max: 120 };
    p.cadences[0]!.every = { unit: 'week', count: 1 };
    p.cadences[0]!.warningDays = 7;
    expect(insaneNumbers(p)).toEqual([
      'plugin "sample" checklistTemplates[0].items[0].deduction.max: max (120) is outside 0 < max <= 100 — deductions are points of the 100-point assessment; use a max between 0 and 100',
      'plugin "sample" checklistTemplates[0].items[0].deduction: min (2) is greater than default (1) — make min <= default <= max',
      'plugin "sample" cadences[0].warningDays: 7 is not shorter than the interval (~7 days) — warn fewer days ahead than the interval',
    ]);
  });

  it('finds items without a basis', () => {
    const p = clonePlugin();
    p.checklistTemplates[0]!.items[0]!.basis = { rule: 'practice', kind: 'verified' };
    p.checklistTemplates[0]!.items[1]!.basis = { rule: '', kind: 'practice' };
    expect(itemsWithoutBasis(p)).toEqual([
      "checklistTemplates[0].items[0].basis (sample.pressure) is 'verified' but cites only \"practice\" — name the rule or use kind 'practice'",
      "checklistTemplates[0].items[1].basis (sample.log) cites no rule — name the rule, or { rule: 'practice', kind: 'practice' }",
    ]);
  });

  it('finds calculations that throw', () => {
    const p = clonePlugin();
    p.calculations = {
      bad: {
        name: { zh: '坏', en: 'Bad' },
        inputs: [],
        compute: () => {
          throw new Error('boom');
        },
      },
    };
    expect(brokenCalculations(p)[0]).toContain('calculations.bad threw for inputs of 100 (Error: boom)');
  });
});

// The same kit for a data-only plugin, from its YAML text.
runDataPluginTestKit(stringify(samplePlugin), 'yaml', { minItems: 2 });
