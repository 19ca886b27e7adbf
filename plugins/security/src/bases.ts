import type { Basis, Deduction, Localized } from '@steward/plugin-sdk';

/**
 * The rules the security content cites. 'verified' = the article was read in the rule's text; 'practice' =
 * marked [I] in shared/domain/service-line-standards.md or common guarding practice, a default the tenant
 * may change.
 */
export const RULES = {
  decree564: '保安服务管理条例（国务院令第564号，2020年、2022年修订）',
  decree421: '企业事业单位内部治安保卫条例（国务院令第421号；机关参照执行，第二十二条）',
  gaT594: 'GA/T 594-2006 保安服务操作规程与质量控制',
  fireLaw: '中华人民共和国消防法（2021年修正）',
  seed: '机关后勤服务社会化监管实践（R4/R12/R14）',
} as const;

export function decree564(clause: string): Basis {
  return { rule: RULES.decree564, clause, kind: 'verified' };
}

export function decree421(clause: string): Basis {
  return { rule: RULES.decree421, clause, kind: 'verified' };
}

const PRACTICE_NOTE: Localized = {
  zh: '保安服务通行做法或推定要求，业主单位可按合同调整。',
  en: 'Common guarding practice or an inferred requirement; the agency may adjust it to the contract.',
};

export function practice(rule: string, clause?: string, note: Localized = PRACTICE_NOTE): Basis {
  return clause === undefined ? { rule, kind: 'practice', note } : { rule, clause, kind: 'practice', note };
}

/** Deductions are points of the 100-point monthly assessment (R20). */
export const MAJOR: Deduction = { default: 5, min: 3, max: 10 };
export const GENERAL: Deduction = { default: 1, min: 0.5, max: 3 };
export const GENERAL_2: Deduction = { default: 2, min: 0.5, max: 3 };
