import type { ExternalInspectionType } from '@steward/plugin-sdk';
import { decree564 } from './bases.ts';

/** Public security supervision of guarding (R7); the decree sets no fixed frequency, so `every` is left out. */
export const externalInspections: readonly ExternalInspectionType[] = [
  {
    code: 'SEC-EXT-PSB',
    name: { zh: '公安机关保安服务监督检查', en: 'Public security bureau inspection of guarding services' },
    authority: 'police',
    records: [
      { code: 'inspectedOn', label: { zh: '检查日期', en: 'Inspection date' }, type: 'date', required: true },
      {
        code: 'policeUnit',
        label: { zh: '检查机关', en: 'Inspecting police unit' },
        type: 'text',
        required: true,
      },
      { code: 'officers', label: { zh: '检查民警', en: 'Officers' }, type: 'text', required: true },
      { code: 'findings', label: { zh: '发现的问题', en: 'Problems found' }, type: 'text', required: true },
      {
        code: 'record',
        label: {
          zh: '监督检查记录（检查人员与单位负责人签字）',
          en: 'Inspection record (signed by the officers and the unit’s head)',
        },
        type: 'document',
        required: true,
      },
      {
        code: 'rectificationNotice',
        label: { zh: '整改通知书', en: 'Rectification notice' },
        type: 'document',
        required: false,
      },
      {
        code: 'rectifyBy',
        label: { zh: '整改期限', en: 'Rectification deadline' },
        type: 'date',
        required: false,
      },
    ],
    basis: {
      ...decree564('第三十六条、第三十八条'),
      note: {
        zh: '保安从业单位和保安员接受公安机关监督检查，无固定频次；检查情况如实记录并由双方签字。',
        en: 'Guarding companies and guards are subject to police inspection at no fixed frequency; findings are recorded and signed by both sides.',
      },
    },
  },
];
