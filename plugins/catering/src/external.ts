import type { ExternalInspectionType } from '@steward/plugin-sdk';
import { order49, practice, RULES } from './bases.ts';

/** Outside checks of the canteen (R7): market regulator, health authority, price authority. */
export const externalInspections: readonly ExternalInspectionType[] = [
  {
    code: 'CAT-EXT-SAMR',
    name: { zh: '市场监管部门食品安全监督检查', en: 'Market regulator food safety inspection' },
    authority: 'market-regulator',
    records: [
      { code: 'inspectedOn', label: { zh: '检查日期', en: 'Inspection date' }, type: 'date', required: true },
      {
        code: 'inspectors',
        label: { zh: '检查人员（不少于2人）', en: 'Inspectors (at least 2)' },
        type: 'text',
        required: true,
      },
      {
        code: 'result',
        label: {
          zh: '检查结果（符合/基本符合/不符合）',
          en: 'Result (conform / mostly conform / nonconform)',
        },
        type: 'text',
        required: true,
      },
      {
        code: 'keyItemsFailed',
        label: { zh: '不符合的重点项目数', en: 'Key items failed' },
        type: 'number',
        required: true,
      },
      {
        code: 'generalItemsFailed',
        label: { zh: '不符合的一般项目数', en: 'General items failed' },
        type: 'number',
        required: true,
      },
      {
        code: 'riskGrade',
        label: { zh: '风险等级（A–D）', en: 'Risk grade (A–D)' },
        type: 'text',
        required: false,
      },
      {
        code: 'resultRecord',
        label: { zh: '监督检查结果记录表', en: 'Inspection result record' },
        type: 'document',
        required: true,
      },
      {
        code: 'publishedOn',
        label: { zh: '结果公开日期', en: 'Date the result was published' },
        type: 'date',
        required: false,
      },
      {
        code: 'rectifyBy',
        label: { zh: '责令整改期限', en: 'Rectification deadline' },
        type: 'date',
        required: false,
      },
    ],
    basis: {
      ...order49('监督检查要点表；结果公开'),
      note: {
        zh: '检查人员不少于2人；检查要点每2年至少全覆盖一次；结果于20个工作日内公开，并在经营场所张贴至下次检查。',
        en: 'At least 2 inspectors; every checklist point covered at least once in 2 years; results published within 20 working days and posted on site until the next inspection.',
      },
    },
  },
  {
    code: 'CAT-EXT-HEALTH',
    name: { zh: '卫生防疫部门操作间卫生检查', en: 'Health authority kitchen hygiene inspection' },
    authority: 'health',
    template: 'CAT-TPL-PATROL',
    records: [
      { code: 'inspectedOn', label: { zh: '检查日期', en: 'Inspection date' }, type: 'date', required: true },
      { code: 'agency', label: { zh: '检查单位', en: 'Inspecting agency' }, type: 'text', required: true },
      { code: 'findings', label: { zh: '检查意见', en: 'Findings' }, type: 'text', required: true },
      {
        code: 'report',
        label: { zh: '检查记录或报告', en: 'Inspection record or report' },
        type: 'document',
        required: false,
      },
      {
        code: 'rectifyBy',
        label: { zh: '整改期限', en: 'Rectification deadline' },
        type: 'date',
        required: false,
      },
    ],
    basis: practice(RULES.seed, 'R7 卫生防疫部门定期检查食堂操作间'),
  },
  {
    code: 'CAT-EXT-PRICE',
    name: {
      zh: '物价部门原辅料成本和毛利率核查',
      en: 'Price authority check of ingredient cost and gross margin',
    },
    authority: 'price',
    records: [
      { code: 'inspectedOn', label: { zh: '核查日期', en: 'Check date' }, type: 'date', required: true },
      { code: 'period', label: { zh: '核查期间', en: 'Period checked' }, type: 'text', required: true },
      {
        code: 'revenue',
        label: { zh: '营业收入', en: 'Revenue' },
        type: 'number',
        unit: 'fen',
        required: true,
      },
      {
        code: 'ingredientCost',
        label: { zh: '原辅料成本', en: 'Ingredient cost' },
        type: 'number',
        unit: 'fen',
        required: true,
      },
      {
        code: 'grossMargin',
        label: { zh: '核定毛利率', en: 'Gross margin found' },
        type: 'number',
        unit: '%',
        required: true,
      },
      { code: 'conclusion', label: { zh: '核查结论', en: 'Conclusion' }, type: 'text', required: true },
      {
        code: 'report',
        label: { zh: '核价报告', en: 'Price check report' },
        type: 'document',
        required: false,
      },
    ],
    basis: practice(RULES.seed, 'R7 物价部门定期核价'),
  },
];
