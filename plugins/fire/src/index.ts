import { defineServiceLine, PLUGIN_API_VERSION } from '@steward/plugin-sdk';
import { cadences } from './cadences.ts';
import { categories } from './categories.ts';
import { annualTest } from './checklist-annual.ts';
import { dailyPatrol } from './checklist-daily.ts';
import { monthlyCheck } from './checklist-monthly.ts';
import { quarterlyCheck } from './checklist-quarterly.ts';
import { externalInspections } from './external.ts';
import { serviceStandards } from './standards-service.ts';
import { supervisionStandards } from './standards-supervision.ts';
import { survey } from './survey.ts';
import { workflows } from './workflows.ts';

export const firePlugin = defineServiceLine({
  apiVersion: PLUGIN_API_VERSION,
  id: 'fire',
  version: '1.0.0',
  requires: { core: '^0.1.0' },
  name: { zh: '消防设施维护', en: 'Fire equipment maintenance' },
  description: {
    zh: '依据《消防法》、GB 25201-2010、GB 25506-2010和GB 50444-2008，对防火巡查、消防控制室值班、设施维保、年度检测和隐患整改进行监管。',
    en: 'Supervises fire patrols, control-room duty, equipment maintenance, the annual test and defect close-out under the Fire Protection Law, GB 25201-2010, GB 25506-2010 and GB 50444-2008.',
  },
  scope: 'line',
  categories,
  standards: [...serviceStandards, ...supervisionStandards],
  checklistTemplates: [dailyPatrol, monthlyCheck, quarterlyCheck, annualTest],
  cadences,
  externalInspections,
  workflows,
  survey,
});

export default firePlugin;
