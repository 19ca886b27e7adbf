import type { SurveyDef } from '@steward/plugin-sdk';

/** The quarterly opinion survey (意见征求表, R8) answered by people who work in the building. */
export const survey: SurveyDef = {
  questions: [
    {
      code: 'cc.q.meeting-preparation',
      text: { zh: '会前准备（会场布置、设备调试）', en: 'Meeting preparation (room layout, equipment)' },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.meeting-service',
      text: {
        zh: '会中服务（签到、茶水、设备保障）',
        en: 'Service during meetings (sign-in, water, equipment)',
      },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.public-areas',
      text: {
        zh: '大厅、走廊、楼梯、电梯等公共区域清洁',
        en: 'Cleanliness of lobbies, corridors, stairs and lifts',
      },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.toilets',
      text: { zh: '卫生间清洁及耗材供应', en: 'Toilet cleanliness and supplies' },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.repairs',
      text: { zh: '报修响应和维修质量', en: 'Repair response and quality' },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.staff-conduct',
      text: { zh: '服务人员仪容仪表与服务态度', en: 'Service staff’s appearance and attitude' },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.overall',
      text: { zh: '对会务与保洁服务的总体评价', en: 'Overall, conference service and cleaning' },
      type: 'satisfaction5',
    },
    {
      code: 'cc.q.suggestions',
      text: { zh: '意见和建议', en: 'Comments and suggestions' },
      type: 'text',
    },
  ],
};
