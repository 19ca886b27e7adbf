import { defineServiceLine, PLUGIN_API_VERSION } from '@steward/plugin-sdk';
import { cadences } from './cadences.ts';
import { categories } from './categories.ts';
import { checklistTemplates } from './checklists.ts';
import { externalInspections } from './external.ts';
import { grossMarginCalculation } from './gross-margin.ts';
import { standards } from './standards.ts';
import { survey } from './survey.ts';
import { workflows } from './workflows.ts';

export { type GrossMarginInput, grossMargin } from './gross-margin.ts';

/** 餐饮服务（机关食堂）: the staff canteen service line. */
export const cateringPlugin = defineServiceLine({
  apiVersion: PLUGIN_API_VERSION,
  id: 'catering',
  version: '1.0.0',
  requires: { core: '^0.1.0' },
  name: { zh: '餐饮服务（机关食堂）', en: 'Catering (staff canteen)' },
  description: {
    zh: '依据食品安全法、餐饮服务食品安全操作规范、GB 31654-2021 和市场监管总局令第49号编制的机关食堂服务与监管标准。',
    en: 'Service and supervision standards for a government staff canteen, built on the Food Safety Law, the SAMR catering operating code, GB 31654-2021 and SAMR Order 49.',
  },
  scope: 'line',
  categories,
  standards,
  checklistTemplates,
  cadences,
  externalInspections,
  workflows,
  survey,
  calculations: { grossMargin: grossMarginCalculation },
});

export default cateringPlugin;
