import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { cleaningItems } from './checklist-cleaning.ts';
import { bimonthlyItems, quarterlyItems, repairItems, semimonthlyItems } from './checklist-facilities.ts';
import { meetingItems } from './checklist-meeting.ts';
import { staffItems } from './checklist-staff.ts';

export const checklistTemplates: readonly ChecklistTemplate[] = [
  {
    code: 'cc.tpl.meeting',
    name: { zh: '会务服务检查表', en: 'Conference service checklist' },
    description: {
      zh: '逐场使用：会前准备、会中服务、会后恢复。',
      en: 'Used per meeting: before, during and after.',
    },
    inspectionKinds: ['patrol', 'spot', 'self', 'joint'],
    assessmentLevel: 'daily',
    items: meetingItems,
  },
  {
    code: 'cc.tpl.cleaning',
    name: { zh: '保洁日常巡查表', en: 'Daily cleaning patrol checklist' },
    inspectionKinds: ['patrol', 'spot', 'self', 'joint'],
    assessmentLevel: 'daily',
    items: cleaningItems,
  },
  {
    code: 'cc.tpl.facilities-semimonthly',
    name: { zh: '共用门窗、楼梯半月巡查表', en: 'Half-monthly check of shared doors, windows and stairs' },
    inspectionKinds: ['self', 'patrol'],
    assessmentLevel: 'daily',
    items: semimonthlyItems,
  },
  {
    code: 'cc.tpl.facilities-bimonthly',
    name: { zh: '楼地面、墙面、顶棚两月检查表', en: '2-monthly check of floors, walls and ceilings' },
    inspectionKinds: ['self', 'patrol'],
    assessmentLevel: 'daily',
    items: bimonthlyItems,
  },
  {
    code: 'cc.tpl.facilities-quarterly',
    name: { zh: '房屋结构与外立面季度检查表', en: 'Quarterly check of structure and façade' },
    inspectionKinds: ['self', 'patrol', 'joint'],
    assessmentLevel: 'daily',
    items: quarterlyItems,
  },
  {
    code: 'cc.tpl.monthly',
    name: { zh: '会务保洁月度联合考核表', en: 'Monthly joint assessment: conference service and cleaning' },
    description: {
      zh: '月度联合检查时使用：维修记录、年度与季节性工作、人员与管理。',
      en: 'Used at the monthly joint inspection: repair logs, yearly and seasonal duties, staff and management.',
    },
    inspectionKinds: ['joint', 'leadership', 'spot'],
    assessmentLevel: 'monthly',
    items: [...repairItems, ...staffItems],
  },
];
