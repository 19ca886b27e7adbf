import type { ChecklistItem } from '@steward/plugin-sdk';
import { foodSafetyLaw, GENERAL, GENERAL_2, MAJOR, operatingCode } from './bases.ts';

const DISINFECTION = operatingCode('推荐的餐用具清洗消毒方法');

const ONE_METHOD = {
  zh: '食堂通常只采用其中一种或几种消毒方式，未采用的方式判为"不适用"。',
  en: 'A canteen usually uses only some of these methods; mark the methods it does not use as N/A.',
} as const;

/** Tableware disinfection (measured) and food sample retention: checked on patrol and by spot check. */
export const disinfectionItems: readonly ChecklistItem[] = [
  {
    code: 'CAT-DIS-01',
    category: 'CAT-DIS',
    standard: 'CAT-SS-DIS-01',
    text: {
      zh: '煮沸、蒸汽消毒：温度保持100℃，作用时间10分钟以上',
      en: 'Boiling or steam disinfection: 100 °C held for at least 10 minutes',
    },
    severity: 'major',
    deduction: MAJOR,
    evidence: ['measurement', 'document'],
    measurement: { unit: 'min', min: 10 },
    allowNA: true,
    guidance: ONE_METHOD,
    basis: DISINFECTION,
  },
  {
    code: 'CAT-DIS-02',
    category: 'CAT-DIS',
    standard: 'CAT-SS-DIS-01',
    text: {
      zh: '红外线消毒柜：温度120℃以上，作用时间10分钟以上',
      en: 'Infrared disinfection cabinet: at least 120 °C for at least 10 minutes',
    },
    severity: 'major',
    deduction: MAJOR,
    evidence: ['measurement', 'document'],
    measurement: { unit: '°C', min: 120 },
    allowNA: true,
    guidance: ONE_METHOD,
    basis: DISINFECTION,
  },
  {
    code: 'CAT-DIS-03',
    category: 'CAT-DIS',
    standard: 'CAT-SS-DIS-01',
    text: {
      zh: '洗碗机消毒：冲洗消毒温度85℃，冲洗消毒40秒以上',
      en: 'Dishwasher: sanitising rinse at 85 °C for at least 40 seconds',
    },
    severity: 'major',
    deduction: MAJOR,
    evidence: ['measurement'],
    measurement: { unit: '°C', min: 85 },
    allowNA: true,
    guidance: ONE_METHOD,
    basis: DISINFECTION,
  },
  {
    code: 'CAT-DIS-04',
    category: 'CAT-DIS',
    standard: 'CAT-SS-DIS-01',
    text: {
      zh: '化学消毒：含氯消毒剂有效氯浓度250mg/L，全部浸泡5分钟以上，消毒后用清水冲净',
      en: 'Chemical disinfection: chlorine solution at 250 mg/L available chlorine, items fully immersed at least 5 minutes, then rinsed with clean water',
    },
    severity: 'major',
    deduction: MAJOR,
    evidence: ['measurement'],
    measurement: { unit: 'mg/L', min: 250 },
    allowNA: true,
    guidance: {
      zh: '用余氯试纸测定消毒液浓度。未采用化学消毒的判为"不适用"。',
      en: 'Test the solution with chlorine test strips. Mark N/A if chemical disinfection is not used.',
    },
    basis: DISINFECTION,
  },
  {
    code: 'CAT-DIS-05',
    category: 'CAT-DIS',
    text: {
      zh: '消毒后的餐用具存放在专用密闭保洁柜内，标识明显；不使用未经清洗消毒的餐饮具',
      en: 'Disinfected tableware kept in a closed, marked clean cabinet; no tableware is used without cleaning and disinfection',
    },
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['photo'],
    allowNA: false,
    basis: foodSafetyLaw('第五十六条第二款'),
  },
];

export const sampleItems: readonly ChecklistItem[] = [
  {
    code: 'CAT-SAMPLE-01',
    category: 'CAT-SAMPLE',
    standard: 'CAT-SS-SAMPLE-01',
    text: {
      zh: '每餐次的每个品种成品均留样，每个品种留样量不少于125克，用清洁消毒的专用密闭容器盛放',
      en: 'Every dish of every meal is sampled, at least 125 g per dish, in a clean, disinfected, closed container',
    },
    severity: 'major',
    deduction: MAJOR,
    evidence: ['photo', 'measurement'],
    measurement: { unit: 'g', min: 125 },
    allowNA: false,
    guidance: {
      zh: '抽取一份留样称重（扣除容器重量），记录最小值；核对当餐菜单确认无漏留。',
      en: 'Weigh one sample net of its container and record the lowest; check against the meal’s menu that no dish was missed.',
    },
    basis: operatingCode('食品留样'),
  },
  {
    code: 'CAT-SAMPLE-02',
    category: 'CAT-SAMPLE',
    standard: 'CAT-SS-SAMPLE-02',
    text: {
      zh: '留样食品在专用冷藏设备中存放48小时以上，冷藏设备不存放其他物品',
      en: 'Samples kept in a dedicated refrigerator for at least 48 hours; nothing else is stored in it',
    },
    severity: 'major',
    deduction: MAJOR,
    evidence: ['photo', 'measurement'],
    measurement: { unit: 'h', min: 48 },
    allowNA: false,
    guidance: {
      zh: '核对留样标签时间，记录最早一份仍在保存的留样已存放的小时数（应覆盖48小时）。',
      en: 'Read the sample labels and record how many hours the oldest kept sample has been stored (should reach 48 h).',
    },
    basis: operatingCode('食品留样'),
  },
  {
    code: 'CAT-SAMPLE-03',
    category: 'CAT-SAMPLE',
    text: {
      zh: '留样标签和留样记录完整：餐次、品名、留样量、留样时间、留样人，记录由专人签字',
      en: 'Sample labels and the sample log are complete: meal, dish, quantity, time and person, signed by the person in charge',
    },
    severity: 'general',
    deduction: GENERAL,
    evidence: ['document', 'photo'],
    allowNA: false,
    basis: operatingCode('食品留样'),
  },
];
