import type { StandardDef } from '@steward/plugin-sdk';
import { decree421, decree564, practice, RULES } from './bases.ts';

/** Service standards (R9): what the guarding company must achieve. */
export const serviceStandards: readonly StandardDef[] = [
  {
    code: 'SEC-SS-QUAL-01',
    kind: 'service',
    category: 'SEC-QUAL',
    title: {
      zh: '保安服务公司持有效保安服务许可证',
      en: 'Guarding company holds a valid security service licence',
    },
    description: {
      zh: '许可证由省级公安机关核发。',
      en: 'The licence is issued by the provincial public security department.',
    },
    indicator: { type: 'qualitative' },
    basis: decree564('第九条'),
  },
  {
    code: 'SEC-SS-QUAL-02',
    kind: 'service',
    category: 'SEC-QUAL',
    title: { zh: '保安员持证上岗率', en: 'Guards on duty holding a guard certificate' },
    indicator: { type: 'quantitative', unit: '%', target: 100, min: 100 },
    basis: decree564('第十六条'),
  },
  {
    code: 'SEC-SS-QUAL-03',
    kind: 'service',
    category: 'SEC-QUAL',
    title: {
      zh: '定期开展法律、专业知识和技能培训并考核',
      en: 'Regular training in law, guarding knowledge and skills, with assessment',
    },
    indicator: { type: 'qualitative' },
    basis: decree564('第十八条、第十九条'),
  },
  {
    code: 'SEC-SS-CON-01',
    kind: 'service',
    category: 'SEC-CON',
    title: {
      zh: '着保安员服装，佩带全国统一的保安服务标志',
      en: 'Guard uniform worn with the national security service badge',
    },
    indicator: { type: 'qualitative' },
    basis: decree564('第二十七条'),
  },
  {
    code: 'SEC-SS-POST-01',
    kind: 'service',
    category: 'SEC-POST',
    title: {
      zh: '查验出入人员证件，登记出入车辆和物品',
      en: 'IDs of people entering checked; vehicles and goods registered',
    },
    indicator: { type: 'qualitative' },
    basis: decree564('第二十九条第一款第（一）项'),
  },
  {
    code: 'SEC-SS-PAT-01',
    kind: 'service',
    category: 'SEC-PAT',
    title: { zh: '巡逻点位到位率', en: 'Patrol checkpoints reached' },
    description: {
      zh: '按规定路线和频次巡逻，建立巡逻、检查和隐患整改记录。',
      en: 'Patrols follow the set route and frequency; patrol, check and defect records are kept.',
    },
    indicator: { type: 'quantitative', unit: '%', target: 100, min: 100 },
    basis: practice(RULES.decree421, '第十一条第（三）项'),
  },
  {
    code: 'SEC-SS-CTRL-01',
    kind: 'service',
    category: 'SEC-CTRL',
    title: { zh: '监控影像资料、报警记录留存时间', en: 'Retention of CCTV footage and alarm records' },
    indicator: { type: 'quantitative', unit: 'days', min: 30 },
    basis: decree564('第二十五条第二款'),
  },
  {
    code: 'SEC-SS-EMG-01',
    kind: 'service',
    category: 'SEC-EMG',
    title: { zh: '接警后到达现场时间', en: 'Time to reach the scene after an alarm' },
    indicator: { type: 'quantitative', unit: 'min', max: 5 },
    basis: practice(RULES.seed),
  },
  {
    code: 'SEC-SS-EMG-02',
    kind: 'service',
    category: 'SEC-EMG',
    title: {
      zh: '及时制止违法犯罪行为，制止无效立即报警并保护现场',
      en: 'Offences stopped at once; if that fails, police called immediately and the scene protected',
    },
    indicator: { type: 'qualitative' },
    basis: decree564('第二十九条第二款'),
  },
  {
    code: 'SEC-SS-DUTY-01',
    kind: 'service',
    category: 'SEC-DUTY',
    title: {
      zh: '执行门卫、值班、巡查制度，交接班有记录',
      en: 'Gate, duty and patrol rules followed; every shift handover recorded',
    },
    indicator: { type: 'qualitative' },
    basis: decree421('第八条第（一）项'),
  },
  {
    code: 'SEC-SS-SAT-01',
    kind: 'service',
    category: 'SEC-CON',
    title: { zh: '服务对象满意率', en: 'Satisfaction rate of building users' },
    indicator: { type: 'quantitative', unit: '%', target: 95, min: 95 },
    basis: practice(RULES.seed, 'R8/R21'),
  },
];

/** Supervision standards (R10): how the agency checks the guarding service. */
export const supervisionStandards: readonly StandardDef[] = [
  {
    code: 'SEC-SV-01',
    kind: 'supervision',
    category: 'SEC-POST',
    title: { zh: '监管员每个工作日巡查各岗位', en: 'Supervisor visits every post each working day' },
    indicator: { type: 'quantitative', unit: 'times/working day', min: 1 },
    basis: practice(RULES.seed, 'R12/R14'),
  },
  {
    code: 'SEC-SV-02',
    kind: 'supervision',
    category: 'SEC-PAT',
    title: { zh: '每周检查并不定期夜查', en: 'Weekly check plus unannounced night checks' },
    indicator: { type: 'quantitative', unit: 'times/week', min: 1 },
    basis: practice(RULES.seed, 'R14'),
  },
  {
    code: 'SEC-SV-03',
    kind: 'supervision',
    category: 'SEC-CTRL',
    title: {
      zh: '每月随机回放一段30日前的监控录像，核验留存',
      en: 'Each month, play back a random recording from 30 days earlier to verify retention',
    },
    indicator: { type: 'quantitative', unit: 'times/month', min: 1 },
    basis: practice(RULES.decree564, '第二十五条第二款'),
  },
  {
    code: 'SEC-SV-04',
    kind: 'supervision',
    category: 'SEC-QUAL',
    title: {
      zh: '月度考核核查证件、合同、保险和培训档案',
      en: 'Monthly assessment checks certificates, contracts, insurance and training files',
    },
    indicator: { type: 'quantitative', unit: 'times/month', min: 1 },
    basis: practice(RULES.seed, 'R12/R13'),
  },
  {
    code: 'SEC-SV-05',
    kind: 'supervision',
    category: 'SEC-QUAL',
    title: { zh: '半年综合考核', en: 'Semi-annual leadership assessment' },
    indicator: { type: 'quantitative', unit: 'times/half-year', min: 1 },
    basis: practice(RULES.seed, 'R12'),
  },
];

export const standards: readonly StandardDef[] = [...serviceStandards, ...supervisionStandards];
