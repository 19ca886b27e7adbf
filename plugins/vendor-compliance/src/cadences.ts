import type { Cadence } from '@steward/plugin-sdk';
import { R13_PRACTICE } from './bases.ts';

export const cadences: readonly Cadence[] = [
  {
    code: 'vc.cad.monthly-joint',
    name: { zh: '月度联合检查（块检）', en: 'Monthly joint (block) inspection' },
    template: 'vc.tpl.site',
    inspectionKind: 'joint',
    every: { unit: 'month', count: 1 },
    workingDaysOnly: true,
    warningDays: 5,
    includesTemplates: ['vc.tpl.records'],
    basis: R13_PRACTICE,
  },
  {
    code: 'vc.cad.semiannual-leadership',
    name: { zh: '半年领导综合考核', en: 'Semi-annual leadership assessment' },
    template: 'vc.tpl.records',
    inspectionKind: 'leadership',
    every: { unit: 'month', count: 6 },
    workingDaysOnly: true,
    warningDays: 14,
    includesTemplates: ['vc.tpl.site'],
    basis: {
      rule: 'practice',
      clause: '三级联动：半年综合考核（质量、形象、满意度）',
      kind: 'practice',
    },
  },
  {
    code: 'vc.cad.monthly-self',
    name: { zh: '企业月度用工自查', en: 'Vendor’s monthly employment self-check' },
    template: 'vc.tpl.records',
    inspectionKind: 'self',
    every: { unit: 'month', count: 1 },
    workingDaysOnly: true,
    warningDays: 5,
    basis: {
      rule: 'practice',
      clause: 'R6 承包单位自管：每月提交工资发放与社保缴费凭证',
      kind: 'practice',
    },
  },
];
