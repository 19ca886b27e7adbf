import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { labourItems } from './checklist-labour.ts';
import { managementItems } from './checklist-management.ts';
import { conductItems, qualificationItems } from './checklist-people.ts';
import { safetyItems } from './checklist-safety.ts';

/** A joint (block) inspection walks the site, then reviews the files; both count towards the month (R12, R13). */
export const checklistTemplates: readonly ChecklistTemplate[] = [
  {
    code: 'vc.tpl.site',
    name: { zh: '服务企业现场综合检查表', en: 'Vendor site inspection checklist' },
    description: {
      zh: '现场查看：着装礼仪、在岗纪律、劳动防护、员工场所安全卫生、持证上岗。',
      en: 'On site: dress and etiquette, discipline, protective equipment, staff rooms, certified staff at work.',
    },
    inspectionKinds: ['joint', 'spot', 'leadership', 'self'],
    assessmentLevel: 'monthly',
    items: [...conductItems, ...safetyItems],
  },
  {
    code: 'vc.tpl.records',
    name: { zh: '服务企业用工与管理资料核查表', en: 'Vendor employment and management records review' },
    description: {
      zh: '资料核查与员工访谈：劳动合同、工资、工时、社保、证件、培训、管理与整改。',
      en: 'Records and staff interviews: contracts, wages, hours, social insurance, certificates, training, management and rectification.',
    },
    inspectionKinds: ['joint', 'leadership', 'self', 'external'],
    assessmentLevel: 'monthly',
    items: [...labourItems, ...qualificationItems, ...managementItems],
  },
];
