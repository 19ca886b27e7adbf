import type { StandardDef } from '@steward/plugin-sdk';
import { PRACTICE, REGS } from './bases.ts';

/** How the agency checks and scores the maintainer (R10). */
export const supervisionStandards: readonly StandardDef[] = [
  {
    code: 'elevator.supervision.owner-monthly',
    kind: 'supervision',
    category: 'elevator.maintenance',
    title: { zh: '使用单位每月自行检查', en: 'The owner’s monthly self-inspection' },
    description: {
      zh: '使用单位对在用电梯至少每月进行一次自行检查，并作出记录。',
      en: 'The owner checks every lift in use at least once a month and records it.',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 1 },
    basis: REGS('第二十七条'),
  },
  {
    code: 'elevator.supervision.certificate-renewal',
    kind: 'supervision',
    category: 'elevator.compliance',
    title: {
      zh: '检验合格有效期届满前1个月申请定期检验',
      en: 'Periodic inspection requested 1 month before the certificate expires',
    },
    description: {
      zh: '未经定期检验或者检验不合格的电梯，不得继续使用。',
      en: 'A lift that missed or failed its periodic inspection must not be used.',
    },
    indicator: { type: 'quantitative', unit: 'day', min: 30 },
    basis: REGS('第二十八条'),
  },
  {
    code: 'elevator.supervision.visit-verification',
    kind: 'supervision',
    category: 'elevator.maintenance',
    title: { zh: '维保过程核查', en: 'Maintenance visits verified' },
    description: {
      zh: '核对维保签到、现场照片、测量数据与维保记录是否一致，杜绝“只签字不维保”。',
      en: 'Check that sign-in, photos, measurements and the record agree, so that no visit exists only on paper.',
    },
    indicator: { type: 'qualitative' },
    basis: PRACTICE(
      '监管通行做法',
      '无国家规定的核查比例，作为默认做法，机关可调整。',
      'No national rule sets how visits are verified; a default the agency can change.',
    ),
  },
  {
    code: 'elevator.supervision.spot-check',
    kind: 'supervision',
    category: 'elevator.maintenance',
    title: { zh: '每月现场抽查维保作业', en: 'Monthly on-site spot check of maintenance work' },
    description: {
      zh: '监管员每月至少随机抽查1次维保作业，按检查表复核关键项目。',
      en: 'The supervisor joins at least one randomly chosen visit a month and re-checks the key items.',
    },
    indicator: { type: 'quantitative', unit: 'visits/month', min: 1 },
    basis: PRACTICE(
      '监管通行做法',
      '抽查频次为默认值，机关可按电梯数量调整。',
      'The frequency is a default; scale it to the number of lifts.',
    ),
  },
  {
    code: 'elevator.supervision.entrapment-escalation',
    kind: 'supervision',
    category: 'elevator.emergency',
    title: {
      zh: '困人滞留2小时以上按一般事故上报',
      en: 'Passengers trapped 2 hours or more reported as a general accident',
    },
    indicator: { type: 'quantitative', unit: 'h', max: 2 },
    basis: REGS('第六十四条'),
  },
  {
    code: 'elevator.supervision.repeat-fault',
    kind: 'supervision',
    category: 'elevator.maintenance',
    title: { zh: '同类故障30日内不超过2次', en: 'The same fault no more than twice in 30 days' },
    description: {
      zh: '同一电梯30日内同类故障达到3次，下发整改通知并要求维保单位分析原因。',
      en: 'A third occurrence of the same fault on one lift within 30 days triggers a rectification notice and a root-cause analysis.',
    },
    indicator: { type: 'quantitative', unit: 'faults/30 days', max: 2 },
    basis: PRACTICE(
      '监管通行做法',
      '阈值为默认值，机关可调整。',
      'The threshold is a default the agency can change.',
    ),
  },
  {
    code: 'elevator.supervision.rectification',
    kind: 'supervision',
    category: 'elevator.maintenance',
    title: { zh: '问题按期整改闭环', en: 'Findings closed by their deadline' },
    description: {
      zh: '发现问题下发整改通知，限期整改并复查确认；安全类问题立即停梯整改。',
      en: 'Findings get a rectification notice with a deadline and are re-checked; safety findings take the lift out of service until fixed.',
    },
    indicator: { type: 'qualitative' },
    basis: {
      rule: 'GB/T 19001-2016',
      clause: '10.2',
      kind: 'practice',
      note: { zh: '不合格与纠正措施。', en: 'Nonconformity and corrective action.' },
    },
  },
];
