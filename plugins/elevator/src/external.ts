import type { ExternalInspectionType, ExternalRecordField } from '@steward/plugin-sdk';
import { REGS, T7001, T7008 } from './bases.ts';

const common: readonly ExternalRecordField[] = [
  { code: 'date', label: { zh: '检查日期', en: 'Date' }, type: 'date', required: true },
  { code: 'body', label: { zh: '实施单位', en: 'Performed by' }, type: 'text', required: true },
  {
    code: 'report-no',
    label: { zh: '报告/文书编号', en: 'Report or notice number' },
    type: 'text',
    required: false,
  },
  {
    code: 'conclusion',
    label: { zh: '结论（合格/复检合格/不合格）', en: 'Conclusion (pass / pass on re-inspection / fail)' },
    type: 'text',
    required: true,
  },
  { code: 'findings', label: { zh: '发现的问题', en: 'Findings' }, type: 'text', required: false },
  {
    code: 'report',
    label: { zh: '报告或文书扫描件', en: 'Scanned report or notice' },
    type: 'document',
    required: true,
  },
];

export const externalInspections: readonly ExternalInspectionType[] = [
  {
    code: 'elevator.ext.periodic-inspection',
    name: {
      zh: '特种设备检验机构定期检验',
      en: 'Periodic inspection by the special-equipment inspection institute',
    },
    authority: 'special-equipment-institute',
    records: [
      ...common,
      {
        code: 'next-due',
        label: { zh: '下次检验日期', en: 'Next inspection due' },
        type: 'date',
        required: true,
      },
      {
        code: 'certificate-posted',
        label: { zh: '合格标志已张贴', en: 'Certificate posted in the car' },
        type: 'boolean',
        required: true,
      },
    ],
    certificate: { validityMonths: 12, warningDays: 30 },
    every: { unit: 'year', count: 1 },
    basis: {
      ...T7001,
      note: {
        zh: '使用单位应在有效期届满前1个月申请（条例第二十八条）；检验周期以当地实施的检验规则为准，可在租户层调整。',
        en: 'The owner applies 1 month before expiry (Regulations art. 28); the cycle follows the locally applied rule and can be changed per tenant.',
      },
    },
  },
  {
    code: 'elevator.ext.self-test',
    name: { zh: '年度自行检测', en: 'Annual self-test' },
    authority: 'special-equipment-institute',
    records: [
      ...common,
      {
        code: 'insulation-min',
        label: { zh: '绝缘电阻最小值', en: 'Lowest insulation resistance' },
        type: 'number',
        unit: 'MΩ',
        required: false,
      },
    ],
    every: { unit: 'year', count: 1 },
    basis: {
      ...T7008,
      note: {
        zh: '由维保单位或具备资质的检测机构实施，在定期检验之前完成；“实施单位”栏记录具体单位。',
        en: 'Done by the maintainer or a qualified testing body before the periodic inspection; record which in “Performed by”.',
      },
    },
  },
  {
    code: 'elevator.ext.regulator-check',
    name: { zh: '市场监管部门监督检查', en: 'Market regulator’s supervisory check' },
    authority: 'market-regulator',
    records: [
      ...common,
      {
        code: 'deadline',
        label: { zh: '指令书整改期限', en: 'Rectification deadline in the order' },
        type: 'date',
        required: false,
      },
    ],
    basis: { ...REGS('监督检查'), note: { zh: '不定期。', en: 'Not periodic.' } },
  },
];
