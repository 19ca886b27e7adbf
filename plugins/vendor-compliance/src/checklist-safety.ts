import type { ChecklistItem } from '@steward/plugin-sdk';
import { GENERAL_1, GENERAL_2, MAJOR_5, practice, WORK_SAFETY_LAW } from './bases.ts';

/** Site safety and hygiene (R13), checked on site and from records. */
export const safetyItems: readonly ChecklistItem[] = [
  {
    code: 'vc.saf.safety-agreement',
    text: {
      zh: '与业主单位签订安全生产管理协议（或在服务合同中约定安全职责），明确企业安全负责人',
      en: 'A work-safety agreement signed with the agency (or safety duties set in the service contract), naming the vendor’s safety officer',
    },
    category: 'vc.safety',
    standard: 'vc.std.safety',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['document'],
    allowNA: false,
    basis: WORK_SAFETY_LAW('第四十九条'),
  },
  {
    code: 'vc.saf.ppe',
    text: {
      zh: '按岗位配发符合标准的劳动防护用品（防滑鞋、手套、护目镜、安全带等），员工正确佩戴使用',
      en: 'Protective equipment to standard issued for each post (non-slip shoes, gloves, goggles, harnesses…) and worn correctly',
    },
    category: 'vc.safety',
    standard: 'vc.std.safety',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['photo'],
    allowNA: false,
    basis: WORK_SAFETY_LAW('第四十五条'),
  },
  {
    code: 'vc.saf.staff-rooms',
    text: {
      zh: '值班室、工具间、员工休息场所出口畅通，不存放危险物品，无私拉电线、违规电器或电动自行车电池充电',
      en: 'Duty rooms, tool stores and staff rest rooms: exits clear, no hazardous goods, no makeshift wiring, banned appliances or e-bike battery charging',
    },
    category: 'vc.safety',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['photo'],
    allowNA: false,
    basis: WORK_SAFETY_LAW('第四十二条'),
  },
  {
    code: 'vc.saf.chemicals',
    text: {
      zh: '清洁剂、消毒剂、农药、油料等化学品专人专柜管理，有安全技术说明书和领用台账',
      en: 'Detergents, disinfectants, pesticides, fuels and other chemicals kept locked by a named keeper, with safety data sheets and an issue log',
    },
    category: 'vc.safety',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['photo', 'document'],
    allowNA: true,
    basis: practice('危险化学品与清洁化学品管理'),
  },
  {
    code: 'vc.saf.hazard-self-check',
    text: {
      zh: '定期开展安全隐患自查，隐患登记并整改闭环',
      en: 'Regular safety self-checks; hazards logged and closed',
    },
    category: 'vc.safety',
    standard: 'vc.std.safety',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['document'],
    allowNA: false,
    basis: practice('安全隐患排查治理'),
  },
  {
    code: 'vc.saf.accidents',
    text: {
      zh: '工伤及安全事故及时报告业主单位，按规定申请工伤认定并妥善处理，有记录',
      en: 'Work injuries and accidents reported to the agency promptly, work-injury claims filed as required and handled, with records',
    },
    category: 'vc.safety',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['document'],
    allowNA: true,
    basis: practice('工伤保险条例：工伤认定申请', {
      zh: '用人单位应在事故发生后30日内申请工伤认定；条文未在本项目来源中逐字核对。',
      en: 'The employer applies for work-injury recognition within 30 days; not checked word for word against the source here.',
    }),
  },
  {
    code: 'vc.saf.staff-hygiene',
    text: {
      zh: '员工更衣、休息场所卫生整洁，生活垃圾及时清运',
      en: 'Staff changing and rest rooms clean and tidy; rubbish removed promptly',
    },
    category: 'vc.safety',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['photo'],
    allowNA: false,
    basis: practice('R13 块检：现场安全卫生'),
  },
];
