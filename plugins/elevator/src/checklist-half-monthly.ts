import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { annexItem, GENERAL_1 } from './bases.ts';

/** TSG T5002 Annex A table A-1: the half-monthly level, the base of every later level. */
export const halfMonthly: ChecklistTemplate = {
  code: 'elevator.half-monthly',
  name: { zh: '半月维护保养（附件A 表A-1）', en: 'Half-monthly maintenance (Annex A, table A-1)' },
  description: {
    zh: '曳引与强制驱动电梯半月维保的主要项目；附件A序号依副本整理，启用前宜与正式文本核对。电梯不含某部件时可判“不适用”。',
    en: 'The main half-monthly items for traction and positive-drive lifts. Numbering follows a copy of Annex A; check it against the official text. Mark an item N/A where the lift has no such component.',
  },
  inspectionKinds: ['self', 'spot', 'patrol'],
  assessmentLevel: 'daily',
  items: [
    annexItem(1, 1, {
      text: {
        zh: '机房、滑轮间环境清洁，门窗完好，照明正常',
        en: 'Machine and pulley rooms clean, doors and windows intact, lighting works',
      },
      category: 'elevator.machine',
      severity: 'general',
      deduction: GENERAL_1,
      evidence: ['photo'],
      allowNA: true,
      guidance: { zh: '无机房电梯判不适用。', en: 'N/A for machine-room-less lifts.' },
    }),
    annexItem(1, 2, {
      text: {
        zh: '手动紧急操作装置（盘车手轮、松闸扳手）齐全，在指定位置',
        en: 'Manual emergency operation tools (hand-winding wheel, brake-release lever) complete and in place',
      },
      category: 'elevator.machine',
      severity: 'general',
      evidence: ['photo'],
      allowNA: true,
    }),
    annexItem(1, 3, {
      text: {
        zh: '驱动主机运行时无异常振动和异常声响',
        en: 'Drive machine runs without abnormal vibration or noise',
      },
      category: 'elevator.machine',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(1, 5, {
      text: {
        zh: '制动器打开时制动衬与制动轮不发生摩擦，间隙值符合制造单位要求',
        en: 'Brake linings clear the drum when the brake is lifted; gap per the manufacturer',
      },
      category: 'elevator.machine',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 8, {
      text: {
        zh: '限速器各销轴部位润滑，转动灵活；电气开关正常',
        en: 'Overspeed governor pivots lubricated and free; its electrical switch works',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 10, {
      text: { zh: '紧急电动运行工作正常', en: 'Emergency electrical operation works' },
      category: 'elevator.machine',
      severity: 'general',
      evidence: ['photo'],
      allowNA: true,
    }),
    annexItem(1, 11, {
      text: { zh: '轿顶清洁，防护栏安全可靠', en: 'Car top clean; balustrade secure' },
      category: 'elevator.car',
      severity: 'general',
      deduction: GENERAL_1,
      evidence: ['photo'],
    }),
    annexItem(1, 12, {
      text: { zh: '轿顶检修开关、停止装置工作正常', en: 'Car-top inspection switch and stop switch work' },
      category: 'elevator.car',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 16, {
      text: { zh: '轿厢照明、风扇、应急照明工作正常', en: 'Car lighting, fan and emergency lighting work' },
      category: 'elevator.car',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(1, 18, {
      text: { zh: '轿内报警装置、对讲系统工作正常', en: 'Car alarm device and intercom work' },
      category: 'elevator.car',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
      guidance: {
        zh: '按下报警按钮，确认值班室或维保值班电话能双向通话。',
        en: 'Press the alarm button and confirm two-way speech with the duty room or the maintainer’s duty phone.',
      },
    }),
    annexItem(1, 20, {
      text: {
        zh: '轿门防撞击保护装置（安全触板、光幕、光电等）功能有效',
        en: 'Car-door reopening device (safety edge, light curtain, photocell) works',
      },
      category: 'elevator.door',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 22, {
      text: { zh: '轿门开启和关闭工作正常', en: 'Car door opens and closes normally' },
      category: 'elevator.door',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(1, 23, {
      text: { zh: '轿厢平层准确度符合标准值', en: 'Car levelling accuracy within the standard value' },
      category: 'elevator.car',
      standard: 'elevator.car.levelling',
      severity: 'general',
      evidence: ['photo', 'measurement'],
      measurement: { unit: 'mm', min: -10, max: 10 },
      guidance: {
        zh: '测量轿厢地坎与层门地坎的高差，高于层站记正值；默认±10 mm，可按制造单位要求调整。',
        en: 'Measure the step between car sill and landing sill, car above landing positive; default ±10 mm, adjust to the manufacturer’s value.',
      },
    }),
    annexItem(1, 24, {
      text: {
        zh: '层站召唤、层楼显示齐全有效',
        en: 'Landing call buttons and floor indicators complete and working',
      },
      category: 'elevator.door',
      severity: 'general',
      deduction: GENERAL_1,
      evidence: ['photo'],
    }),
    annexItem(1, 26, {
      text: { zh: '层门自动关门装置正常', en: 'Landing-door self-closing device works' },
      category: 'elevator.door',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 27, {
      text: {
        zh: '用层门钥匙打开手动开锁装置释放后，层门门锁能自动复位',
        en: 'Landing-door lock relocks by itself after release with the emergency unlocking key',
      },
      category: 'elevator.door',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 28, {
      text: {
        zh: '层门门锁电气触点清洁，接触良好，接线可靠',
        en: 'Landing-door lock contacts clean, making good contact, wiring secure',
      },
      category: 'elevator.door',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
    annexItem(1, 29, {
      text: {
        zh: '层门锁紧元件啮合长度不小于7 mm',
        en: 'Landing-door locking elements engage by at least 7 mm',
      },
      category: 'elevator.door',
      standard: 'elevator.door.lock-engagement',
      severity: 'major',
      evidence: ['photo', 'measurement'],
      measurement: { unit: 'mm', min: 7 },
      guidance: {
        zh: '逐层测量，记录最小值并拍摄量具读数。',
        en: 'Measure on every floor; record the smallest value and photograph the gauge.',
      },
    }),
    annexItem(1, 30, {
      text: {
        zh: '底坑清洁，无渗水、积水，照明正常',
        en: 'Pit clean, no seepage or standing water, lighting works',
      },
      category: 'elevator.shaft',
      severity: 'general',
      evidence: ['photo'],
    }),
    annexItem(1, 31, {
      text: { zh: '底坑停止装置工作正常', en: 'Pit stop switch works' },
      category: 'elevator.shaft',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
    }),
  ],
};
