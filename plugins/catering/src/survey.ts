import type { SurveyDef } from '@steward/plugin-sdk';

/** Default quarterly diner opinion survey (意见征求表, R8). */
export const survey: SurveyDef = {
  questions: [
    {
      code: 'overall',
      text: { zh: '您对食堂服务的总体评价', en: 'Overall, how satisfied are you with the canteen?' },
      type: 'satisfaction5',
    },
    { code: 'taste', text: { zh: '饭菜口味', en: 'Taste of the food' }, type: 'satisfaction5' },
    {
      code: 'variety',
      text: { zh: '菜品品种与营养搭配', en: 'Variety and nutritional balance' },
      type: 'satisfaction5',
    },
    {
      code: 'hygiene',
      text: { zh: '餐厅与餐具卫生', en: 'Cleanliness of the dining hall and tableware' },
      type: 'satisfaction5',
    },
    {
      code: 'service',
      text: { zh: '服务人员态度', en: 'Attitude of the serving staff' },
      type: 'satisfaction5',
    },
    { code: 'price', text: { zh: '饭菜价格', en: 'Prices' }, type: 'satisfaction5' },
    {
      code: 'hours',
      text: { zh: '开餐时间与排队等候', en: 'Serving hours and queuing' },
      type: 'satisfaction5',
    },
    {
      code: 'safety-concern',
      text: {
        zh: '近三个月您是否发现过食品安全问题（异物、变质等）？',
        en: 'In the last three months, did you notice any food safety problem (foreign matter, spoiled food)?',
      },
      type: 'yesno',
    },
    { code: 'suggestions', text: { zh: '意见和建议', en: 'Comments and suggestions' }, type: 'text' },
  ],
};
