import type { ExternalInspectionType, ExternalRecordField } from '@steward/plugin-sdk';
import { FIRE_LAW } from './bases.ts';

const common: readonly ExternalRecordField[] = [
  { code: 'date', label: { zh: '检查日期', en: 'Date' }, type: 'date', required: true },
  { code: 'body', label: { zh: '实施单位', en: 'Performed by' }, type: 'text', required: true },
  {
    code: 'report-no',
    label: { zh: '报告/文书编号', en: 'Report or notice number' },
    type: 'text',
    required: false,
  },
  { code: 'conclusion', label: { zh: '结论', en: 'Conclusion' }, type: 'text', required: true },
  { code: 'findings', label: { zh: '发现的问题', en: 'Findings' }, type: 'text', required: false },
  {
    code: 'report',
    label: { zh: '报告或文书扫描件', en: 'Scanned report or notice' },
    type: 'document',
    required: true,
  },
];

const orderFields: readonly ExternalRecordField[] = [
  {
    code: 'deadline',
    label: { zh: '责令改正期限', en: 'Deadline set in the correction order' },
    type: 'date',
    required: false,
  },
];

const SUPERVISION = {
  ...FIRE_LAW('第五十三条'),
  note: {
    zh: '消防救援机构依法监督检查，公安派出所可负责日常消防监督检查；不定期。',
    en: 'The fire rescue bureau inspects; the local police station may run routine checks. Not periodic.',
  },
};

export const externalInspections: readonly ExternalInspectionType[] = [
  {
    code: 'fire.ext.annual-test',
    name: { zh: '消防技术服务机构年度检测', en: 'Annual test by a fire technical service firm' },
    authority: 'fire-technical-service',
    records: [
      ...common,
      {
        code: 'firm-credit-code',
        label: { zh: '机构统一社会信用代码', en: 'Firm’s unified social credit code' },
        type: 'text',
        required: false,
      },
      {
        code: 'defects',
        label: { zh: '不合格项数量', en: 'Number of failed items' },
        type: 'number',
        required: true,
      },
    ],
    certificate: { validityMonths: 12, warningDays: 30 },
    template: 'fire.annual-test',
    every: { unit: 'year', count: 1 },
    basis: FIRE_LAW('第十六条第一款第（三）项'),
  },
  {
    code: 'fire.ext.fire-bureau-check',
    name: { zh: '消防救援机构监督检查', en: 'Fire rescue bureau supervisory check' },
    authority: 'fire',
    records: [...common, ...orderFields],
    basis: SUPERVISION,
  },
  {
    code: 'fire.ext.police-check',
    name: { zh: '公安派出所日常消防检查', en: 'Police station routine fire check' },
    authority: 'police',
    records: [...common, ...orderFields],
    basis: SUPERVISION,
  },
];
