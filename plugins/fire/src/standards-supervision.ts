import type { StandardDef } from '@steward/plugin-sdk';
import { FIRE_LAW, GB25506, MPS61, PRACTICE } from './bases.ts';

/** How the agency checks and scores fire safety work (R10). */
export const supervisionStandards: readonly StandardDef[] = [
  {
    code: 'fire.supervision.daily-patrol',
    kind: 'supervision',
    category: 'fire.management',
    title: { zh: '消防安全重点单位每日防火巡查', en: 'Daily fire patrol at key fire-safety units' },
    description: {
      zh: '巡查用火用电、安全出口、消防设施和重点部位人员在岗情况，发现问题当场处置并记录。',
      en: 'Check fire and electricity use, exits, fire equipment and staff at key spots; fix what can be fixed on the spot and record it.',
    },
    indicator: { type: 'quantitative', unit: 'day', max: 1 },
    basis: FIRE_LAW('第十七条'),
  },
  {
    code: 'fire.supervision.quarterly-check',
    kind: 'supervision',
    category: 'fire.management',
    title: {
      zh: '机关单位至少每季度防火检查一次',
      en: 'Government bodies run a fire safety check at least quarterly',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 3 },
    basis: MPS61('第二十六条'),
  },
  {
    code: 'fire.supervision.defect-closeout',
    kind: 'supervision',
    category: 'fire.management',
    title: { zh: '火灾隐患30日内整改闭环', en: 'Fire defects closed within 30 days' },
    description: {
      zh: '能当场改正的当场改正；不能当场改正的明确期限、责任人和整改期间的防范措施，整改后复查销项。',
      en: 'Fix on the spot where possible; otherwise set a deadline, an owner and interim precautions, then re-check and close.',
    },
    indicator: { type: 'quantitative', unit: 'day', max: 30 },
    basis: PRACTICE(
      '隐患整改通行做法',
      '30日期限为台账系统中常见默认值，机关可调整。',
      'The 30-day deadline is the usual ledger default; the agency can change it.',
    ),
  },
  {
    code: 'fire.supervision.test-report',
    kind: 'supervision',
    category: 'fire.management',
    title: { zh: '年度检测报告在有效期内', en: 'The annual test report is in date' },
    description: {
      zh: '检测报告出具日期距今不超过12个月，到期前30日安排检测。',
      en: 'Issued no more than 12 months ago; the next test is booked 30 days before it lapses.',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 12 },
    basis: FIRE_LAW('第十六条第一款第（三）项'),
  },
  {
    code: 'fire.supervision.alarm-confirmation',
    kind: 'supervision',
    category: 'fire.control-room',
    title: { zh: '火警信号立即核实', en: 'Fire alarm signals verified at once' },
    description: {
      zh: '接到报警后值班人员立即以最快方式确认；确认火灾后联动转自动、拨打119、启动预案并报告负责人。',
      en: 'The operator verifies an alarm at once by the fastest means; on a confirmed fire, switch linkage to automatic, call 119, start the plan and inform the person in charge.',
    },
    indicator: { type: 'qualitative' },
    basis: GB25506('应急处置程序'),
  },
];
