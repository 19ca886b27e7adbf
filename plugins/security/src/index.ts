import { defineServiceLine, PLUGIN_API_VERSION } from '@steward/plugin-sdk';
import { cadences } from './cadences.ts';
import { categories } from './categories.ts';
import { checklistTemplates } from './checklists.ts';
import { externalInspections } from './external.ts';
import { standards } from './standards.ts';
import { survey } from './survey.ts';
import { workflows } from './workflows.ts';

/** 安全保卫（保安服务）: the security guarding service line. */
export const securityPlugin = defineServiceLine({
  apiVersion: PLUGIN_API_VERSION,
  id: 'security',
  version: '1.0.0',
  requires: { core: '^0.1.0' },
  name: { zh: '安全保卫（保安服务）', en: 'Security guarding' },
  description: {
    zh: '依据保安服务管理条例、企业事业单位内部治安保卫条例和 GA/T 594-2006 编制的机关安保服务与监管标准。',
    en: 'Service and supervision standards for guarding government buildings, built on Decree 564, Decree 421 and GA/T 594-2006.',
  },
  scope: 'line',
  categories,
  standards,
  checklistTemplates,
  cadences,
  externalInspections,
  workflows,
  survey,
});

export default securityPlugin;
