import type { Basis, Deduction, Localized } from '@steward/plugin-sdk';

/**
 * The rules the catering content cites. 'verified' = the clause was read in the rule's text or is marked [V]
 * in shared/domain/service-line-standards.md; 'practice' = marked [I] there or canteen practice, a default
 * the tenant may change.
 */
export const RULES = {
  foodSafetyLaw: '中华人民共和国食品安全法（2021年修正）',
  operatingCode: '餐饮服务食品安全操作规范（市场监管总局公告2018年第12号）',
  gb31654: 'GB 31654-2021 食品安全国家标准 餐饮服务通用卫生规范',
  order49: '食品生产经营监督检查管理办法（市场监管总局令第49号，2021）',
  seed: '机关后勤服务社会化监管实践（R7/R8/R14）',
} as const;

export function foodSafetyLaw(clause: string): Basis {
  return { rule: RULES.foodSafetyLaw, clause, kind: 'verified' };
}

export function operatingCode(clause: string): Basis {
  return { rule: RULES.operatingCode, clause, kind: 'verified' };
}

export function order49(clause: string): Basis {
  return { rule: RULES.order49, clause, kind: 'verified' };
}

const PRACTICE_NOTE: Localized = {
  zh: '行业通行做法或推定要求，业主单位可按合同调整。',
  en: 'Common practice or an inferred requirement; the agency may adjust it to the contract.',
};

/** A default drawn from practice or from a rule whose clause was not checked against its text. */
export function practice(rule: string, clause?: string, note: Localized = PRACTICE_NOTE): Basis {
  return clause === undefined ? { rule, kind: 'practice', note } : { rule, clause, kind: 'practice', note };
}

/** Deductions are points of the 100-point monthly assessment (R20). */
export const MAJOR: Deduction = { default: 5, min: 3, max: 10 };
export const GENERAL: Deduction = { default: 1, min: 0.5, max: 3 };
export const GENERAL_2: Deduction = { default: 2, min: 0.5, max: 3 };
