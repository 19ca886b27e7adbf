import type { Basis, ChecklistTemplate } from '@steward/plugin-sdk';
import { FIRE_LAW, item } from './bases.ts';

const ANNUAL: Basis = FIRE_LAW('第十六条第一款第（三）项');

/** The annual full test, filled in by the licensed fire technical service firm (消防法 art. 16(3)). */
export const annualTest: ChecklistTemplate = {
  code: 'fire.annual-test',
  name: { zh: '建筑消防设施年度全面检测', en: 'Annual full test of building fire systems' },
  description: {
    zh: '由具备资质的消防技术服务机构实施，检测报告存档备查；下列为监管关注的关键项目。',
    en: 'Carried out by a licensed fire technical service firm, the report filed; these are the key items the agency follows.',
  },
  inspectionKinds: ['external', 'self'],
  items: [
    item({
      code: 'FIR-A-01',
      text: {
        zh: '火灾探测器、手动报警按钮全数测试，报警功能正常',
        en: 'Every detector and manual call point tested; all raise the alarm',
      },
      category: 'fire.alarm',
      standard: 'fire.management.annual-test',
      severity: 'major',
      evidence: ['photo', 'document'],
      basis: ANNUAL,
    }),
    item({
      code: 'FIR-A-02',
      text: {
        zh: '联动控制功能测试正常：启泵、启动防排烟、降卷帘、切断非消防电源、电梯迫降、启动应急广播',
        en: 'Linkage tests pass: pumps, smoke control, shutters, non-fire power cut-off, lift recall, emergency broadcast',
      },
      category: 'fire.alarm',
      standard: 'fire.management.annual-test',
      severity: 'major',
      evidence: ['photo', 'document'],
      basis: ANNUAL,
    }),
    item({
      code: 'FIR-A-03',
      text: {
        zh: '消防水泵主、备泵切换及自动启动正常',
        en: 'Duty and standby fire pumps change over and start automatically',
      },
      category: 'fire.water',
      standard: 'fire.management.annual-test',
      severity: 'major',
      evidence: ['photo', 'document'],
      basis: ANNUAL,
    }),
    item({
      code: 'FIR-A-04',
      text: {
        zh: '自动喷水灭火系统末端试水装置出水压力不低于0.05 MPa，水流指示器、压力开关动作正常',
        en: 'Sprinkler inspector’s test connection gives at least 0.05 MPa; flow switch and pressure switch operate',
      },
      category: 'fire.water',
      standard: 'fire.management.annual-test',
      severity: 'major',
      evidence: ['photo', 'measurement'],
      measurement: { unit: 'MPa', min: 0.05 },
      allowNA: true,
      basis: {
        rule: 'GB 50084-2017 自动喷水灭火系统设计规范',
        clause: '末端试水装置',
        kind: 'practice',
        note: {
          zh: '0.05 MPa为末端试水装置出水压力的常用下限，未逐条核对原文。',
          en: '0.05 MPa is the usual minimum at the test connection; not checked clause by clause.',
        },
      },
    }),
    item({
      code: 'FIR-A-05',
      text: {
        zh: '防排烟系统联动启动，送风口、排烟口及排烟防火阀动作正常',
        en: 'Smoke control starts by linkage; supply and exhaust vents and smoke dampers operate',
      },
      category: 'fire.smoke',
      standard: 'fire.management.annual-test',
      severity: 'general',
      evidence: ['photo', 'document'],
      allowNA: true,
      basis: ANNUAL,
    }),
    item({
      code: 'FIR-A-06',
      text: {
        zh: '应急照明和疏散指示系统蓄电池持续工作时间满足要求',
        en: 'Emergency lighting and exit sign batteries last as long as required',
      },
      category: 'fire.evacuation',
      standard: 'fire.management.annual-test',
      severity: 'general',
      evidence: ['photo', 'measurement'],
      measurement: { unit: 'min', min: 30 },
      guidance: {
        zh: '一般建筑不少于30分钟；建筑高度大于100 m的民用建筑不少于90分钟，医疗建筑、大型公共建筑等不少于60分钟（GB 51309-2018）。',
        en: 'At least 30 minutes in most buildings; 90 minutes in civil buildings over 100 m, 60 minutes in hospitals and large public buildings (GB 51309-2018).',
      },
      basis: ANNUAL,
    }),
  ],
};
