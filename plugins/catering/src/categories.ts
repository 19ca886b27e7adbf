import type { CategoryDef } from '@steward/plugin-sdk';

export const categories: readonly CategoryDef[] = [
  { code: 'CAT-LIC', name: { zh: '证照与食品安全管理', en: 'Licences and food safety management' } },
  { code: 'CAT-STAFF', name: { zh: '从业人员管理', en: 'Food handlers' } },
  { code: 'CAT-PUR', name: { zh: '采购与进货查验', en: 'Purchasing and acceptance checks' } },
  { code: 'CAT-STO', name: { zh: '食品贮存', en: 'Food storage' } },
  { code: 'CAT-PROC', name: { zh: '加工制作', en: 'Preparation and cooking' } },
  { code: 'CAT-DIS', name: { zh: '餐用具清洗消毒', en: 'Tableware cleaning and disinfection' } },
  { code: 'CAT-SAMPLE', name: { zh: '食品留样', en: 'Food sample retention' } },
  { code: 'CAT-ENV', name: { zh: '环境卫生与虫害防制', en: 'Premises hygiene, pests and waste' } },
  { code: 'CAT-SAFE', name: { zh: '燃气消防与明厨亮灶', en: 'Gas, fire safety and open-kitchen CCTV' } },
  { code: 'CAT-SVC', name: { zh: '供餐服务', en: 'Meal service' } },
  { code: 'CAT-COST', name: { zh: '成本与价格', en: 'Cost and price' } },
];
