import type { StandardDef } from '@steward/plugin-sdk';
import { foodSafetyLaw, operatingCode, order49, practice, RULES } from './bases.ts';

/** Service standards (R9): what the canteen operator must achieve. */
export const serviceStandards: readonly StandardDef[] = [
  {
    code: 'CAT-SS-LIC-01',
    kind: 'service',
    category: 'CAT-LIC',
    title: { zh: '依法取得食品经营许可并公示', en: 'Food business licence held and displayed' },
    indicator: { type: 'qualitative' },
    basis: foodSafetyLaw('第三十五条'),
  },
  {
    code: 'CAT-SS-STAFF-01',
    kind: 'service',
    category: 'CAT-STAFF',
    title: { zh: '从业人员健康证明持证率', en: 'Food handlers holding a valid health certificate' },
    description: {
      zh: '接触直接入口食品的从业人员每年健康检查，取得健康证明后方可上岗。',
      en: 'Staff handling ready-to-eat food are examined every year and work only with a health certificate.',
    },
    indicator: { type: 'quantitative', unit: '%', target: 100, min: 100 },
    basis: foodSafetyLaw('第四十五条'),
  },
  {
    code: 'CAT-SS-STAFF-02',
    kind: 'service',
    category: 'CAT-STAFF',
    title: { zh: '每日晨检并记录', en: 'Daily morning health check recorded' },
    indicator: { type: 'qualitative' },
    basis: practice(RULES.operatingCode, '人员健康管理'),
  },
  {
    code: 'CAT-SS-PUR-01',
    kind: 'service',
    category: 'CAT-PUR',
    title: { zh: '进货查验、索证索票并建立台账', en: 'Supplier documents checked and purchase ledger kept' },
    indicator: { type: 'qualitative' },
    basis: foodSafetyLaw('第五十三条、第五十五条'),
  },
  {
    code: 'CAT-SS-STO-01',
    kind: 'service',
    category: 'CAT-STO',
    title: { zh: '食品离墙离地存放', en: 'Food stored off the wall and floor' },
    indicator: { type: 'quantitative', unit: 'cm', min: 10 },
    basis: operatingCode('贮存'),
  },
  {
    code: 'CAT-SS-STO-02',
    kind: 'service',
    category: 'CAT-STO',
    title: { zh: '冷藏设施温度', en: 'Refrigerator temperature' },
    indicator: { type: 'quantitative', unit: '°C', min: 0, max: 8 },
    basis: practice(RULES.operatingCode, '术语与定义 冷藏'),
  },
  {
    code: 'CAT-SS-PROC-01',
    kind: 'service',
    category: 'CAT-PROC',
    title: { zh: '烹饪食品中心温度', en: 'Core temperature of cooked food' },
    indicator: { type: 'quantitative', unit: '°C', min: 70 },
    basis: practice(RULES.operatingCode, '烹饪'),
  },
  {
    code: 'CAT-SS-DIS-01',
    kind: 'service',
    category: 'CAT-DIS',
    title: { zh: '餐用具清洗消毒合格', en: 'Tableware properly cleaned and disinfected' },
    description: {
      zh: '煮沸/蒸汽100℃≥10分钟；红外线120℃≥10分钟；洗碗机85℃冲洗≥40秒；含氯消毒剂有效氯250mg/L浸泡≥5分钟。',
      en: 'Boiling/steam 100 °C ≥ 10 min; infrared 120 °C ≥ 10 min; dishwasher rinse 85 °C ≥ 40 s; chlorine 250 mg/L soak ≥ 5 min.',
    },
    indicator: { type: 'qualitative' },
    basis: operatingCode('餐用具清洗消毒（推荐的餐用具清洗消毒方法）'),
  },
  {
    code: 'CAT-SS-SAMPLE-01',
    kind: 'service',
    category: 'CAT-SAMPLE',
    title: { zh: '每餐次每品种留样量', en: 'Sample quantity per dish per meal' },
    indicator: { type: 'quantitative', unit: 'g', min: 125 },
    basis: operatingCode('食品留样'),
  },
  {
    code: 'CAT-SS-SAMPLE-02',
    kind: 'service',
    category: 'CAT-SAMPLE',
    title: { zh: '留样冷藏保存时间', en: 'Retention time of refrigerated samples' },
    indicator: { type: 'quantitative', unit: 'h', min: 48 },
    basis: operatingCode('食品留样'),
  },
  {
    code: 'CAT-SS-SVC-01',
    kind: 'service',
    category: 'CAT-SVC',
    title: { zh: '菜谱提前一周公示', en: 'Menu published a week ahead' },
    indicator: { type: 'qualitative' },
    basis: practice(RULES.seed),
  },
  {
    code: 'CAT-SS-SVC-02',
    kind: 'service',
    category: 'CAT-SVC',
    title: {
      zh: '菜品品种、营养搭配符合合同约定',
      en: 'Variety and nutritional balance of dishes as the contract requires',
    },
    description: {
      zh: '提供绿色、营养、低盐低油的菜肴，兼顾少数民族及特殊饮食需要。',
      en: 'Wholesome, nutritious, low-salt and low-fat dishes, with options for ethnic and special diets.',
    },
    indicator: { type: 'qualitative' },
    basis: practice(RULES.seed),
  },
  {
    code: 'CAT-SS-SVC-03',
    kind: 'service',
    category: 'CAT-SVC',
    title: { zh: '就餐满意率', en: 'Diner satisfaction rate' },
    indicator: { type: 'quantitative', unit: '%', target: 95, min: 95 },
    basis: practice(RULES.seed, 'R8/R21'),
  },
  {
    code: 'CAT-SS-COST-01',
    kind: 'service',
    category: 'CAT-COST',
    title: { zh: '综合毛利率不超过合同上限', en: 'Gross margin within the contract cap' },
    description: {
      zh: '毛利率 =（营业收入 − 原辅料成本）÷ 营业收入 × 100%，上限由合同约定。',
      en: 'Gross margin = (revenue − ingredient cost) ÷ revenue × 100 %; the cap is set in the contract.',
    },
    indicator: { type: 'quantitative', unit: '%' },
    basis: practice(RULES.seed, 'R7'),
  },
];

/** Supervision standards (R10): how the agency checks the canteen. */
export const supervisionStandards: readonly StandardDef[] = [
  {
    code: 'CAT-SV-01',
    kind: 'supervision',
    category: 'CAT-PROC',
    title: {
      zh: '监管员每个工作日巡查后厨和餐厅',
      en: 'Supervisor patrols kitchen and dining hall every working day',
    },
    indicator: { type: 'quantitative', unit: 'times/working day', min: 1 },
    basis: practice(RULES.seed, 'R12/R14'),
  },
  {
    code: 'CAT-SV-02',
    kind: 'supervision',
    category: 'CAT-LIC',
    title: { zh: '每周联合检查', en: 'Weekly joint inspection' },
    indicator: { type: 'quantitative', unit: 'times/week', min: 1 },
    basis: practice(RULES.seed, 'R14'),
  },
  {
    code: 'CAT-SV-03',
    kind: 'supervision',
    category: 'CAT-SAMPLE',
    title: { zh: '不定期抽查留样', en: 'Unannounced spot checks of retained samples' },
    indicator: { type: 'quantitative', unit: 'times/week', min: 1 },
    basis: practice(RULES.seed, 'R14'),
  },
  {
    code: 'CAT-SV-04',
    kind: 'supervision',
    category: 'CAT-LIC',
    title: {
      zh: '检查项目分重点项目与一般项目，重点项目不符合立即整改',
      en: 'Items split into key and general items; a failed key item is rectified at once',
    },
    indicator: { type: 'qualitative' },
    basis: order49('监督检查要点表（重点项目、一般项目）'),
  },
  {
    code: 'CAT-SV-05',
    kind: 'supervision',
    category: 'CAT-COST',
    title: { zh: '每月审核成本台账并核算毛利率', en: 'Monthly review of the cost ledger and gross margin' },
    indicator: { type: 'quantitative', unit: 'times/month', min: 1 },
    basis: practice(RULES.seed, 'R7'),
  },
  {
    code: 'CAT-SV-06',
    kind: 'supervision',
    category: 'CAT-SVC',
    title: { zh: '每季度开展就餐满意度测评', en: 'Quarterly diner satisfaction survey' },
    indicator: { type: 'quantitative', unit: 'times/quarter', min: 1 },
    basis: practice(RULES.seed, 'R8/R14'),
  },
];

export const standards: readonly StandardDef[] = [...serviceStandards, ...supervisionStandards];
