import { PLUGIN_ID_PATTERN } from '../validation/codes.ts';

export interface ScaffoldOptions {
  /** semver range of @steward/core the new plugin declares; default '^0.1.0' */
  readonly coreRange?: string;
}

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/**
 * The files of a new plugin package, by path relative to the package folder.
 * Pure, so the SDK tests can check that the output validates and passes the test kit unchanged.
 */
export function scaffoldPluginFiles(id: string, opts: ScaffoldOptions = {}): Record<string, string> {
  if (!PLUGIN_ID_PATTERN.test(id))
    throw new Error(
      `"${id}" is not a kebab-case plugin id — use lowercase letters, digits and "-", e.g. "parking"`,
    );
  const name = `${camel(id)}Plugin`;
  const packageJson = {
    name: `@steward/plugin-${id}`,
    private: true,
    version: '0.1.0',
    type: 'module',
    description: `Service line ${id}: standards, checklists, cadences, external inspections and workflows.`,
    exports: { '.': './src/index.ts' },
    scripts: { typecheck: 'tsc -p .', lint: 'biome check .', test: 'vitest run' },
    dependencies: { '@steward/plugin-sdk': '*' },
    devDependencies: { '@steward/tsconfig': '*' },
  };
  return {
    'package.json': `${JSON.stringify(packageJson, null, 2)}\n`,
    'tsconfig.json': '{ "extends": "@steward/tsconfig/base.json", "include": ["src"] }\n',
    'src/index.ts': indexTs(id, name, opts.coreRange ?? '^0.1.0'),
    'src/plugin.test.ts': testTs(id, name),
  };
}

function indexTs(id: string, name: string, coreRange: string): string {
  return `import { defineServiceLine } from '@steward/plugin-sdk';

// Cite the rule an item rests on; use kind 'practice' where it is good practice rather than a rule.
const practice = { rule: 'practice', kind: 'practice' } as const;

export const ${name} = defineServiceLine({
  apiVersion: 1,
  id: '${id}',
  version: '0.1.0',
  requires: { core: '${coreRange}' },
  name: { zh: '${id}（请改为中文名称）', en: '${id} (rename me)' },
  scope: 'line',
  categories: [{ code: '${id}.general', name: { zh: '通用', en: 'General' } }],
  standards: [
    {
      code: '${id}.std.tidy',
      kind: 'service',
      category: '${id}.general',
      title: { zh: '现场整洁有序', en: 'The site is tidy and orderly' },
      indicator: { type: 'qualitative' },
      basis: practice,
    },
  ],
  checklistTemplates: [
    {
      code: '${id}.patrol',
      name: { zh: '日常巡查', en: 'Daily patrol' },
      inspectionKinds: ['patrol', 'spot'],
      items: [
        {
          code: '${id}.tidy',
          text: { zh: '现场无杂物堆放', en: 'No clutter is left on site' },
          category: '${id}.general',
          standard: '${id}.std.tidy',
          severity: 'general',
          deduction: { default: 1, min: 0.5, max: 2 },
          evidence: ['photo'],
          allowNA: false,
          basis: practice,
        },
        {
          code: '${id}.log',
          text: { zh: '工作记录填写完整', en: 'The work log is complete' },
          category: '${id}.general',
          severity: 'general',
          deduction: { default: 1, min: 0.5, max: 2 },
          evidence: ['document'],
          allowNA: true,
          basis: practice,
        },
      ],
    },
  ],
  cadences: [
    {
      code: '${id}.cadence.daily',
      name: { zh: '每日巡查', en: 'Daily patrol' },
      template: '${id}.patrol',
      inspectionKind: 'patrol',
      every: { unit: 'day', count: 1 },
      workingDaysOnly: true,
      warningDays: 0,
      basis: practice,
    },
  ],
  externalInspections: [],
  workflows: [
    {
      code: '${id}.rectification',
      name: { zh: '整改流程', en: 'Rectification' },
      steps: [
        { code: 'notify', name: { zh: '下发整改通知', en: 'Issue the notice' }, role: 'supervisor' },
        { code: 'fix', name: { zh: '限期整改', en: 'Fix by the deadline' }, role: 'contractor' },
        { code: 'verify', name: { zh: '复查验证', en: 'Verify the fix' }, role: 'supervisor' },
      ],
    },
  ],
});

export default ${name};
`;
}

function testTs(id: string, name: string): string {
  return `import { runPluginTestKit } from '@steward/plugin-sdk/testkit';
import { ${name} } from './index.ts';

// The SDK's checks: contract, unique and stable codes, both languages, sane numbers, a basis per item.
// When you release a new version, keep the old one and pass it in previousReleases.
runPluginTestKit(${name}, { minItems: 2 });

// Add tests for your own content below, e.g. that '${id}.tidy' stays a general item.
`;
}
