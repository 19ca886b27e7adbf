import type { ExternalInspectionType } from '@steward/plugin-sdk';
import { SATISFACTION_PRACTICE, SEED_PRACTICE } from './bases.ts';

/** Conference service and cleaning have no statutory inspector; the agency may hire an evaluator (R7, D2). */
export const externalInspections: readonly ExternalInspectionType[] = [
  {
    code: 'cc.ext.satisfaction-evaluation',
    name: { zh: '第三方满意度测评', en: 'Third-party satisfaction evaluation' },
    authority: 'evaluator',
    records: [
      { code: 'period', label: { zh: '测评期间', en: 'Period evaluated' }, type: 'text', required: true },
      {
        code: 'sample-size',
        label: { zh: '有效样本数', en: 'Valid responses' },
        type: 'number',
        required: true,
      },
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
    every: { unit: 'year', count: 1 },
    basis: SATISFACTION_PRACTICE,
  },
  {
    code: 'cc.ext.quality-assessment',
    name: { zh: '第三方服务质量评估', en: 'Third-party service quality assessment' },
    authority: 'evaluator',
    template: 'cc.tpl.monthly',
    records: [
      { code: 'assessed-on', label: { zh: '评估日期', en: 'Date assessed' }, type: 'date', required: true },
      {
        code: 'score',
        label: { zh: '评估得分', en: 'Score' },
        type: 'number',
        unit: 'points',
        required: true,
      },
      {
        code: 'report',
        label: { zh: '评估报告', en: 'Assessment report' },
        type: 'document',
        required: true,
      },
      { code: 'summary', label: { zh: '主要问题', en: 'Main findings' }, type: 'text', required: false },
    ],
    basis: SEED_PRACTICE('R7 邀请评估机构等第三方参与监督'),
  },
];
