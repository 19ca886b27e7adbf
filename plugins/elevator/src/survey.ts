import type { SurveyDef } from '@steward/plugin-sdk';

/** Default questions for the quarterly opinion survey (R8); the tenant can edit them. */
export const survey: SurveyDef = {
  questions: [
    {
      code: 'elevator.q.ride',
      text: { zh: '电梯运行平稳、舒适，平层准确', en: 'Lifts run smoothly and stop level with the floor' },
      type: 'satisfaction5',
    },
    {
      code: 'elevator.q.availability',
      text: {
        zh: '电梯故障少，停梯维修时间短',
        en: 'Lifts rarely break down and are back in service quickly',
      },
      type: 'satisfaction5',
    },
    {
      code: 'elevator.q.car',
      text: {
        zh: '轿厢清洁，照明、通风、显示良好',
        en: 'Cars are clean, with good lighting, ventilation and displays',
      },
      type: 'satisfaction5',
    },
    {
      code: 'elevator.q.response',
      text: { zh: '报修和困人救援响应及时', en: 'Fault reports and rescues are answered promptly' },
      type: 'satisfaction5',
    },
    {
      code: 'elevator.q.staff',
      text: { zh: '维保人员作业规范、态度良好', en: 'Technicians work properly and are courteous' },
      type: 'satisfaction5',
    },
    {
      code: 'elevator.q.overall',
      text: { zh: '对电梯维保服务的总体评价', en: 'Overall satisfaction with lift maintenance' },
      type: 'satisfaction5',
    },
    {
      code: 'elevator.q.trapped',
      text: { zh: '本季度您是否遇到过电梯困人', en: 'Were you trapped in a lift this quarter?' },
      type: 'yesno',
    },
    {
      code: 'elevator.q.comments',
      text: { zh: '意见和建议', en: 'Comments and suggestions' },
      type: 'text',
    },
  ],
};
