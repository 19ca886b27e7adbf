import type { ChecklistTemplate } from '@steward/plugin-sdk';
import { FIRE_LAW, GB25201, GB25506, item, MPS61 } from './bases.ts';

/** The daily fire patrol of a key fire-safety unit (消防法 art. 17), control-room duty included. */
export const dailyPatrol: ChecklistTemplate = {
  code: 'fire.daily-patrol',
  name: { zh: '每日防火巡查', en: 'Daily fire patrol' },
  description: {
    zh: '消防控制室值班、报警主机状态、疏散通道与安全出口、防火分隔和用火用电情况。',
    en: 'Control-room duty, alarm panel status, escape routes and exits, fire separation, and fire and electricity use.',
  },
  inspectionKinds: ['patrol', 'self', 'spot'],
  assessmentLevel: 'daily',
  items: [
    item({
      code: 'FIR-D-01',
      text: {
        zh: '消防控制室值班人员在岗，每班不少于2人且持消防设施操作员证书',
        en: 'Control room staffed by at least 2 operators on shift, each holding a fire-equipment operator certificate',
      },
      category: 'fire.control-room',
      standard: 'fire.control-room.duty',
      severity: 'major',
      evidence: ['photo', 'document', 'measurement'],
      measurement: { unit: 'persons', min: 2 },
      guidance: {
        zh: '清点在岗人数并核对证书。',
        en: 'Count the operators present and check their certificates.',
      },
      basis: GB25506('消防控制室管理'),
    }),
    item({
      code: 'FIR-D-02',
      text: {
        zh: '值班记录每2小时记录一次，交接班记录完整，每班不超过8小时',
        en: 'Duty log entered every 2 hours, handovers recorded, no shift over 8 hours',
      },
      category: 'fire.control-room',
      standard: 'fire.control-room.log',
      severity: 'general',
      evidence: ['document'],
      basis: GB25201('消防控制室值班'),
    }),
    item({
      code: 'FIR-D-03',
      text: {
        zh: '火灾报警控制器运行正常，无屏蔽点和未处理故障，联动控制处于自动状态',
        en: 'Fire alarm panel normal: no disabled points or open faults, linkage on automatic',
      },
      category: 'fire.alarm',
      standard: 'fire.alarm.status',
      severity: 'major',
      evidence: ['photo'],
      guidance: {
        zh: '拍摄主机屏幕的屏蔽、故障列表和手/自动状态。',
        en: 'Photograph the panel’s disabled and fault lists and its manual/automatic state.',
      },
      basis: GB25201('消防控制室值班'),
    }),
    item({
      code: 'FIR-D-04',
      text: {
        zh: '疏散通道、安全出口畅通，未被占用、堵塞或锁闭',
        en: 'Escape routes and exits clear: not occupied, blocked or locked',
      },
      category: 'fire.evacuation',
      standard: 'fire.evacuation.clear',
      severity: 'major',
      evidence: ['photo'],
      basis: FIRE_LAW('第二十八条'),
    }),
    item({
      code: 'FIR-D-05',
      text: {
        zh: '应急照明和疏散指示标志完好，指示方向正确',
        en: 'Emergency lighting and exit signs intact and pointing the right way',
      },
      category: 'fire.evacuation',
      standard: 'fire.evacuation.clear',
      severity: 'major',
      evidence: ['photo'],
      basis: MPS61('第二十五条'),
    }),
    item({
      code: 'FIR-D-06',
      text: {
        zh: '常闭式防火门处于关闭状态，闭门器、顺序器完好',
        en: 'Normally closed fire doors shut; closers and coordinators intact',
      },
      category: 'fire.separation',
      standard: 'fire.separation.doors',
      severity: 'general',
      evidence: ['photo'],
      basis: GB25201('防火分隔'),
    }),
    item({
      code: 'FIR-D-07',
      text: { zh: '防火卷帘下方无堆放物品', en: 'Nothing stored beneath fire shutters' },
      category: 'fire.separation',
      standard: 'fire.separation.doors',
      severity: 'general',
      evidence: ['photo'],
      allowNA: true,
      basis: GB25201('防火分隔'),
    }),
    item({
      code: 'FIR-D-08',
      text: {
        zh: '消火栓、灭火器未被遮挡、圈占，标识清晰',
        en: 'Hydrants and extinguishers not hidden or fenced off; signs legible',
      },
      category: 'fire.water',
      severity: 'general',
      evidence: ['photo'],
      basis: FIRE_LAW('第二十八条'),
    }),
    item({
      code: 'FIR-D-09',
      text: { zh: '消防车通道畅通，未被占用', en: 'Fire-engine access clear and unoccupied' },
      category: 'fire.evacuation',
      standard: 'fire.evacuation.clear',
      severity: 'major',
      evidence: ['photo'],
      allowNA: true,
      basis: FIRE_LAW('第二十八条'),
    }),
    item({
      code: 'FIR-D-10',
      text: {
        zh: '用火用电无违章：无私拉乱接电线、违规使用大功率电器，电动自行车不在室内充电',
        en: 'No unsafe use of fire or electricity: no makeshift wiring, no banned high-power appliances, no e-bike charging indoors',
      },
      category: 'fire.management',
      standard: 'fire.supervision.daily-patrol',
      severity: 'general',
      evidence: ['photo'],
      basis: MPS61('第二十五条'),
    }),
    item({
      code: 'FIR-D-11',
      text: {
        zh: '配电室、厨房、库房等重点部位人员在岗，防火措施落实',
        en: 'Staff present and precautions in place at key spots: switch rooms, kitchens, stores',
      },
      category: 'fire.management',
      standard: 'fire.supervision.daily-patrol',
      severity: 'general',
      evidence: ['photo'],
      basis: MPS61('第二十五条'),
    }),
  ],
};
