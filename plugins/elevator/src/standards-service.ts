import type { StandardDef } from '@steward/plugin-sdk';
import { annexA, REGS, T5002, T7008 } from './bases.ts';

/** What the maintainer must achieve (R9). */
export const serviceStandards: readonly StandardDef[] = [
  {
    code: 'elevator.maintenance.interval',
    kind: 'service',
    category: 'elevator.maintenance',
    title: { zh: '维保间隔不超过15日', en: 'No more than 15 days between maintenance visits' },
    description: {
      zh: '每台电梯至少每15日进行一次清洁、润滑、调整和检查。',
      en: 'Every lift is cleaned, lubricated, adjusted and checked at least once every 15 days.',
    },
    indicator: { type: 'quantitative', unit: 'day', max: 15 },
    basis: REGS('第三十一条'),
  },
  {
    code: 'elevator.maintenance.annex-a',
    kind: 'service',
    category: 'elevator.maintenance',
    title: { zh: '按附件A分级完成维保项目', en: 'Maintenance items done by Annex A level' },
    description: {
      zh: '半月、季度、半年、年度维保逐级累加，完成附件A对应项目并达到基本要求。',
      en: 'Half-monthly, quarterly, semi-annual and annual levels are cumulative; each visit completes the Annex A items of its level and meets their basic requirements.',
    },
    indicator: { type: 'qualitative' },
    basis: T5002('附件A'),
  },
  {
    code: 'elevator.door.lock-engagement',
    kind: 'service',
    category: 'elevator.door',
    title: {
      zh: '层门锁紧元件啮合长度不小于7 mm',
      en: 'Landing-door locking elements engage by at least 7 mm',
    },
    indicator: { type: 'quantitative', unit: 'mm', min: 7 },
    basis: annexA(1, 29),
  },
  {
    code: 'elevator.car.levelling',
    kind: 'service',
    category: 'elevator.car',
    title: { zh: '平层准确度符合标准值', en: 'Levelling accuracy within the standard value' },
    description: {
      zh: '默认取GB/T 10058-2009推荐值±10 mm，可按制造单位要求调整。',
      en: 'Defaults to ±10 mm, the value GB/T 10058-2009 recommends; adjust to the manufacturer’s figure.',
    },
    indicator: { type: 'quantitative', unit: 'mm', target: 0, min: -10, max: 10 },
    basis: annexA(1, 23),
  },
  {
    code: 'elevator.safety.devices',
    kind: 'service',
    category: 'elevator.safety',
    title: { zh: '安全保护装置功能有效', en: 'Safety devices work' },
    description: {
      zh: '报警对讲、门防撞击保护、门锁电气触点、停止装置、极限开关、限速器—安全钳等动作可靠。',
      en: 'Alarm and intercom, door reopening devices, door-lock contacts, stop switches, final limits and governor–safety gear all operate reliably.',
    },
    indicator: { type: 'qualitative' },
    basis: T5002('附件A'),
  },
  {
    code: 'elevator.emergency.duty-phone',
    kind: 'service',
    category: 'elevator.emergency',
    title: { zh: '24小时维保值班电话', en: '24-hour maintenance duty phone' },
    description: {
      zh: '设立24小时维保值班电话，保证接到故障通知后及时予以排除。',
      en: 'A 24-hour duty phone is staffed so that reported faults are dealt with promptly.',
    },
    indicator: { type: 'qualitative' },
    basis: T5002('第五条'),
  },
  {
    code: 'elevator.emergency.arrival',
    kind: 'service',
    category: 'elevator.emergency',
    title: { zh: '困人救援到达时限', en: 'Arrival time for trapped-passenger rescue' },
    description: {
      zh: '直辖市或者设区的市不超过30分钟，其他地区一般不超过1小时。',
      en: 'At most 30 minutes in a municipality or prefecture-level city; about 1 hour elsewhere.',
    },
    indicator: { type: 'quantitative', unit: 'min', max: 30 },
    basis: T5002('第五条'),
  },
  {
    code: 'elevator.emergency.drill',
    kind: 'service',
    category: 'elevator.emergency',
    title: { zh: '每半年至少一次应急演练', en: 'An emergency drill at least every 6 months' },
    indicator: { type: 'quantitative', unit: 'month', max: 6 },
    basis: T5002('第五条'),
  },
  {
    code: 'elevator.compliance.self-test',
    kind: 'service',
    category: 'elevator.compliance',
    title: { zh: '年度自行检查/自行检测', en: 'Annual self-inspection / self-test' },
    description: {
      zh: '每年至少一次，在定期检验之前完成并出具报告。',
      en: 'At least once a year, finished with a report before the periodic inspection.',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 12 },
    basis: T7008,
  },
  {
    code: 'elevator.compliance.staff',
    kind: 'service',
    category: 'elevator.compliance',
    title: { zh: '维保人员持证上岗', en: 'Technicians hold special-equipment operator certificates' },
    description: {
      zh: '维保作业人员持有效的特种设备作业人员证；部分地方规定现场作业不少于2人。',
      en: 'Technicians hold valid special-equipment operator certificates; some local rules require at least 2 on site.',
    },
    indicator: { type: 'qualitative' },
    basis: T5002('第五条'),
  },
  {
    code: 'elevator.records.retention',
    kind: 'service',
    category: 'elevator.records',
    title: {
      zh: '维保记录存入技术档案，至少保存4年',
      en: 'Maintenance records filed and kept at least 4 years',
    },
    indicator: { type: 'quantitative', unit: 'year', min: 4 },
    basis: T5002('第五条'),
  },
  {
    code: 'elevator.records.sign-off',
    kind: 'service',
    category: 'elevator.records',
    title: { zh: '维保记录经使用单位签字确认', en: 'Maintenance records signed off by the owner' },
    description: {
      zh: '每次维保后填写记录，由使用单位安全管理人员签字确认。',
      en: 'Each visit is recorded and signed off by the owner’s elevator safety officer.',
    },
    indicator: { type: 'qualitative' },
    basis: T5002('维保记录'),
  },
];
