import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { disinfectionItems, sampleItems } from './checklist-hygiene.ts';
import { managementItems } from './checklist-management.ts';
import { patrolItems } from './checklist-patrol.ts';

/**
 * Each item lives in exactly one template (codes are unique across templates); a cadence that needs more
 * than one template lists the others in `includesTemplates`.
 */
export const checklistTemplates: readonly ChecklistTemplate[] = [
  {
    code: 'CAT-TPL-PATROL',
    name: { zh: '食堂日常巡查表', en: 'Canteen daily patrol checklist' },
    description: {
      zh: '后厨加工、贮存、清洗消毒和餐厅供餐的现场检查。',
      en: 'On-site check of preparation, storage, dish disinfection and the dining hall.',
    },
    inspectionKinds: ['patrol', 'joint', 'self'],
    assessmentLevel: 'daily',
    items: [...patrolItems, ...disinfectionItems],
  },
  {
    code: 'CAT-TPL-SAMPLE',
    name: { zh: '食品留样检查表', en: 'Food sample retention checklist' },
    description: {
      zh: '留样数量、保存条件和记录，可不打招呼抽查。',
      en: 'Sample quantity, storage and log; may be checked unannounced.',
    },
    inspectionKinds: ['spot', 'patrol', 'joint', 'self'],
    assessmentLevel: 'daily',
    items: sampleItems,
  },
  {
    code: 'CAT-TPL-MONTHLY',
    name: { zh: '食堂月度考核检查表', en: 'Canteen monthly assessment checklist' },
    description: {
      zh: '证照、健康证明、索证索票、安全设施、供餐服务和成本毛利的月度检查。',
      en: 'Monthly check of licences, health certificates, supplier documents, safety installations, service, cost and margin.',
    },
    inspectionKinds: ['joint', 'leadership', 'self'],
    assessmentLevel: 'monthly',
    items: managementItems,
  },
];
