import { defineServiceLine, PLUGIN_API_VERSION } from '@steward/plugin-sdk';
import { cadences } from './cadences.ts';
import { categories } from './categories.ts';
import { externalInspections } from './external.ts';
import { standards } from './standards.ts';
import { survey } from './survey.ts';
import { checklistTemplates } from './templates.ts';
import { workflows } from './workflows.ts';

/** 服务企业综合检查: the cross-line checklist for joint (block) inspections of one vendor (R13). */
export const vendorCompliancePlugin = defineServiceLine({
  apiVersion: PLUGIN_API_VERSION,
  id: 'vendor-compliance',
  version: '1.0.0',
  requires: { core: '^0.1.0' },
  name: { zh: '服务企业综合检查', en: 'Vendor compliance (block inspection)' },
  description: {
    zh: '适用于所有服务企业的跨条线检查：劳动用工、安全卫生、持证上岗、着装礼仪与项目管理。',
    en: 'The cross-line checklist for every vendor: labour law, safety and hygiene, certified staff, dress and etiquette, contract management.',
  },
  scope: 'vendor',
  categories,
  standards,
  checklistTemplates,
  cadences,
  externalInspections,
  workflows,
  survey,
});

export default vendorCompliancePlugin;
