import type { SurveyDef } from '@steward/plugin-sdk';

/** Default quarterly opinion survey on guarding (意见征求表, R8). */
export const survey: SurveyDef = {
  questions: [
    {
      code: 'overall',
      text: { zh: '您对安保服务的总体评价', en: 'Overall, how satisfied are you with the security service?' },
      type: 'satisfaction5',
    },
    {
      code: 'courtesy',
      text: { zh: '保安员仪容仪表和礼貌用语', en: 'Guards’ appearance and courtesy' },
      type: 'satisfaction5',
    },
    {
      code: 'access',
      text: { zh: '来访登记与出入管理', en: 'Visitor registration and access control' },
      type: 'satisfaction5',
    },
    {
      code: 'sense-of-safety',
      text: { zh: '办公区域治安状况与安全感', en: 'Order in the building and your sense of safety' },
      type: 'satisfaction5',
    },
    { code: 'parking', text: { zh: '车辆停放秩序', en: 'Parking order' }, type: 'satisfaction5' },
    {
      code: 'response',
      text: { zh: '求助、报警后的响应速度', en: 'Speed of response to calls for help' },
      type: 'satisfaction5',
    },
    {
      code: 'incident',
      text: {
        zh: '近三个月您是否遇到过失窃或可疑人员未被发现的情况？',
        en: 'In the last three months, did you experience a theft or notice a suspicious person the guards missed?',
      },
      type: 'yesno',
    },
    { code: 'suggestions', text: { zh: '意见和建议', en: 'Comments and suggestions' }, type: 'text' },
  ],
};
