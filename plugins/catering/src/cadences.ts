import type { Cadence } from '@steward/plugin-sdk';
import { foodSafetyLaw, practice, RULES } from './bases.ts';

/** 每天巡检、每周联检、每月考核 (R14) plus unannounced sample-retention spot checks. */
export const cadences: readonly Cadence[] = [
  {
    code: 'CAT-CAD-DAILY',
    name: { zh: '每日巡查', en: 'Daily patrol' },
    template: 'CAT-TPL-PATROL',
    inspectionKind: 'patrol',
    every: { unit: 'day', count: 1 },
    workingDaysOnly: true,
    warningDays: 0,
    basis: practice(RULES.seed, 'R12/R14 每天巡检'),
  },
  {
    code: 'CAT-CAD-SELF',
    name: { zh: '承包单位每日自查', en: 'Operator’s daily self-inspection' },
    template: 'CAT-TPL-PATROL',
    inspectionKind: 'self',
    every: { unit: 'day', count: 1 },
    warningDays: 0,
    includesTemplates: ['CAT-TPL-SAMPLE'],
    basis: foodSafetyLaw('第四十七条'),
  },
  {
    code: 'CAT-CAD-WEEKLY',
    name: { zh: '每周联合检查', en: 'Weekly joint inspection' },
    template: 'CAT-TPL-PATROL',
    inspectionKind: 'joint',
    every: { unit: 'week', count: 1 },
    workingDaysOnly: true,
    warningDays: 1,
    includesTemplates: ['CAT-TPL-SAMPLE'],
    basis: practice(RULES.seed, 'R14 每周联检'),
  },
  {
    code: 'CAT-CAD-MONTHLY',
    name: { zh: '月度考核', en: 'Monthly assessment' },
    template: 'CAT-TPL-MONTHLY',
    inspectionKind: 'joint',
    every: { unit: 'month', count: 1 },
    workingDaysOnly: true,
    warningDays: 5,
    includesTemplates: ['CAT-TPL-PATROL', 'CAT-TPL-SAMPLE'],
    basis: practice(RULES.seed, 'R12/R20 每月考核'),
  },
  {
    code: 'CAT-CAD-SAMPLE-SPOT',
    name: { zh: '留样抽检', en: 'Sample-retention spot check' },
    template: 'CAT-TPL-SAMPLE',
    inspectionKind: 'spot',
    every: { unit: 'week', count: 1 },
    warningDays: 0,
    basis: practice(RULES.seed, 'R14 抽检'),
  },
];
