import type { CategoryDef } from '@steward/plugin-sdk';

export const categories: readonly CategoryDef[] = [
  {
    code: 'vc.labour',
    name: { zh: '劳动用工合规', en: 'Labour-law compliance' },
    description: {
      zh: '劳动合同、工资、加班、工时、社会保险、福利与童工禁令。',
      en: 'Employment contracts, wages, overtime, working hours, social insurance, benefits and the ban on child labour.',
    },
  },
  {
    code: 'vc.qualification',
    name: { zh: '人员资质与培训', en: 'Staff qualifications and training' },
    description: {
      zh: '上岗证、特种作业证、健康证明及培训记录（R3）。',
      en: 'Job certificates, special-operations certificates, health certificates and training records (R3).',
    },
  },
  {
    code: 'vc.safety',
    name: { zh: '安全与卫生', en: 'Safety and hygiene' },
    description: {
      zh: '安全生产职责、劳动防护、危险物品、员工场所安全卫生与事故报告。',
      en: 'Work-safety duties, protective equipment, hazardous materials, staff rooms and accident reporting.',
    },
  },
  {
    code: 'vc.conduct',
    name: { zh: '仪容礼仪与服务规范', en: 'Dress, etiquette and service language' },
    description: {
      zh: '着装、仪容、服务用语与在岗纪律（R4）。',
      en: 'Dress, appearance, service language and discipline on duty (R4).',
    },
  },
  {
    code: 'vc.management',
    name: { zh: '项目管理', en: 'Contract management' },
    description: {
      zh: '管理人员配备、证照、分包、投诉处理、应急预案、保密与整改。',
      en: 'Management staffing, licences, subcontracting, complaints, emergency plans, confidentiality and rectification.',
    },
  },
];
