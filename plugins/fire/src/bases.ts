import type { Basis, ChecklistItem, Deduction } from '@steward/plugin-sdk';

/** 中华人民共和国消防法 (2021 amendment). */
export const FIRE_LAW = (clause: string): Basis => ({
  rule: '中华人民共和国消防法（2021）',
  clause,
  kind: 'verified',
});

/** GB 25201-2010 建筑消防设施的维护管理 — read from secondary sources. */
export const GB25201 = (clause: string): Basis => ({
  rule: 'GB 25201-2010 建筑消防设施的维护管理',
  clause,
  kind: 'verified',
});

/** GB 25506-2010 消防控制室通用技术要求. */
export const GB25506 = (clause: string): Basis => ({
  rule: 'GB 25506-2010 消防控制室通用技术要求',
  clause,
  kind: 'verified',
});

/** GB 50444-2008: its clause 5.3.2 is no longer mandatory since GB 55036-2022 took effect on 2023-03-01. */
export const GB50444 = (clause: string): Basis => ({
  rule: 'GB 50444-2008 建筑灭火器配置验收及检查规范',
  clause,
  kind: 'verified',
  note: {
    zh: '维修与报废年限取自二手资料；第5.3.2条自2023-03-01（GB 55036-2022实施）起不再为强制性条文。',
    en: 'Repair and scrap ages come from secondary sources; clause 5.3.2 has not been mandatory since GB 55036-2022 took effect on 2023-03-01.',
  },
});

/** 机关、团体、企业、事业单位消防安全管理规定 (Ministry of Public Security Order 61). */
export const MPS61 = (clause: string): Basis => ({
  rule: '机关、团体、企业、事业单位消防安全管理规定（公安部令第61号）',
  clause,
  kind: 'verified',
});

export const PRACTICE = (clause: string, zh: string, en: string): Basis => ({
  rule: 'practice',
  clause,
  kind: 'practice',
  note: { zh, en },
});

/** Points of the 100-point month: general problems 0.5–3, major (safety or legal red lines) 3–10. */
export const GENERAL_1: Deduction = { default: 1, min: 0.5, max: 3 };
export const GENERAL_2: Deduction = { default: 2, min: 0.5, max: 3 };
export const MAJOR_5: Deduction = { default: 5, min: 3, max: 10 };

type ItemInput = Omit<ChecklistItem, 'deduction' | 'allowNA'> & {
  readonly deduction?: Deduction;
  readonly allowNA?: boolean;
};

/** Fills the deduction from the severity unless given, and N/A off unless asked for. */
export function item(input: ItemInput): ChecklistItem {
  return {
    ...input,
    deduction: input.deduction ?? (input.severity === 'major' ? MAJOR_5 : GENERAL_2),
    allowNA: input.allowNA ?? false,
  };
}
