import type { StandardDef } from '@steward/plugin-sdk';
import { FIRE_LAW, GB25201, GB25506, GB50444, PRACTICE } from './bases.ts';

/** What the fire maintenance firm and the control-room operators must achieve (R9). */
export const serviceStandards: readonly StandardDef[] = [
  {
    code: 'fire.control-room.duty',
    kind: 'service',
    category: 'fire.control-room',
    title: {
      zh: '消防控制室24小时双人持证值班',
      en: 'Control room staffed 24 h by 2 certified operators per shift',
    },
    description: {
      zh: '实行每日24小时专人值班，每班不少于2人，值班人员持消防设施操作员证书。',
      en: 'Staffed around the clock, at least 2 per shift, each holding a fire-equipment operator certificate.',
    },
    indicator: { type: 'quantitative', unit: 'persons/shift', min: 2 },
    basis: GB25506('消防控制室管理'),
  },
  {
    code: 'fire.control-room.shift-length',
    kind: 'service',
    category: 'fire.control-room',
    title: { zh: '每班工作时间不超过8小时', en: 'Shifts no longer than 8 hours' },
    indicator: { type: 'quantitative', unit: 'h', max: 8 },
    basis: GB25201('消防控制室值班'),
  },
  {
    code: 'fire.control-room.log',
    kind: 'service',
    category: 'fire.control-room',
    title: { zh: '每2小时记录一次设备运行情况', en: 'Equipment status logged every 2 hours' },
    description: {
      zh: '填写《消防控制室值班记录表》，及时记录火警、故障及处置情况，交接班有记录。',
      en: 'The control-room duty log records alarms, faults and what was done; handovers are recorded.',
    },
    indicator: { type: 'quantitative', unit: 'h', max: 2 },
    basis: GB25201('消防控制室值班'),
  },
  {
    code: 'fire.alarm.status',
    kind: 'service',
    category: 'fire.alarm',
    title: {
      zh: '报警主机无屏蔽、无故障，联动处于自动状态',
      en: 'Alarm panel without disabled points or faults; linkage on automatic',
    },
    description: {
      zh: '正常工作状态下，不得将自动喷水、防排烟系统和联动控制的防火卷帘等设置在手动状态。',
      en: 'In normal operation, sprinklers, smoke control and linked fire shutters must not be left on manual.',
    },
    indicator: { type: 'qualitative' },
    basis: GB25201('消防控制室值班'),
  },
  {
    code: 'fire.water.readiness',
    kind: 'service',
    category: 'fire.water',
    title: { zh: '消防给水随时可用', en: 'Fire water ready at all times' },
    description: {
      zh: '阀门常开并锁定，水池、水箱水位正常，水泵控制柜处于自动状态。',
      en: 'Valves open and locked, tanks at level, pump control cabinets on automatic.',
    },
    indicator: { type: 'qualitative' },
    basis: GB25201('消防给水及消火栓系统'),
  },
  {
    code: 'fire.extinguisher.condition',
    kind: 'service',
    category: 'fire.extinguisher',
    title: { zh: '灭火器完好有效且在使用年限内', en: 'Extinguishers in order and within their service life' },
    description: {
      zh: '压力指示在绿区；干粉、二氧化碳灭火器出厂满5年首次维修，此后每满2年维修；干粉满10年、二氧化碳满12年报废。',
      en: 'Gauge in the green; powder and CO₂ first serviced 5 years after manufacture, then every 2 years; scrapped at 10 (powder) and 12 (CO₂) years.',
    },
    indicator: { type: 'qualitative' },
    basis: GB50444('第5章 检查、维修与报废'),
  },
  {
    code: 'fire.evacuation.clear',
    kind: 'service',
    category: 'fire.evacuation',
    title: { zh: '疏散通道、安全出口畅通', en: 'Escape routes and exits clear' },
    description: {
      zh: '不得占用、堵塞、封闭疏散通道、安全出口、消防车通道；应急照明和疏散指示标志完好。',
      en: 'No escape route, exit or fire-engine access is occupied, blocked or locked; emergency lighting and exit signs work.',
    },
    indicator: { type: 'qualitative' },
    basis: FIRE_LAW('第二十八条'),
  },
  {
    code: 'fire.separation.doors',
    kind: 'service',
    category: 'fire.separation',
    title: {
      zh: '常闭防火门关闭，防火卷帘下无堆物',
      en: 'Normally closed fire doors shut; nothing under fire shutters',
    },
    indicator: { type: 'qualitative' },
    basis: GB25201('防火分隔'),
  },
  {
    code: 'fire.management.annual-test',
    kind: 'service',
    category: 'fire.management',
    title: {
      zh: '建筑消防设施每年至少全面检测一次',
      en: 'Building fire systems fully tested at least once a year',
    },
    description: {
      zh: '由具备资质的消防技术服务机构检测，检测记录完整准确，存档备查。',
      en: 'Tested by a licensed fire technical service firm; the records are complete, accurate and filed.',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 12 },
    basis: FIRE_LAW('第十六条第一款第（三）项'),
  },
  {
    code: 'fire.management.maintenance',
    kind: 'service',
    category: 'fire.management',
    title: { zh: '按合同每月维护保养并记录', en: 'Monthly maintenance under contract, recorded' },
    description: {
      zh: '签订维保合同，每月维保并填写记录；维保人员持消防设施操作员证书。',
      en: 'A maintenance contract, monthly visits with records; staff hold fire-equipment operator certificates.',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 1 },
    basis: GB25201('维护保养'),
  },
  {
    code: 'fire.management.records',
    kind: 'service',
    category: 'fire.management',
    title: {
      zh: '检测、维修、保养记录保存不少于5年',
      en: 'Test, repair and maintenance records kept at least 5 years',
    },
    indicator: { type: 'quantitative', unit: 'year', min: 5 },
    basis: GB25201('档案管理'),
  },
  {
    code: 'fire.management.drill',
    kind: 'service',
    category: 'fire.management',
    title: { zh: '灭火和应急疏散演练', en: 'Firefighting and evacuation drills' },
    description: {
      zh: '消防安全重点单位至少每半年、其他单位至少每年演练一次。',
      en: 'Key fire-safety units drill at least every 6 months, other units at least yearly.',
    },
    indicator: { type: 'quantitative', unit: 'month', max: 6 },
    basis: PRACTICE(
      '公安部令第61号 第四十条',
      '文档标注为推断；机关非重点单位可在租户层改为12个月。',
      'Marked as an inference in the standards notes; an agency that is not a key unit can set 12 months.',
    ),
  },
];
