import type { Cadence } from '@steward/plugin-sdk';
import { REGS, T5002 } from './bases.ts';

/**
 * TSG T5002's levels are cumulative: a quarterly visit also performs the half-monthly items, and so on.
 * The 7-day warning window is the default seen in maintainers' scheduling systems.
 */
export const cadences: readonly Cadence[] = [
  {
    code: 'elevator.cadence.half-monthly',
    name: { zh: '半月维保（每15日）', en: 'Half-monthly maintenance (every 15 days)' },
    template: 'elevator.half-monthly',
    inspectionKind: 'self',
    every: { unit: 'day', count: 15 },
    warningDays: 7,
    basis: REGS('第三十一条'),
  },
  {
    code: 'elevator.cadence.quarterly',
    name: { zh: '季度维保', en: 'Quarterly maintenance' },
    template: 'elevator.quarterly',
    inspectionKind: 'self',
    every: { unit: 'month', count: 3 },
    warningDays: 7,
    includesTemplates: ['elevator.half-monthly'],
    basis: T5002('附件A 表A-2'),
  },
  {
    code: 'elevator.cadence.semi-annual',
    name: { zh: '半年维保', en: 'Semi-annual maintenance' },
    template: 'elevator.semi-annual',
    inspectionKind: 'self',
    every: { unit: 'month', count: 6 },
    warningDays: 7,
    includesTemplates: ['elevator.half-monthly', 'elevator.quarterly'],
    basis: T5002('附件A 表A-3'),
  },
  {
    code: 'elevator.cadence.annual',
    name: { zh: '年度维保', en: 'Annual maintenance' },
    template: 'elevator.annual',
    inspectionKind: 'self',
    every: { unit: 'year', count: 1 },
    warningDays: 7,
    includesTemplates: ['elevator.half-monthly', 'elevator.quarterly', 'elevator.semi-annual'],
    basis: T5002('附件A 表A-4'),
  },
  {
    code: 'elevator.cadence.owner-monthly',
    name: { zh: '使用单位月度自行检查', en: 'Owner’s monthly self-inspection' },
    template: 'elevator.owner-monthly',
    inspectionKind: 'patrol',
    every: { unit: 'month', count: 1 },
    warningDays: 7,
    basis: REGS('第二十七条'),
  },
];
