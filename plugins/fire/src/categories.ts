import type { CategoryDef } from '@steward/plugin-sdk';

export const categories: readonly CategoryDef[] = [
  {
    code: 'fire.control-room',
    name: { zh: '消防控制室', en: 'Fire control room' },
    description: { zh: '值班、记录与应急处置。', en: 'Duty, logs and emergency handling.' },
  },
  { code: 'fire.alarm', name: { zh: '火灾自动报警与联动控制', en: 'Fire alarm and linkage control' } },
  { code: 'fire.water', name: { zh: '消防给水与自动喷水灭火', en: 'Fire water supply and sprinklers' } },
  { code: 'fire.extinguisher', name: { zh: '灭火器', en: 'Fire extinguishers' } },
  {
    code: 'fire.evacuation',
    name: { zh: '安全疏散与应急照明', en: 'Evacuation and emergency lighting' },
    description: {
      zh: '疏散通道、安全出口、消防车通道、应急照明和疏散指示标志。',
      en: 'Escape routes, exits, fire-engine access, emergency lighting and exit signs.',
    },
  },
  { code: 'fire.separation', name: { zh: '防火分隔', en: 'Fire separation' } },
  { code: 'fire.smoke', name: { zh: '防烟排烟', en: 'Smoke control' } },
  {
    code: 'fire.management',
    name: { zh: '消防安全管理', en: 'Fire safety management' },
    description: {
      zh: '巡查检查、检测维保、档案、培训演练与隐患整改。',
      en: 'Patrols and checks, testing and maintenance, files, training, drills and defect close-out.',
    },
  },
];
