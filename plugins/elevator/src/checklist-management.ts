import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { GENERAL_1, item, PRACTICE, REGS, T5002, T7001, T7008 } from './bases.ts';

/**
 * The owner's monthly self-inspection (条例 art. 27), which is also what the agency's supervisors and the
 * monthly joint inspection check the maintainer against: records, certificates, response, drills.
 */
export const ownerMonthly: ChecklistTemplate = {
  code: 'elevator.owner-monthly',
  name: { zh: '使用单位月度自行检查与监管检查', en: 'Owner’s monthly self-inspection and supervision check' },
  description: {
    zh: '使用单位每月对在用电梯自行检查，并核查维保单位的维保记录、证照、应急响应和演练。',
    en: 'The owner checks every lift in use each month and verifies the maintainer’s records, certificates, emergency response and drills.',
  },
  inspectionKinds: ['patrol', 'joint', 'spot', 'leadership'],
  assessmentLevel: 'monthly',
  items: [
    item({
      code: 'ELV-M-01',
      text: {
        zh: '每台电梯相邻两次维保间隔不超过15日',
        en: 'No more than 15 days between two maintenance visits on any lift',
      },
      category: 'elevator.maintenance',
      standard: 'elevator.maintenance.interval',
      severity: 'major',
      evidence: ['document', 'measurement'],
      measurement: { unit: 'day', max: 15 },
      guidance: {
        zh: '查本月维保记录，记录最长间隔天数。',
        en: 'From this month’s records, enter the longest gap in days.',
      },
      basis: REGS('第三十一条'),
    }),
    item({
      code: 'ELV-M-02',
      text: {
        zh: '维保记录完整，由使用单位安全管理人员签字确认',
        en: 'Maintenance records complete and signed off by the owner’s safety officer',
      },
      category: 'elevator.records',
      standard: 'elevator.records.sign-off',
      severity: 'general',
      evidence: ['document'],
      basis: T5002('维保记录'),
    }),
    item({
      code: 'ELV-M-03',
      text: {
        zh: '维保记录存入电梯技术档案，至少保存4年',
        en: 'Maintenance records filed in the lift’s technical file and kept at least 4 years',
      },
      category: 'elevator.records',
      standard: 'elevator.records.retention',
      severity: 'general',
      evidence: ['document'],
      basis: T5002('第五条'),
    }),
    item({
      code: 'ELV-M-04',
      text: {
        zh: '电梯定期检验合格且在有效期内，检验合格标志张贴在轿厢显著位置',
        en: 'Periodic inspection passed and in date; the inspection certificate is posted prominently in the car',
      },
      category: 'elevator.compliance',
      standard: 'elevator.supervision.certificate-renewal',
      severity: 'major',
      evidence: ['photo', 'document'],
      guidance: {
        zh: '核对标志上的下次检验日期；到期前1个月应已申请定期检验，过期电梯应立即停用。',
        en: 'Check the next-inspection date; the request is due 1 month before expiry, and an expired lift must be taken out of service.',
      },
      basis: REGS('第二十八条'),
    }),
    item({
      code: 'ELV-M-05',
      text: {
        zh: '维保作业人员持有效特种设备作业人员证，现场作业不少于2人',
        en: 'Technicians hold valid special-equipment operator certificates; at least 2 on site',
      },
      category: 'elevator.compliance',
      standard: 'elevator.compliance.staff',
      severity: 'general',
      evidence: ['document', 'photo'],
      guidance: {
        zh: '“不少于2人”为部分地方规定，机关可按当地要求调整。',
        en: '“At least 2 on site” is a local rule in some places; adjust to the local requirement.',
      },
      basis: T5002('第五条'),
    }),
    item({
      code: 'ELV-M-06',
      text: {
        zh: '困人救援到达现场时间不超过30分钟',
        en: 'Rescue team on site within 30 minutes of a trapped-passenger call',
      },
      category: 'elevator.emergency',
      standard: 'elevator.emergency.arrival',
      severity: 'major',
      evidence: ['document', 'measurement'],
      measurement: { unit: 'min', max: 30 },
      allowNA: true,
      guidance: {
        zh: '按接警与到达记录计算本月最长到达时间；非设区的市地区可将上限调整为60分钟。本月无困人判不适用。',
        en: 'From call and arrival logs, enter the month’s longest arrival time; outside prefecture-level cities the limit may be set to 60. N/A if nobody was trapped this month.',
      },
      basis: T5002('第五条'),
    }),
    item({
      code: 'ELV-M-07',
      text: {
        zh: '24小时维保值班电话张贴在轿厢内并能接通',
        en: 'The 24-hour duty phone number is posted in the car and answers',
      },
      category: 'elevator.emergency',
      standard: 'elevator.emergency.duty-phone',
      severity: 'general',
      evidence: ['photo'],
      guidance: { zh: '抽拨一次并记录接听情况。', en: 'Call it once and note whether it was answered.' },
      basis: T5002('第五条'),
    }),
    item({
      code: 'ELV-M-08',
      text: {
        zh: '每半年至少开展一次困人救援应急演练，有方案、记录和照片',
        en: 'A trapped-passenger rescue drill at least every 6 months, with plan, record and photos',
      },
      category: 'elevator.emergency',
      standard: 'elevator.emergency.drill',
      severity: 'general',
      evidence: ['document', 'photo'],
      basis: T5002('第五条'),
    }),
    item({
      code: 'ELV-M-09',
      text: {
        zh: '年度自行检查（自行检测）在定期检验前完成并出具报告',
        en: 'The annual self-inspection (self-test) finished with a report before the periodic inspection',
      },
      category: 'elevator.compliance',
      standard: 'elevator.compliance.self-test',
      severity: 'general',
      evidence: ['document'],
      allowNA: true,
      guidance: { zh: '本月不在检验周期内判不适用。', en: 'N/A when no inspection falls due this month.' },
      basis: T7008,
    }),
    item({
      code: 'ELV-M-10',
      text: {
        zh: '定期检验或监督检查提出的问题已按期整改',
        en: 'Findings of the periodic inspection or the regulator’s check rectified by their deadline',
      },
      category: 'elevator.compliance',
      standard: 'elevator.supervision.rectification',
      severity: 'major',
      evidence: ['document', 'photo'],
      allowNA: true,
      basis: T7001,
    }),
    item({
      code: 'ELV-M-11',
      text: {
        zh: '同一电梯30日内同类故障不超过2次，故障已分析原因',
        en: 'No lift had the same fault more than twice in 30 days; causes analysed',
      },
      category: 'elevator.maintenance',
      standard: 'elevator.supervision.repeat-fault',
      severity: 'general',
      evidence: ['document'],
      basis: PRACTICE(
        '监管通行做法',
        '阈值为默认值，机关可调整。',
        'The threshold is a default the agency can change.',
      ),
    }),
    item({
      code: 'ELV-M-12',
      text: {
        zh: '轿厢内乘梯须知、安全警示标志和应急救援电话齐全清晰',
        en: 'Passenger instructions, safety signs and the rescue number in the car complete and legible',
      },
      category: 'elevator.car',
      severity: 'general',
      deduction: GENERAL_1,
      evidence: ['photo'],
      basis: PRACTICE(
        '使用管理通行做法',
        '各地使用管理规定的通行要求。',
        'A common requirement of local lift-use rules.',
      ),
    }),
  ],
};
