import { defineServiceLine, PLUGIN_API_VERSION } from '@steward/plugin-sdk';
import { cadences } from './cadences.ts';
import { categories } from './categories.ts';
import { annual } from './checklist-annual.ts';
import { halfMonthly } from './checklist-half-monthly.ts';
import { ownerMonthly } from './checklist-management.ts';
import { quarterly, semiAnnual } from './checklist-periodic.ts';
import { externalInspections } from './external.ts';
import { serviceStandards } from './standards-service.ts';
import { supervisionStandards } from './standards-supervision.ts';
import { survey } from './survey.ts';
import { workflows } from './workflows.ts';

export const elevatorPlugin = defineServiceLine({
  apiVersion: PLUGIN_API_VERSION,
  id: 'elevator',
  version: '1.0.0',
  requires: { core: '^0.1.0' },
  name: { zh: '电梯维护保养', en: 'Elevator maintenance' },
  description: {
    zh: '依据《特种设备安全监察条例》和TSG T5002-2017，对电梯维保单位的分级维保、应急救援、检验与记录进行监管。',
    en: 'Supervises the lift maintainer’s levelled maintenance, emergency rescue, inspections and records under the Special Equipment Safety Regulations and TSG T5002-2017.',
  },
  scope: 'line',
  categories,
  standards: [...serviceStandards, ...supervisionStandards],
  checklistTemplates: [halfMonthly, quarterly, semiAnnual, annual, ownerMonthly],
  cadences,
  externalInspections,
  workflows,
  survey,
});

export default elevatorPlugin;
