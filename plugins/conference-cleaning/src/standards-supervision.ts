import type { StandardDef } from '@steward/plugin-sdk';
import {
  PRACTICE_CLEANING,
  PRACTICE_MEETING,
  SATISFACTION_PRACTICE,
  SEED_PRACTICE,
  SICHUAN_2015,
} from './bases.ts';

/** How the service is checked and scored (R10). */
export const supervisionStandards: readonly StandardDef[] = [
  {
    code: 'cc.sup.daily-patrol',
    kind: 'supervision',
    category: 'cc.evaluation',
    title: { zh: '日常巡查', en: 'Daily patrol' },
    description: {
      zh: '监管员每个工作日巡查公共区域和卫生间，问题拍照记录并当日通知整改。',
      en: 'A supervisor patrols public areas and toilets every working day, photographs problems and notifies them the same day.',
    },
    indicator: { type: 'quantitative', unit: 'times/day', target: 1, min: 1 },
    basis: SEED_PRACTICE('R12 三级联动：日常巡查'),
  },
  {
    code: 'cc.sup.meeting-precheck',
    kind: 'supervision',
    category: 'cc.meeting',
    title: { zh: '重要会议会前检查', en: 'Pre-check of important meetings' },
    description: {
      zh: '重要会议开始前，监管员对照会务需求单逐项检查会场、设备与材料。',
      en: 'Before an important meeting the supervisor checks room, equipment and materials against the request form.',
    },
    indicator: { type: 'qualitative' },
    basis: PRACTICE_MEETING,
  },
  {
    code: 'cc.sup.white-glove',
    kind: 'supervision',
    category: 'cc.cleaning',
    title: { zh: '白手套抽查积尘', en: 'White-glove dust check' },
    description: {
      zh: '随机抽取台面、扶手、窗台等部位，用白手套擦拭，有明显积尘即为不合格。',
      en: 'Wipe randomly chosen desks, handrails and sills with a white glove; visible dust is a nonconformity.',
    },
    indicator: { type: 'qualitative' },
    basis: PRACTICE_CLEANING,
  },
  {
    code: 'cc.sup.facilities-records',
    kind: 'supervision',
    category: 'cc.facilities',
    title: { zh: '巡查与维修记录核查', en: 'Inspection and repair log review' },
    description: {
      zh: '按半月、两月、季度周期核对巡查记录，抽查急修到场时间。',
      en: 'Check the half-monthly, 2-monthly and quarterly inspection logs; sample emergency-repair arrival times.',
    },
    indicator: { type: 'qualitative' },
    basis: SICHUAN_2015('维修及回访记录'),
  },
  {
    code: 'cc.sup.monthly-assessment',
    kind: 'supervision',
    category: 'cc.evaluation',
    title: { zh: '月度百分制考核', en: 'Monthly 100-point assessment' },
    description: {
      zh: '每月联合检查后，以100分为基数按检查项扣分，形成月度得分。',
      en: 'After the monthly joint inspection the month starts at 100 and each finding deducts points.',
    },
    indicator: { type: 'quantitative', unit: 'points', min: 0, max: 100 },
    basis: SEED_PRACTICE('R20 百分制考核'),
  },
  {
    code: 'cc.sup.satisfaction',
    kind: 'supervision',
    category: 'cc.evaluation',
    title: { zh: '季度满意度测评', en: 'Quarterly satisfaction survey' },
    description: {
      zh: '每季度向机关干部发放意见征求表，总体满意率应高于95 %。',
      en: 'Each quarter staff of the building answer the opinion survey; overall satisfaction should exceed 95 %.',
    },
    indicator: { type: 'quantitative', unit: '%', target: 95, min: 95, max: 100 },
    basis: SATISFACTION_PRACTICE,
  },
];
