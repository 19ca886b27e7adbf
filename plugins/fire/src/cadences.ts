import type { Cadence } from '@steward/plugin-sdk';
import { FIRE_LAW, GB25201, MPS61 } from './bases.ts';

export const cadences: readonly Cadence[] = [
  {
    code: 'fire.cadence.daily-patrol',
    name: { zh: '每日防火巡查', en: 'Daily fire patrol' },
    template: 'fire.daily-patrol',
    inspectionKind: 'patrol',
    every: { unit: 'day', count: 1 },
    warningDays: 0,
    basis: FIRE_LAW('第十七条'),
  },
  {
    code: 'fire.cadence.monthly-check',
    name: { zh: '消防设施月度检查', en: 'Monthly fire equipment check' },
    template: 'fire.monthly-check',
    inspectionKind: 'self',
    every: { unit: 'month', count: 1 },
    warningDays: 7,
    basis: GB25201('维护保养'),
  },
  {
    code: 'fire.cadence.quarterly-check',
    name: { zh: '季度防火检查', en: 'Quarterly fire safety check' },
    template: 'fire.quarterly-check',
    inspectionKind: 'joint',
    every: { unit: 'month', count: 3 },
    warningDays: 7,
    basis: MPS61('第二十六条'),
  },
  {
    code: 'fire.cadence.annual-test',
    name: { zh: '年度全面检测', en: 'Annual full test' },
    template: 'fire.annual-test',
    inspectionKind: 'external',
    every: { unit: 'year', count: 1 },
    warningDays: 30,
    basis: FIRE_LAW('第十六条第一款第（三）项'),
  },
];
