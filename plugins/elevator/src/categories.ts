import type { CategoryDef } from '@steward/plugin-sdk';

export const categories: readonly CategoryDef[] = [
  {
    code: 'elevator.maintenance',
    name: { zh: '维保作业', en: 'Maintenance work' },
    description: {
      zh: '维保间隔、维保项目与维保质量。',
      en: 'Maintenance interval, the items performed and their quality.',
    },
  },
  { code: 'elevator.machine', name: { zh: '机房与驱动主机', en: 'Machine room and drive machine' } },
  { code: 'elevator.car', name: { zh: '轿厢与轿顶', en: 'Car and car top' } },
  { code: 'elevator.door', name: { zh: '层门与轿门', en: 'Landing and car doors' } },
  { code: 'elevator.shaft', name: { zh: '井道与底坑', en: 'Hoistway and pit' } },
  {
    code: 'elevator.safety',
    name: { zh: '安全保护装置', en: 'Safety devices' },
    description: {
      zh: '限速器、安全钳、缓冲器、极限开关、上行超速与轿厢意外移动保护等。',
      en: 'Overspeed governor, safety gear, buffers, final limit switches, ascending-overspeed and unintended-movement protection.',
    },
  },
  {
    code: 'elevator.emergency',
    name: { zh: '应急救援', en: 'Emergency rescue' },
    description: {
      zh: '24小时值班电话、困人救援、应急演练。',
      en: '24-hour duty phone, rescue of trapped passengers, emergency drills.',
    },
  },
  {
    code: 'elevator.compliance',
    name: { zh: '检验与证照', en: 'Inspections and certificates' },
    description: {
      zh: '定期检验、自行检测、检验合格标志、作业人员证书。',
      en: 'Periodic inspection, self-testing, the inspection certificate, technicians’ certificates.',
    },
  },
  { code: 'elevator.records', name: { zh: '记录与档案', en: 'Records and files' } },
];
