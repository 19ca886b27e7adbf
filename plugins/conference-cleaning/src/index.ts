import { defineServiceLine, PLUGIN_API_VERSION } from '@steward/plugin-sdk';
import { cadences } from './cadences.ts';
import { categories } from './categories.ts';
import { externalInspections } from './external.ts';
import { serviceStandards } from './standards-service.ts';
import { supervisionStandards } from './standards-supervision.ts';
import { survey } from './survey.ts';
import { checklistTemplates } from './templates.ts';
import { workflows } from './workflows.ts';

/** 会务服务与保洁: conference service, cleaning and the building's shared parts. */
export const conferenceCleaningPlugin = defineServiceLine({
  apiVersion: PLUGIN_API_VERSION,
  id: 'conference-cleaning',
  version: '1.0.0',
  requires: { core: '^0.1.0' },
  name: { zh: '会务服务与保洁', en: 'Conference service and cleaning' },
  description: {
    zh: '依据机关事务管理条例第二十一条、第二十七条，《中央国家机关后勤服务指南》（2018）及川机管发〔2015〕53号的默认标准、检查表与巡查周期。',
    en: 'Default standards, checklists and cycles based on the Regulations on Government Offices Administration arts. 21 and 27, the 2018 central government logistics service guide and the Sichuan 2015 standard.',
  },
  scope: 'line',
  categories,
  standards: [...serviceStandards, ...supervisionStandards],
  checklistTemplates,
  cadences,
  externalInspections,
  workflows,
  survey,
});

export default conferenceCleaningPlugin;
