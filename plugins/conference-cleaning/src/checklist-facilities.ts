import type { ChecklistItem } from '@steward/plugin-sdk';
import { GENERAL_1, GENERAL_2, MAJOR_5, SICHUAN_2015 } from './bases.ts';

/** Shared doors, windows and stairs: every half month (川机管发〔2015〕53号). */
export const semimonthlyItems: readonly ChecklistItem[] = [
  {
    code: 'cc.fac.doors-windows',
    text: {
      zh: '共用门窗启闭灵活，五金、闭门器齐全，玻璃无破损',
      en: 'Shared doors and windows open and close freely; hardware and door closers complete; no broken glass',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.doors-windows-stairs',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['photo'],
    allowNA: false,
    basis: SICHUAN_2015('共用部位巡查：门窗每半月一次'),
  },
  {
    code: 'cc.fac.stairs-handrails',
    text: {
      zh: '楼梯踏步、扶手、栏杆牢固完好，防滑条无脱落',
      en: 'Stair treads, handrails and balustrades sound and firm; anti-slip strips in place',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.doors-windows-stairs',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['photo'],
    allowNA: false,
    basis: SICHUAN_2015('共用部位巡查：楼梯每半月一次'),
  },
];

/** Floors, walls and ceilings: every 2 months. */
export const bimonthlyItems: readonly ChecklistItem[] = [
  {
    code: 'cc.fac.floors-walls-ceilings',
    text: {
      zh: '楼地面、墙面、顶棚无开裂、空鼓、渗漏、饰面脱落',
      en: 'Floors, walls and ceilings without cracks, hollow spots, leaks or loose finishes',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.floors-walls-ceilings',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['photo'],
    allowNA: false,
    basis: SICHUAN_2015('共用部位巡查：楼地面、墙面、顶棚每两个月一次'),
  },
];

/** Structure and façade: quarterly; a falling façade element is a safety red line. */
export const quarterlyItems: readonly ChecklistItem[] = [
  {
    code: 'cc.fac.structure',
    text: {
      zh: '房屋主体结构无明显裂缝、变形、沉降',
      en: 'The building’s structure shows no visible cracks, deformation or settlement',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.structure-facade',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['photo', 'document'],
    allowNA: false,
    basis: SICHUAN_2015('房屋结构每季度检查一次'),
  },
  {
    code: 'cc.fac.facade',
    text: {
      zh: '外立面饰面、幕墙、空调外机支架及广告牌等附着物牢固，无坠落风险',
      en: 'Façade finishes, curtain wall, outdoor-unit brackets, signs and other fixtures secure, nothing at risk of falling',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.structure-facade',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['photo'],
    allowNA: false,
    basis: SICHUAN_2015('外立面每季度检查一次'),
  },
];

/** Repairs and yearly or seasonal duties, checked at the monthly joint inspection. */
export const repairItems: readonly ChecklistItem[] = [
  {
    code: 'cc.fac.emergency-arrival',
    text: {
      zh: '急修（漏水、停电、门锁故障等）接报后30分钟内到达现场',
      en: 'Emergency repairs (leaks, power cuts, failed locks…) reached on site within 30 min of the call',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.emergency-repair',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['measurement', 'document'],
    measurement: { unit: 'min', min: 0, max: 30 },
    allowNA: true,
    guidance: {
      zh: '抽查本月急修单，记录最长到场时间；本月无急修选“不适用”。',
      en: 'Sample this month’s emergency tickets and record the longest arrival time; N/A if there were none.',
    },
    basis: SICHUAN_2015('急修30分钟内到达现场'),
  },
  {
    code: 'cc.fac.repair-records',
    text: {
      zh: '报修、维修及回访记录完整，形成闭环',
      en: 'Repair requests, repairs and follow-up calls all logged and closed',
    },
    category: 'cc.facilities',
    standard: 'cc.std.facilities.repair-records',
    severity: 'general',
    deduction: GENERAL_1,
    evidence: ['document'],
    allowNA: false,
    basis: SICHUAN_2015('维修及回访记录'),
  },
  {
    code: 'cc.fac.roof-flood-season',
    text: {
      zh: '汛期前完成屋面防水检查和雨水口、排水沟疏通',
      en: 'Before the flood season the roof waterproofing is checked and gullies and drains cleared',
    },
    category: 'cc.facilities',
    severity: 'general',
    deduction: GENERAL_2,
    evidence: ['photo', 'document'],
    allowNA: true,
    guidance: {
      zh: '仅在汛期前一个月内检查，其他月份选“不适用”。',
      en: 'Check in the month before the flood season; N/A in other months.',
    },
    basis: SICHUAN_2015('屋面防水汛前检查'),
  },
  {
    code: 'cc.fac.lightning-test',
    text: {
      zh: '防雷装置每年检测一次，检测报告在有效期内',
      en: 'Lightning protection tested every year; the test report is in date',
    },
    category: 'cc.facilities',
    severity: 'major',
    deduction: MAJOR_5,
    evidence: ['document'],
    allowNA: false,
    basis: SICHUAN_2015('防雷设施每年检测'),
  },
];
