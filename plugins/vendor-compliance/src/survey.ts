import type { SurveyDef } from '@steward/plugin-sdk';

/** Opinion survey on the vendor as a whole (R8). */
export const survey: SurveyDef = {
  questions: [
    {
      code: 'vc.q.staff-conduct',
      text: { zh: '服务人员着装、仪容与礼貌用语', en: 'Staff dress, appearance and courtesy' },
      type: 'satisfaction5',
    },
    {
      code: 'vc.q.attitude',
      text: { zh: '服务态度与主动性', en: 'Service attitude and initiative' },
      type: 'satisfaction5',
    },
    {
      code: 'vc.q.responsiveness',
      text: { zh: '问题和投诉的响应与处理', en: 'Response to problems and complaints' },
      type: 'satisfaction5',
    },
    {
      code: 'vc.q.management',
      text: { zh: '企业管理人员的沟通与配合', en: 'Communication and cooperation of the vendor’s managers' },
      type: 'satisfaction5',
    },
    {
      code: 'vc.q.overall',
      text: { zh: '对该服务企业的总体评价', en: 'Overall, this vendor' },
      type: 'satisfaction5',
    },
    {
      code: 'vc.q.misconduct-seen',
      text: {
        zh: '本季度是否发现服务人员有违规、泄密或不文明行为',
        en: 'This quarter, did you see staff break rules, leak information or behave rudely?',
      },
      type: 'yesno',
    },
    { code: 'vc.q.suggestions', text: { zh: '意见和建议', en: 'Comments and suggestions' }, type: 'text' },
  ],
};
