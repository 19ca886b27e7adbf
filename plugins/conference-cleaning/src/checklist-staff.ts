import type { ChecklistItem } from '@steward/plugin-sdk';
import { GENERAL_1, GENERAL_2, MAJOR_5, SEED_PRACTICE, WORK_SAFETY_30 } from './bases.ts';

/** Staffing, conduct (R4), training (R3) and the vendor's own checks (R6), at the monthly joint inspection. */
export const staffItems: readonly ChecklistItem[] = [
  {
    code: 'cc.stf.headcount',
    text: {
      zh: '会务、保洁在岗人数及岗位设置符合合同约定，考勤记录真实',
      en: 'Conference and cleaning headcount and posts as contracted; attendance records genuine',
    },
    category: 'cc.staff',
    standard: 'cc.std.staff.conduct',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['document'],
    allowNA: false,
    guidance: {
      zh: '对照排班表现场点名。',
      en: 'Take a roll call on site against the roster.',
    },
    basis: SEED_PRACTICE('合同约定的岗位与人数'),
  },
  {
    code: 'cc.stf.dress-etiquette',
    text: {
      zh: '统一着装、佩戴工牌，仪容整洁，使用文明服务用语，主动礼让',
      en: 'Uniform and name badge worn, neat appearance, courteous standard phrases, giving way to staff and visitors',
    },
    category: 'cc.staff',
    standard: 'cc.std.staff.conduct',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['photo'],
    allowNA: false,
    basis: SEED_PRACTICE('R4 素质关：着装、礼仪、服务用语'),
  },
  {
    code: 'cc.stf.training',
    text: {
      zh: '新员工岗前培训及在岗人员定期培训（服务规范、保密、安全）有记录',
      en: 'Induction training for new staff and regular training (service rules, confidentiality, safety) recorded',
    },
    category: 'cc.staff',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['document'],
    allowNA: false,
    basis: SEED_PRACTICE('R3 技能关：培训记录'),
  },
  {
    code: 'cc.stf.work-at-height',
    text: {
      zh: '外墙清洗等高处作业人员持特种作业操作证，系安全带，设置警戒区',
      en: 'Work at height (e.g. façade cleaning): operators hold the special-operations certificate, wear harnesses, and the area below is cordoned off',
    },
    category: 'cc.staff',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['photo', 'document'],
    allowNA: true,
    guidance: {
      zh: '本期无高处作业选“不适用”。',
      en: 'Choose N/A if no work at height took place.',
    },
    basis: WORK_SAFETY_30,
  },
  {
    code: 'cc.stf.self-inspection',
    text: {
      zh: '承包单位自查记录完整，发现问题已整改闭环',
      en: 'The vendor’s self-inspection records are complete and the problems it found are closed',
    },
    category: 'cc.staff',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['document'],
    allowNA: false,
    basis: SEED_PRACTICE('R6 承包单位自管'),
  },
];
