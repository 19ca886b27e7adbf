import type { CategoryDef } from '@steward/plugin-sdk';

export const categories: readonly CategoryDef[] = [
  { code: 'SEC-QUAL', name: { zh: '资质与人员管理', en: 'Licences and guard management' } },
  { code: 'SEC-CON', name: { zh: '着装纪律与职业操守', en: 'Uniform, discipline and conduct' } },
  { code: 'SEC-POST', name: { zh: '门岗与大堂', en: 'Gate and lobby posts' } },
  { code: 'SEC-PAT', name: { zh: '巡逻守护', en: 'Patrols' } },
  { code: 'SEC-CTRL', name: { zh: '监控中心', en: 'Control room and CCTV' } },
  { code: 'SEC-PARK', name: { zh: '车辆与停车秩序', en: 'Vehicles and parking order' } },
  { code: 'SEC-DUTY', name: { zh: '值班交接与内务', en: 'Shift handover and post duties' } },
  { code: 'SEC-EMG', name: { zh: '应急处置', en: 'Incident and emergency response' } },
];
