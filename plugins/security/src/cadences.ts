import type { Cadence } from '@steward/plugin-sdk';
import { practice, RULES } from './bases.ts';

/** Three-level linkage (R12) with the weekly check of R14. */
export const cadences: readonly Cadence[] = [
  {
    code: 'SEC-CAD-DAILY',
    name: { zh: '每日巡查', en: 'Daily patrol' },
    template: 'SEC-TPL-PATROL',
    inspectionKind: 'patrol',
    every: { unit: 'day', count: 1 },
    workingDaysOnly: true,
    warningDays: 0,
    basis: practice(RULES.seed, 'R12/R14 每天巡检'),
  },
  {
    code: 'SEC-CAD-WEEKLY',
    name: { zh: '每周检查（含夜查）', en: 'Weekly check (including a night check)' },
    template: 'SEC-TPL-PATROL',
    inspectionKind: 'joint',
    every: { unit: 'week', count: 1 },
    warningDays: 1,
    basis: practice(RULES.seed, 'R14 每周联检'),
  },
  {
    code: 'SEC-CAD-MONTHLY',
    name: { zh: '月度考核', en: 'Monthly assessment' },
    template: 'SEC-TPL-MONTHLY',
    inspectionKind: 'joint',
    every: { unit: 'month', count: 1 },
    workingDaysOnly: true,
    warningDays: 5,
    includesTemplates: ['SEC-TPL-PATROL'],
    basis: practice(RULES.seed, 'R12/R20 每月考核'),
  },
  {
    code: 'SEC-CAD-SEMIANNUAL',
    name: { zh: '半年综合考核', en: 'Semi-annual leadership assessment' },
    template: 'SEC-TPL-MONTHLY',
    inspectionKind: 'leadership',
    every: { unit: 'month', count: 6 },
    workingDaysOnly: true,
    warningDays: 14,
    includesTemplates: ['SEC-TPL-PATROL'],
    basis: practice(RULES.seed, 'R12 半年综合考核'),
  },
];
