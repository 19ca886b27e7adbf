import type { ExternalInspectionType } from '@steward/plugin-sdk';
import { R13_PRACTICE } from './bases.ts';

export const externalInspections: readonly ExternalInspectionType[] = [
  {
    code: 'vc.ext.compliance-audit',
    name: { zh: '第三方用工合规审计', en: 'Third-party employment compliance audit' },
    authority: 'evaluator',
    template: 'vc.tpl.records',
    records: [
      { code: 'audited-on', label: { zh: '审计日期', en: 'Date audited' }, type: 'date', required: true },
      {
        code: 'sample-size',
        label: { zh: '抽查人数', en: 'Employees sampled' },
        type: 'number',
        unit: 'persons',
        required: true,
      },
      {
        code: 'arrears',
        label: { zh: '发现欠薪金额', en: 'Wage arrears found' },
        type: 'number',
        unit: 'CNY',
        required: false,
      },
      { code: 'report', label: { zh: '审计报告', en: 'Audit report' }, type: 'document', required: true },
    ],
    every: { unit: 'year', count: 1 },
    basis: R13_PRACTICE,
  },
  {
    code: 'vc.ext.satisfaction-evaluation',
    name: { zh: '第三方服务企业满意度测评', en: 'Third-party satisfaction evaluation of the vendor' },
    authority: 'evaluator',
    records: [
      { code: 'period', label: { zh: '测评期间', en: 'Period evaluated' }, type: 'text', required: true },
      {
        code: 'satisfaction-rate',
        label: { zh: '总体满意率', en: 'Overall satisfaction rate' },
        type: 'number',
        unit: '%',
        required: true,
      },
      {
        code: 'report',
        label: { zh: '测评报告', en: 'Evaluation report' },
        type: 'document',
        required: true,
      },
    ],
    basis: {
      rule: 'practice',
      clause: '季度意见征求，总体满意率 > 95 %',
      kind: 'practice',
    },
  },
];
