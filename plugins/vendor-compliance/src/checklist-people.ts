import type { ChecklistItem } from '@steward/plugin-sdk';
import {
  FOOD_SAFETY_LAW_45,
  GENERAL_1,
  GENERAL_2,
  MAJOR_5,
  practice,
  R13_PRACTICE,
  WORK_SAFETY_LAW,
} from './bases.ts';

/** Qualifications and training (R3), checked from files and on site. */
export const qualificationItems: readonly ChecklistItem[] = [
  {
    code: 'vc.qua.job-certificates',
    text: {
      zh: '法定持证岗位人员100 %持有效证件上岗（如保安员证、消防设施操作员、特种设备作业人员证、电工等特种作业操作证）',
      en: '100 % of staff in posts that legally need a certificate hold a valid one (security guard, fire-systems operator, special-equipment operator, electrician and other special operations)',
    },
    category: 'vc.qualification',
    standard: 'vc.std.certified-staff',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['document'],
    allowNA: false,
    basis: WORK_SAFETY_LAW('第三十条'),
  },
  {
    code: 'vc.qua.certificates-valid',
    text: {
      zh: '上岗证在有效期内，人证一致，复印件存档备查',
      en: 'Job certificates in date, held by the person named, copies on file',
    },
    category: 'vc.qualification',
    standard: 'vc.std.certified-staff',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['document', 'photo'],
    allowNA: false,
    basis: practice('R3 技能关：持证上岗'),
  },
  {
    code: 'vc.qua.health-certificates',
    text: {
      zh: '接触直接入口食品的从业人员100 %持有效健康证明（每年体检）',
      en: '100 % of staff handling ready-to-eat food hold a valid health certificate (yearly check-up)',
    },
    category: 'vc.qualification',
    standard: 'vc.std.health-certificates',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['document'],
    allowNA: true,
    guidance: {
      zh: '企业无食品从业人员时选“不适用”。',
      en: 'Choose N/A if the vendor has no food handlers.',
    },
    basis: FOOD_SAFETY_LAW_45,
  },
  {
    code: 'vc.qua.induction-training',
    text: {
      zh: '新员工经岗前培训（安全、保密、服务规范）考核合格后上岗',
      en: 'New staff start work only after passing induction training (safety, confidentiality, service rules)',
    },
    category: 'vc.qualification',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['document'],
    allowNA: false,
    basis: WORK_SAFETY_LAW('第二十八条'),
  },
  {
    code: 'vc.qua.training-records',
    text: {
      zh: '有年度培训计划，培训签到、课件和考核记录完整',
      en: 'A yearly training plan exists, with attendance sheets, materials and test results',
    },
    category: 'vc.qualification',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['document'],
    allowNA: false,
    basis: practice('R3 技能关：培训记录'),
  },
];

/** Dress, service language and etiquette (R4), observed on site. */
export const conductItems: readonly ChecklistItem[] = [
  {
    code: 'vc.con.uniform',
    text: {
      zh: '按岗位统一着装，佩戴工牌，服装整洁',
      en: 'Uniform of the post worn, with a name badge, clean and neat',
    },
    category: 'vc.conduct',
    standard: 'vc.std.conduct',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['photo'],
    allowNA: false,
    basis: R13_PRACTICE,
  },
  {
    code: 'vc.con.appearance',
    text: {
      zh: '仪容仪表整洁，精神饱满，站姿、坐姿规范',
      en: 'Neat appearance, alert, standing and sitting properly',
    },
    category: 'vc.conduct',
    standard: 'vc.std.conduct',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['photo'],
    allowNA: false,
    basis: R13_PRACTICE,
  },
  {
    code: 'vc.con.service-language',
    text: {
      zh: '使用普通话和规范服务用语，主动问候，礼貌待人，无顶撞、推诿',
      en: 'Standard Mandarin and courteous set phrases; greets people first; never rude or evasive',
    },
    category: 'vc.conduct',
    standard: 'vc.std.conduct',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: [],
    allowNA: false,
    basis: R13_PRACTICE,
  },
  {
    code: 'vc.con.discipline',
    text: {
      zh: '在岗无吸烟、睡岗、脱岗、聚集闲聊或长时间使用手机',
      en: 'On duty nobody smokes, sleeps, leaves the post, gathers to chat or spends long on a phone',
    },
    category: 'vc.conduct',
    standard: 'vc.std.conduct',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['photo'],
    allowNA: false,
    basis: R13_PRACTICE,
  },
];
