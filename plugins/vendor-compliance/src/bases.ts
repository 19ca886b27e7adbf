import type { Basis, Deduction } from '@steward/plugin-sdk';

const v = (rule: string, clause: string): Basis => ({ rule, clause, kind: 'verified' });

export const LABOUR_CONTRACT_LAW = (clause: string): Basis => v('中华人民共和国劳动合同法', clause);
export const LABOUR_LAW = (clause: string): Basis => v('中华人民共和国劳动法', clause);
export const SOCIAL_INSURANCE_LAW = (clause: string): Basis => v('中华人民共和国社会保险法', clause);
export const WORK_SAFETY_LAW = (clause: string): Basis => v('中华人民共和国安全生产法（2021）', clause);
export const FOOD_SAFETY_LAW_45: Basis = v('中华人民共和国食品安全法', '第四十五条');
export const PROCUREMENT_LAW_48: Basis = v('中华人民共和国政府采购法', '第四十八条');
export const ISO_9001_10_2: Basis = v('GB/T 19001-2016 (ISO 9001:2015)', '10.2');

export const practice = (clause: string, note?: { zh: string; en: string }): Basis =>
  note
    ? { rule: 'practice', clause, kind: 'practice', note }
    : { rule: 'practice', clause, kind: 'practice' };

/** R13: what the seed's joint inspections look at in every vendor. */
export const R13_PRACTICE: Basis = practice(
  '联合检查（块检）：劳动用工、安全卫生、持证上岗、着装与服务用语',
  {
    zh: '来自示范机关的做法，机关可按合同调整。',
    en: 'The model agency’s practice; the agency can change it per contract.',
  },
);

export const PAYROLL_RECORDS: Basis = {
  rule: '工资支付暂行规定（劳部发〔1994〕489号）',
  clause: '第六条',
  kind: 'practice',
  note: {
    zh: '工资支付记录须书面保存两年以上；条文未在本项目来源中逐字核对。',
    en: 'Written wage-payment records kept for at least two years; not checked word for word against the source here.',
  },
};
export const DISPATCH_RULES: Basis = {
  rule: '劳务派遣暂行规定（人社部令第22号）',
  clause: '第四条；劳动合同法第六十六条',
  kind: 'practice',
  note: {
    zh: '被派遣劳动者不超过用工总量的10 %；条文未在本项目来源中逐字核对。',
    en: 'Dispatched workers at most 10 % of the workforce; not checked word for word against the source here.',
  },
};
export const SECRECY_PRACTICE: Basis = {
  rule: '中华人民共和国保守国家秘密法',
  clause: '机关、单位对服务人员的保密管理',
  kind: 'practice',
  note: {
    zh: '在机关办公区工作的外包人员签订保密承诺属通行做法；条款序号未逐条核对。',
    en: 'Confidentiality pledges for contractors working in government offices are common practice; article numbers were not checked.',
  },
};

/** Points of the 100-point month: general problems 0.5–3, major (safety or legal red lines) 3–10. */
export const GENERAL_1: Deduction = { default: 1, min: 0.5, max: 3 };
export const GENERAL_2: Deduction = { default: 2, min: 0.5, max: 3 };
export const MAJOR_5: Deduction = { default: 5, min: 3, max: 10 };
/** Child labour is the gravest labour breach: full range by default. */
export const MAJOR_10: Deduction = { default: 10, min: 5, max: 10 };
