import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { annexItem } from './bases.ts';

/** Annex A table A-4: performed together with all lower levels; its tests need photos and reports. */
export const annual: ChecklistTemplate = {
  code: 'elevator.annual',
  name: { zh: '年度维护保养（附件A 表A-4）', en: 'Annual maintenance (Annex A, table A-4)' },
  description: {
    zh: '在半年维保项目基础上增加的年度项目，含制动、绝缘、限速器—安全钳等试验。',
    en: 'The items the annual level adds to the semi-annual ones, including the braking, insulation and governor–safety-gear tests.',
  },
  inspectionKinds: ['self', 'spot'],
  assessmentLevel: 'daily',
  items: [
    annexItem(4, 4, {
      text: {
        zh: '制动器制动能力符合制造单位要求，必要时进行轿厢装载125%额定载重量的制动试验',
        en: 'Brake holds as the manufacturer requires; a braking test with 125 % of rated load in the car where needed',
      },
      category: 'elevator.machine',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo', 'document'],
    }),
    annexItem(4, 5, {
      text: {
        zh: '导电回路绝缘性能测试符合标准',
        en: 'Insulation resistance of the circuits meets the standard',
      },
      category: 'elevator.machine',
      severity: 'major',
      evidence: ['photo', 'measurement'],
      measurement: { unit: 'MΩ', min: 0.5 },
      guidance: {
        zh: '按GB 7588：额定电压≤500 V的回路不小于0.5 MΩ，>500 V不小于1.0 MΩ，安全特低电压回路不小于0.25 MΩ；记录最小值。',
        en: 'Per GB 7588: at least 0.5 MΩ for circuits up to 500 V, 1.0 MΩ above 500 V, 0.25 MΩ for SELV; record the lowest value.',
      },
    }),
    annexItem(4, 6, {
      text: {
        zh: '限速器—安全钳联动试验工作正常',
        en: 'Governor and safety gear trip together correctly in the linked test',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo', 'document'],
      guidance: {
        zh: '限速器使用年限不超过15年的每2年校验一次动作速度，超过15年的每年校验一次；核对校验报告。',
        en: 'Check the governor’s tripping speed every 2 years while it is 15 years old or less, every year after; see the calibration report.',
      },
    }),
    annexItem(4, 7, {
      text: {
        zh: '上行超速保护装置动作试验工作正常',
        en: 'Ascending-car overspeed protection operates in its test',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
      allowNA: true,
    }),
    annexItem(4, 8, {
      text: {
        zh: '轿厢意外移动保护装置动作试验工作正常',
        en: 'Unintended car movement protection operates in its test',
      },
      category: 'elevator.safety',
      standard: 'elevator.safety.devices',
      severity: 'major',
      evidence: ['photo'],
      allowNA: true,
      guidance: {
        zh: '未配置该装置的旧梯判不适用。',
        en: 'N/A for older lifts built without the device.',
      },
    }),
    annexItem(4, 14, {
      text: { zh: '轿厢称重装置准确有效', en: 'Car load-weighing device accurate and effective' },
      category: 'elevator.car',
      severity: 'general',
      evidence: ['photo'],
      allowNA: true,
    }),
    annexItem(4, 17, {
      text: { zh: '缓冲器固定，无松动', en: 'Buffers firmly fixed' },
      category: 'elevator.shaft',
      severity: 'general',
      evidence: ['photo'],
    }),
  ],
};
