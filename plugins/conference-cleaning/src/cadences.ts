import type { Basis, Cadence } from '@steward/plugin-sdk';
import { SICHUAN_2015 } from './bases.ts';

/** The seed's three-level linkage (R12) and its scheduled checks (R14): a default the tenant can change. */
const THREE_LEVEL: Basis = {
  rule: 'practice',
  clause: '三级联动：日常巡查、每周联合检查、月度考核、半年综合考核',
  kind: 'practice',
};

export const cadences: readonly Cadence[] = [
  {
    code: 'cc.cad.daily-patrol',
    name: { zh: '保洁日常巡查', en: 'Daily cleaning patrol' },
    template: 'cc.tpl.cleaning',
    inspectionKind: 'patrol',
    every: { unit: 'day', count: 1 },
    workingDaysOnly: true,
    warningDays: 0,
    basis: THREE_LEVEL,
  },
  {
    code: 'cc.cad.weekly-joint',
    name: { zh: '每周联合检查', en: 'Weekly joint inspection' },
    template: 'cc.tpl.cleaning',
    inspectionKind: 'joint',
    every: { unit: 'week', count: 1 },
    workingDaysOnly: true,
    warningDays: 1,
    basis: THREE_LEVEL,
  },
  {
    code: 'cc.cad.monthly-joint',
    name: { zh: '月度联合考核', en: 'Monthly joint assessment' },
    template: 'cc.tpl.monthly',
    inspectionKind: 'joint',
    every: { unit: 'month', count: 1 },
    workingDaysOnly: true,
    warningDays: 5,
    includesTemplates: ['cc.tpl.cleaning'],
    basis: THREE_LEVEL,
  },
  {
    code: 'cc.cad.semiannual-leadership',
    name: { zh: '半年综合考核', en: 'Semi-annual leadership assessment' },
    template: 'cc.tpl.monthly',
    inspectionKind: 'leadership',
    every: { unit: 'month', count: 6 },
    workingDaysOnly: true,
    warningDays: 14,
    includesTemplates: ['cc.tpl.cleaning', 'cc.tpl.meeting'],
    basis: THREE_LEVEL,
  },
  {
    code: 'cc.cad.facilities-semimonthly',
    name: { zh: '共用门窗、楼梯半月巡查', en: 'Shared doors, windows and stairs every half month' },
    template: 'cc.tpl.facilities-semimonthly',
    inspectionKind: 'self',
    every: { unit: 'day', count: 15 },
    warningDays: 3,
    basis: SICHUAN_2015('共用门窗、楼梯每半月一次'),
  },
  {
    code: 'cc.cad.facilities-bimonthly',
    name: { zh: '楼地面、墙面、顶棚每两月检查', en: 'Floors, walls and ceilings every 2 months' },
    template: 'cc.tpl.facilities-bimonthly',
    inspectionKind: 'self',
    every: { unit: 'month', count: 2 },
    warningDays: 7,
    basis: SICHUAN_2015('楼地面、墙面、顶棚每两个月一次'),
  },
  {
    code: 'cc.cad.facilities-quarterly',
    name: { zh: '房屋结构与外立面季度检查', en: 'Structure and façade every quarter' },
    template: 'cc.tpl.facilities-quarterly',
    inspectionKind: 'self',
    every: { unit: 'month', count: 3 },
    warningDays: 7,
    basis: SICHUAN_2015('房屋结构、外立面每季度一次'),
  },
];
