import type { CategoryDef } from '@steward/plugin-sdk';

export const categories: readonly CategoryDef[] = [
  {
    code: 'cc.meeting',
    name: { zh: '会务服务', en: 'Conference service' },
    description: {
      zh: '会前准备、会中服务、会后恢复及会议保密。',
      en: 'Preparation before, service during and restoration after meetings, and meeting confidentiality.',
    },
  },
  {
    code: 'cc.cleaning',
    name: { zh: '保洁服务', en: 'Cleaning' },
    description: {
      zh: '公共区域、卫生间、办公及会议用房的日常保洁，垃圾分类与耗材补给。',
      en: 'Daily cleaning of public areas, toilets, offices and meeting rooms; waste sorting and consumables.',
    },
  },
  {
    code: 'cc.facilities',
    name: { zh: '公共部位巡查与报修', en: 'Shared parts inspection and repairs' },
    description: {
      zh: '按川机管发〔2015〕53号的周期巡查房屋共用部位，及时处理报修与急修。',
      en: 'Inspecting the building’s shared parts on the Sichuan 2015 cycles; handling repair and emergency calls.',
    },
  },
  {
    code: 'cc.staff',
    name: { zh: '人员与服务管理', en: 'Staff and service management' },
    description: {
      zh: '人员配置、着装礼仪、培训、作业安全与服务记录。',
      en: 'Staffing, dress and etiquette, training, work safety and service records.',
    },
  },
  {
    code: 'cc.evaluation',
    name: { zh: '考核与满意度', en: 'Assessment and satisfaction' },
    description: {
      zh: '日常巡查、月度考核与季度满意度测评。',
      en: 'Daily patrols, the monthly assessment and the quarterly satisfaction survey.',
    },
  },
];
