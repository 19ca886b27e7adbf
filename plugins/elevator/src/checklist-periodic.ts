import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { annexItem } from './bases.ts';

/** Annex A table A-2: performed together with the half-monthly items (see the cadence). */
export const quarterly: ChecklistTemplate = {
  code: 'elevator.quarterly',
  name: { zh: '季度维护保养（附件A 表A-2）', en: 'Quarterly maintenance (Annex A, table A-2)' },
  description: {
    zh: '在半月维保项目基础上增加的季度项目。',
    en: 'The items the quarterly level adds to the half-monthly ones.',
  },
  inspectionKinds: ['self', 'spot'],
  assessmentLevel: 'daily',
  items: [
    annexItem(2, 2, {
      text: {
        zh: '制动衬清洁，磨损量不超过制造单位要求',
        en: 'Brake linings clean; wear within the manufacturer’s limit',
      },
      category: 'elevator.machine',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(2, 5, {
      text: {
        zh: '曳引轮槽、悬挂装置清洁，钢丝绳无严重油腻，张力均匀',
        en: 'Traction sheave grooves and suspension clean; ropes not heavily greased, tension even',
      },
      category: 'elevator.machine',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(2, 8, {
      text: {
        zh: '验证轿门关闭的电气安全装置工作正常',
        en: 'Electrical safety device proving the car door closed works',
      },
      category: 'elevator.door',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(2, 11, {
      text: {
        zh: '消防开关工作正常，功能有效',
        en: 'Firefighters’ switch works and the fire-recall function is effective',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
      allowNA: true,
    }),
    annexItem(2, 12, {
      text: {
        zh: '耗能缓冲器电气安全装置功能有效，油量适宜，柱塞无锈蚀',
        en: 'Energy-dissipating buffers: electrical safety device works, oil level right, plunger free of rust',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
      allowNA: true,
      guidance: {
        zh: '蓄能型（聚氨酯）缓冲器判不适用。',
        en: 'N/A for energy-accumulating (polyurethane) buffers.',
      },
    }),
    annexItem(2, 13, {
      text: {
        zh: '限速器张紧轮装置和电气安全装置工作正常',
        en: 'Governor tension pulley and its electrical safety device work',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
  ],
};

/** Annex A table A-3: performed together with the half-monthly and quarterly items. */
export const semiAnnual: ChecklistTemplate = {
  code: 'elevator.semi-annual',
  name: { zh: '半年维护保养（附件A 表A-3）', en: 'Semi-annual maintenance (Annex A, table A-3)' },
  description: {
    zh: '在季度维保项目基础上增加的半年项目。',
    en: 'The items the semi-annual level adds to the quarterly ones.',
  },
  inspectionKinds: ['self', 'spot'],
  assessmentLevel: 'daily',
  items: [
    annexItem(3, 8, {
      text: {
        zh: '悬挂装置、补偿绳磨损量、断丝数不超过要求',
        en: 'Suspension and compensation ropes: wear and broken wires within limits',
      },
      category: 'elevator.shaft',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(3, 9, {
      text: { zh: '绳头组合螺母无松动', en: 'Rope termination nuts tight' },
      category: 'elevator.shaft',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(3, 11, {
      text: {
        zh: '层门、轿门门扇各相关间隙符合标准值',
        en: 'Landing and car door panel clearances within the standard value',
      },
      category: 'elevator.door',
      severity: 'general',
      evidence: ['photo', 'measurement'],
      measurement: { unit: 'mm', max: 6 },
      guidance: {
        zh: '门扇之间及门扇与立柱、门楣、地坎之间的间隙：乘客电梯不大于6 mm，载货电梯不大于10 mm。',
        en: 'Gaps between panels and between a panel and the jamb, head or sill: at most 6 mm for passenger lifts, 10 mm for goods lifts.',
      },
    }),
    annexItem(3, 15, {
      text: { zh: '上、下极限开关工作正常', en: 'Upper and lower final limit switches work' },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
  ],
};
