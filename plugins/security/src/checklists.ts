import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { managementItems } from './checklist-management.ts';
import { patrolItems } from './checklist-patrol.ts';
import { postItems } from './checklist-posts.ts';

/** Each item lives in one template; cadences combine templates through `includesTemplates`. */
export const checklistTemplates: readonly ChecklistTemplate[] = [
  {
    code: 'SEC-TPL-PATROL',
    name: { zh: '安保日常巡查表', en: 'Security daily patrol checklist' },
    description: {
      zh: '门岗、大堂、巡逻、监控中心、停车秩序和岗位内务的现场检查。',
      en: 'On-site check of gate and lobby posts, patrols, the control room, parking and post duties.',
    },
    inspectionKinds: ['patrol', 'joint', 'spot', 'self'],
    assessmentLevel: 'daily',
    items: [...postItems, ...patrolItems],
  },
  {
    code: 'SEC-TPL-MONTHLY',
    name: { zh: '安保月度考核检查表', en: 'Security monthly assessment checklist' },
    description: {
      zh: '资质证件、合同保险、培训、保密、监控资料管理和应急处置的检查。',
      en: 'Check of licences and certificates, contracts and insurance, training, confidentiality, CCTV records and emergency readiness.',
    },
    inspectionKinds: ['joint', 'leadership', 'self'],
    assessmentLevel: 'monthly',
    items: managementItems,
  },
];
