import type { SurveyDef } from '@steward/plugin-sdk';

/** Default questions for the quarterly opinion survey (R8); the tenant can edit them. */
export const survey: SurveyDef = {
  questions: [
    {
      code: 'fire.q.exits',
      text: { zh: '疏散通道、安全出口保持畅通', en: 'Escape routes and exits are kept clear' },
      type: 'satisfaction5',
    },
    {
      code: 'fire.q.equipment',
      text: {
        zh: '灭火器、消火栓等消防设施完好易取用',
        en: 'Extinguishers, hydrants and other equipment are in order and easy to reach',
      },
      type: 'satisfaction5',
    },
    {
      code: 'fire.q.alarms',
      text: { zh: '火灾报警误报少，处置及时', en: 'False alarms are rare and alarms are handled promptly' },
      type: 'satisfaction5',
    },
    {
      code: 'fire.q.training',
      text: {
        zh: '消防培训和疏散演练组织有序、效果好',
        en: 'Fire training and evacuation drills are well organised and useful',
      },
      type: 'satisfaction5',
    },
    {
      code: 'fire.q.overall',
      text: {
        zh: '对本楼消防安全管理的总体评价',
        en: 'Overall satisfaction with fire safety in this building',
      },
      type: 'satisfaction5',
    },
    {
      code: 'fire.q.drill-joined',
      text: {
        zh: '过去一年您是否参加过疏散演练',
        en: 'Have you taken part in an evacuation drill in the past year?',
      },
      type: 'yesno',
    },
    {
      code: 'fire.q.comments',
      text: { zh: '发现的消防隐患或建议', en: 'Fire hazards you have noticed, or suggestions' },
      type: 'text',
    },
  ],
};
